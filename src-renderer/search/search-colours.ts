// The search scatter in the theme's series colours (the shared config uses print colours,
// whose dark blue line vanishes on a dark background). Dataset order: see search-chart.ts.
import type { ChartConfiguration } from 'chart.js';
import type { Palette } from '../charts/palette';

export const recolourSearchScatter = (
  config: ChartConfiguration<'scatter'>,
  palette: Palette,
): ChartConfiguration<'scatter'> => {
  const s = palette.series;
  const colours = [`${s[0]}55`, s[2], s[0], s[4]];
  return {
    ...config,
    data: {
      ...config.data,
      datasets: config.data.datasets.map((d, i) => ({
        ...d,
        backgroundColor: colours[i] ?? d.backgroundColor,
        borderColor: colours[i] ?? d.borderColor,
      })),
    },
  };
};

// A horizontal bar chart without the labels of its rows (the y category axis), for charts of one row.
import type { ChartConfiguration } from 'chart.js';

export const withoutRowLabels = (config: ChartConfiguration<'bar'>): ChartConfiguration<'bar'> => {
  const scales = config.options?.scales ?? {};
  const y = (scales.y ?? {}) as Record<string, unknown>;
  return {
    ...config,
    options: {
      ...config.options,
      scales: { ...scales, y: { ...y, ticks: { ...(y.ticks as object), display: false } } },
    },
  } as ChartConfiguration<'bar'>;
};

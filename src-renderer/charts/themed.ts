// Screen options over the shared report charts (shared/report/charts.ts): the same
// chart as the PDF, recoloured for the theme, sized by its container, never animated.
import type { ChartConfiguration } from 'chart.js';
import type { Palette } from './palette';

export type AnyConfig = ChartConfiguration<'bar'> | ChartConfiguration<'doughnut'>;

export const themed = <T extends AnyConfig>(config: T, palette: Palette): T => {
  const options = (config.options ?? {}) as Record<string, unknown>;
  const scales = (options.scales ?? {}) as Record<string, Record<string, unknown>>;
  const plugins = (options.plugins ?? {}) as Record<string, Record<string, unknown>>;
  const recoloured = Object.fromEntries(Object.entries(scales).map(([id, scale]) => [id, {
    ...scale,
    ticks: { ...(scale.ticks as object), color: palette.text },
    grid: { ...(scale.grid as object), color: palette.grid },
    title: { ...(scale.title as object), color: palette.text },
  }]));
  return {
    ...config,
    options: {
      ...options,
      animation: false, responsive: true, maintainAspectRatio: false, color: palette.text,
      plugins: {
        ...plugins,
        title: { ...plugins.title, color: palette.text },
        legend: { ...plugins.legend, labels: { ...(plugins.legend?.labels as object), color: palette.text, boxWidth: 12 } },
      },
      scales: recoloured,
    },
  } as T;
};

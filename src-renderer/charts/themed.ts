// Screen options over the shared report charts (shared/report/charts.ts): the same
// chart as the PDF, recoloured for the theme, sized by its container, never animated.
import type { ChartConfiguration } from 'chart.js';
import type { Palette } from './palette';

export type AnyConfig = ChartConfiguration<'bar'> | ChartConfiguration<'doughnut'>;

type TickCallback = (this: unknown, value: number | string, index: number, ticks: unknown[]) => unknown;

/** Value-axis labels in the user's locale: the report's callback decides which ticks get a label, Intl writes it. */
const localTicks = (scale: Record<string, unknown>, locale: string | undefined): Record<string, unknown> => {
  const ticks = (scale.ticks ?? {}) as Record<string, unknown>;
  const original = ticks.callback as TickCallback | undefined;
  if (!locale || !original || (scale.type !== 'linear' && scale.type !== 'logarithmic')) return ticks;
  const format = new Intl.NumberFormat(locale, { maximumSignificantDigits: 3 });
  return {
    ...ticks,
    callback(this: unknown, value: number | string, index: number, all: unknown[]) {
      const label = original.call(this, value, index, all);
      return label === '' || typeof value !== 'number' ? label : format.format(value);
    },
  };
};

export const themed = <T extends AnyConfig>(config: T, palette: Palette, locale?: string): T => {
  const options = (config.options ?? {}) as Record<string, unknown>;
  const scales = (options.scales ?? {}) as Record<string, Record<string, unknown>>;
  const plugins = (options.plugins ?? {}) as Record<string, Record<string, unknown>>;
  const recoloured = Object.fromEntries(
    Object.entries(scales).map(([id, scale]) => [
      id,
      {
        ...scale,
        ticks: { ...localTicks(scale, locale), color: palette.text },
        grid: { ...(scale.grid as object), color: palette.grid },
        title: { ...(scale.title as object), color: palette.text },
      },
    ]),
  );
  return {
    ...config,
    options: {
      ...options,
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      color: palette.text,
      ...(locale ? { locale } : {}),
      plugins: {
        ...plugins,
        title: { ...plugins.title, color: palette.text },
        legend: {
          ...plugins.legend,
          labels: { ...(plugins.legend?.labels as object), color: palette.text, boxWidth: 12 },
        },
      },
      scales: recoloured,
    },
  } as T;
};

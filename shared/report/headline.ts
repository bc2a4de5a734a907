// The five figures a budget holder asks for, with their ranges when known.
import type { Estimate } from '../engine/types';
import type { HeadlineFigure, HeadlineKey, PercentileRange } from './types';
import { formatMoney, formatNumber } from './format';
import { formatCo2, formatDuration, formatEnergy } from './units';

export type HeadlineRanges = Partial<Record<HeadlineKey, PercentileRange>>;

const figure = (
  key: HeadlineKey,
  label: string,
  value: number,
  unit: string,
  format: (v: number) => string,
  range?: PercentileRange,
): HeadlineFigure => {
  const base: HeadlineFigure = { key, label, value, unit, text: format(value) };
  if (!range) return base;
  return { ...base, range, rangeText: `${format(range.p10)} – ${format(range.p90)}` };
};

export const headlineFigures = (estimate: Estimate, ranges: HeadlineRanges = {}): HeadlineFigure[] => {
  const money = (v: number) => formatMoney(v, estimate.cost.currency);
  return [
    figure('cost', 'Cost', estimate.cost.total, estimate.cost.currency, money, ranges.cost),
    figure('time', 'Wall-clock time', estimate.wallClockHours, 'h', formatDuration, ranges.time),
    figure(
      'gpus',
      'GPUs',
      estimate.gpuCount,
      'GPUs',
      (v) => `${formatNumber(v)} × ${estimate.gpu.name.replace(/^(NVIDIA|AMD|Intel|Google) /, '')}`,
      ranges.gpus,
    ),
    figure('energy', 'Energy', estimate.energyKWh, 'kWh', formatEnergy, ranges.energy),
    figure('co2', 'Emissions', estimate.co2eKg, 'kg CO2e', formatCo2, ranges.co2),
  ];
};

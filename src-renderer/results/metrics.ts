// The headline figures of an estimate, shared by the results cards and the compare table.
import type { Estimate } from '../../shared/engine/types';
import { formatCurrency, formatDuration, formatEnergy, formatInteger, formatMass, formatNumber } from '../lib/format';

export interface Metric {
  id: string;
  label: string;
  /** The unit shown in compare headers and chart axes. */
  unit: string;
  value: (e: Estimate) => number;
  format: (value: number, locale: string, currency: string) => string;
  /** Step ids that derive this figure, most specific first. */
  stepIds: string[];
}

export const metrics: Metric[] = [
  {
    id: 'gpus',
    label: 'GPUs',
    unit: 'GPUs',
    value: (e) => e.gpuCount,
    format: (v, l) => formatInteger(v, l),
    stepIds: ['gpu-count'],
  },
  {
    id: 'wallClock',
    label: 'Wall-clock time',
    unit: 'hours',
    value: (e) => e.wallClockHours,
    format: (v, l) => formatDuration(v, l),
    stepIds: ['wall-clock'],
  },
  {
    id: 'gpuHours',
    label: 'GPU-hours',
    unit: 'GPU-hours',
    value: (e) => e.gpuHours,
    format: (v, l) => formatNumber(v, l),
    stepIds: ['gpu-hours'],
  },
  {
    id: 'energy',
    label: 'Energy',
    unit: 'kWh',
    value: (e) => e.energyKWh,
    format: (v, l) => formatEnergy(v, l),
    stepIds: ['energy'],
  },
  {
    id: 'co2',
    label: 'CO₂e',
    unit: 'kg CO₂e',
    value: (e) => e.co2eKg,
    format: (v, l) => formatMass(v, l),
    stepIds: ['co2e'],
  },
  {
    id: 'cost',
    label: 'Cost',
    unit: 'currency',
    value: (e) => e.cost.total,
    format: (v, l, c) => formatCurrency(v, l, c),
    stepIds: ['cost'],
  },
];

const close = (a: number, b: number) => a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));

/** The step that derives a figure: by the engine's step id, else the last step with that value. */
export const findStep = (e: Estimate, metric: Pick<Metric, 'stepIds' | 'value'>) => {
  for (const id of metric.stepIds) {
    const step = e.steps.find((s) => s.id === id);
    if (step) return step;
  }
  const value = metric.value(e);
  for (let i = e.steps.length - 1; i >= 0; i -= 1) if (close(e.steps[i]!.value, value)) return e.steps[i]!;
  return undefined;
};

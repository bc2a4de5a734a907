// Savings of a technique, measured by running the engine on both scenarios (and on
// any extra runs the technique implies): absolute and in percent, never assumed.
import type { Catalog } from '../../catalog/types';
import type { Scenario } from '../../schema/scenario';
import type { Estimate } from '../types';
import { estimateScenario } from '../estimate';
import type { ExtraRun } from './types';

export const savingMetricIds = [
  'gpuHours',
  'wallClockHours',
  'energyKWh',
  'co2eKg',
  'cost',
  'memoryPerGpuBytes',
] as const;
export type SavingMetricId = (typeof savingMetricIds)[number];

export interface Saving {
  before: number;
  after: number;
  /** before − after: positive is a saving, negative a cost. */
  saved: number;
  /** saved ÷ before × 100 (0 when before is 0). */
  savedPercent: number;
  unit: string;
}

export type Savings = Record<SavingMetricId, Saving>;

export interface ExtraEstimate {
  label: string;
  kind: ExtraRun['kind'];
  estimate: Estimate;
}

export interface TechniqueComparison {
  before: Estimate;
  after: Estimate;
  extras: ExtraEstimate[];
  /** The changed run plus concurrent runs against the original. */
  savings: Savings;
  /** Also counting one-off runs (distillation's labelling and student training). */
  savingsIncludingOneOff: Savings;
  currency: string;
  /** Serving only: hours of serving after which the one-off runs are paid back by the lower cost (undefined if never). */
  paybackHours?: number;
}

export const saving = (before: number, after: number, unit: string): Saving => {
  const saved = before - after;
  return { before, after, saved, savedPercent: before > 0 ? (saved / before) * 100 : 0, unit };
};

interface Totals {
  gpuHours: number;
  wallClockHours: number;
  energyKWh: number;
  co2eKg: number;
  cost: number;
}

const totalsOf = (main: Estimate, extras: ExtraEstimate[]): Totals => {
  const t: Totals = {
    gpuHours: main.gpuHours,
    wallClockHours: main.wallClockHours,
    energyKWh: main.energyKWh,
    co2eKg: main.co2eKg,
    cost: main.cost.total,
  };
  for (const x of extras) {
    t.gpuHours += x.estimate.gpuHours;
    // One-off runs happen before the changed run; concurrent runs share its period.
    if (x.kind === 'one-off') t.wallClockHours += x.estimate.wallClockHours;
    t.energyKWh += x.estimate.energyKWh;
    t.co2eKg += x.estimate.co2eKg;
    t.cost += x.estimate.cost.total;
  }
  return t;
};

const savingsOf = (before: Estimate, after: Estimate, extras: ExtraEstimate[]): Savings => {
  const b = totalsOf(before, []);
  const a = totalsOf(after, extras);
  return {
    gpuHours: saving(b.gpuHours, a.gpuHours, 'GPU-h'),
    wallClockHours: saving(b.wallClockHours, a.wallClockHours, 'h'),
    energyKWh: saving(b.energyKWh, a.energyKWh, 'kWh'),
    co2eKg: saving(b.co2eKg, a.co2eKg, 'kg CO2e'),
    cost: saving(b.cost, a.cost, before.cost.currency),
    // Per GPU of the changed run: extra runs use their own GPUs.
    memoryPerGpuBytes: saving(before.memoryPerGpuBytes.total, after.memoryPerGpuBytes.total, 'bytes'),
  };
};

export const compareTechnique = (
  before: Scenario,
  after: Scenario,
  catalog: Catalog,
  extraRuns: readonly ExtraRun[] = [],
): TechniqueComparison => {
  const beforeEstimate = estimateScenario(before, catalog);
  const afterEstimate = estimateScenario(after, catalog);
  const extras = extraRuns.map((x) => ({
    label: x.label,
    kind: x.kind,
    estimate: estimateScenario(x.scenario, catalog),
  }));
  const concurrent = extras.filter((x) => x.kind === 'concurrent');
  const savings = savingsOf(beforeEstimate, afterEstimate, concurrent);
  const oneOffCost = extras.filter((x) => x.kind === 'one-off').reduce((sum, x) => sum + x.estimate.cost.total, 0);
  const costSavedPerHour = savings.cost.saved / afterEstimate.wallClockHours;
  const payback =
    after.workload === 'inference' && oneOffCost > 0 && costSavedPerHour > 0
      ? oneOffCost / costSavedPerHour
      : undefined;
  return {
    before: beforeEstimate,
    after: afterEstimate,
    extras,
    savings,
    savingsIncludingOneOff: savingsOf(beforeEstimate, afterEstimate, extras),
    currency: beforeEstimate.cost.currency,
    ...(payback === undefined ? {} : { paybackHours: payback }),
  };
};

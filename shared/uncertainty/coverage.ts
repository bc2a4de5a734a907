// How often the default 80% interval holds the published figure: for every published
// run in the validation set whose figure is one of the ranged outputs (GPU-hours,
// energy, CO2e, wall-clock, cost), is it between P10 and P90? A calibrated 80%
// interval holds about 8 in 10. Shown by `aiplan accuracy`.
import type { Catalog } from '../catalog/types';
import { estimateScenario } from '../engine/estimate';
import type { Estimate } from '../engine/types';
import { allComparisons } from '../validation/accuracy';
import type { Comparison, PublishedFigure } from '../validation/comparison';
import { estimateRange } from './estimate-range';
import type { Percentiles } from './percentiles';
import type { OutputId } from './response';

/** Published units that are a ranged output times a factor. */
const outputOfUnit: Record<string, { output: OutputId; perOutputUnit: number }> = {
  'GPU-h': { output: 'gpuHours', perOutputUnit: 1 },
  kWh: { output: 'energyKWh', perOutputUnit: 1 },
  't CO2e': { output: 'co2eKg', perOutputUnit: 1 / 1000 },
  h: { output: 'wallClockHours', perOutputUnit: 1 },
};

export interface CoverageRow extends Percentiles, PublishedFigure {
  point: number;
  inside: boolean;
}

export interface CoverageReport {
  rows: CoverageRow[];
  inside: number;
  total: number;
  /** Share a calibrated P10–P90 interval should hold. */
  target: number;
}

const sameNumber = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));

const rowFor = (
  c: Comparison,
  catalog: Catalog,
  estimate: (s: Comparison['scenarios'][number], c: Catalog) => Estimate,
): CoverageRow | undefined => {
  const mapping = outputOfUnit[c.unit];
  const scenario = c.scenarios[0];
  if (!mapping || c.scenarios.length !== 1 || !scenario || scenario.method !== 'standard') return undefined;
  const e = estimate(scenario, catalog);
  const point = c.predict([e]);
  const headline = {
    gpuHours: e.gpuHours,
    wallClockHours: e.wallClockHours,
    energyKWh: e.energyKWh,
    co2eKg: e.co2eKg,
    cost: e.cost.total,
  }[mapping.output];
  // Only comparisons whose prediction is the ranged output itself (not a ratio or a derived figure).
  if (!sameNumber(point, headline * mapping.perOutputUnit)) return undefined;
  const r = estimateRange(scenario, e, catalog)[mapping.output];
  const p10 = r.p10 * mapping.perOutputUnit;
  const p90 = r.p90 * mapping.perOutputUnit;
  return {
    id: c.id,
    label: c.label,
    group: c.group,
    quantity: c.quantity,
    unit: c.unit,
    published: c.published,
    point,
    p10,
    p50: r.p50 * mapping.perOutputUnit,
    p90,
    inside: c.published >= p10 && c.published <= p90,
    source: c.source,
  };
};

export const rangeCoverage = (
  catalog: Catalog,
  estimate = estimateScenario,
  comparisons: Comparison[] = allComparisons(),
): CoverageReport => {
  const rows = comparisons.map((c) => rowFor(c, catalog, estimate)).filter((r): r is CoverageRow => r !== undefined);
  return { rows, inside: rows.filter((r) => r.inside).length, total: rows.length, target: 0.8 };
};

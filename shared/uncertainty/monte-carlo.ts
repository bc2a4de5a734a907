// Seeded Monte Carlo over the uncertain inputs. Each sample draws one uniform per
// input, always in the same order, even for a fixed (degenerate) range: narrowing
// one range then leaves every other input's draws unchanged (common random numbers).
import { uncertainInputIds, type UncertainInputId } from '../schema/uncertainty';
import type { UncertaintyBaseline } from './baseline';
import { rangeQuantile, type RangeQuantile } from './distributions';
import { percentiles, type Percentiles } from './percentiles';
import { createRng } from './prng';
import type { ResolvedRange } from './resolve-ranges';
import { outputIds, pointDraw, respond, type OutputId, type OutputValues } from './response';

export type OutputRanges = Record<OutputId, Percentiles>;

export const runMonteCarlo = (
  baseline: UncertaintyBaseline,
  ranges: ResolvedRange[],
  samples: number,
  seed: number,
): OutputRanges => {
  if (!Number.isInteger(samples) || samples < 1)
    throw new RangeError(`uncertainty.samples must be a whole number ≥ 1; found ${samples}`);
  const quantileOf = (id: UncertainInputId): RangeQuantile => {
    const resolved = ranges.find((r) => r.id === id);
    if (!resolved) throw new RangeError(`uncertainty.ranges.${id}: no range resolved for this input`);
    return rangeQuantile(resolved.range);
  };
  const q = Object.fromEntries(uncertainInputIds.map((id) => [id, quantileOf(id)])) as Record<
    UncertainInputId,
    RangeQuantile
  >;
  const rng = createRng(seed);
  const draw = pointDraw(baseline);
  const out: OutputValues = { gpuHours: 0, wallClockHours: 0, energyKWh: 0, co2eKg: 0, cost: 0 };
  const columns = {
    gpuHours: new Float64Array(samples),
    wallClockHours: new Float64Array(samples),
    energyKWh: new Float64Array(samples),
    co2eKg: new Float64Array(samples),
    cost: new Float64Array(samples),
  };
  // Fixed property writes (not a loop over keys) keep the hot loop monomorphic; the
  // draw order is the order of `uncertainInputIds`.
  for (let s = 0; s < samples; s++) {
    draw.mfu = q.mfu(rng());
    draw.loadFactor = q.loadFactor(rng());
    draw.pricePerGpuHour = q.pricePerGpuHour(rng());
    draw.pue = q.pue(rng());
    draw.carbonIntensity = q.carbonIntensity(rng());
    draw.tokens = q.tokens(rng());
    draw.restartOverhead = q.restartOverhead(rng());
    draw.exchangeRate = q.exchangeRate(rng());
    respond(baseline, draw, out);
    columns.gpuHours[s] = out.gpuHours;
    columns.wallClockHours[s] = out.wallClockHours;
    columns.energyKWh[s] = out.energyKWh;
    columns.co2eKg[s] = out.co2eKg;
    columns.cost[s] = out.cost;
  }
  return Object.fromEntries(outputIds.map((id) => [id, percentiles(columns[id])])) as OutputRanges;
};

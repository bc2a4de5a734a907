// A hand-built baseline for tests that must not depend on the engine: a 10,000
// GPU-hour training run with round numbers, so expected values can be worked out by hand.
import type { UncertaintyBaseline } from '../../shared/uncertainty/baseline';
import type { Range, UncertainInputId } from '../../shared/schema/uncertainty';
import { uncertainInputIds } from '../../shared/schema/uncertainty';
import type { ResolvedRange } from '../../shared/uncertainty/resolve-ranges';

export const baseline: UncertaintyBaseline = {
  gpuHours: 10_000,
  wallClockHours: 100,
  mfu: 0.4,
  restartOverhead: 0,
  timeResponds: { mfu: true, tokens: true, restart: true },
  pueResponds: true,
  energyKWh: 10_000 * 0.8 * 1.2, // 800 W IT per GPU (600 W GPU + 200 W server) × PUE 1.2
  gpuPowerShare: 0.75,
  pue: 1.2,
  co2eKg: 9_600 * 0.4 + 500,
  operationalCo2eKg: 9_600 * 0.4,
  embodiedCo2eKg: 500,
  cost: 10_000 * 2,
  computeCost: 10_000 * 2,
  electricityCost: 0,
  operationsCost: 0,
  priceConverted: true,
  electricityConverted: false,
  operationsConverted: false,
};

const fixed = (value: number): Range => ({ low: value, likely: value, high: value, distribution: 'triangular' });

/** Every input fixed at its point value, except those given. */
export const rangesWith = (own: Partial<Record<UncertainInputId, Range>>): ResolvedRange[] =>
  uncertainInputIds.map((id) => ({
    id,
    range: own[id] ?? fixed(id === 'restartOverhead' ? baseline.restartOverhead : 1),
    origin: own[id] ? 'scenario' : 'default',
    basis: 'test',
  }));

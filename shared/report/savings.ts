// Savings against the baseline (baseline minus scenario, so positive = saved).
import type { Estimate } from '../engine/types';
import type { Savings } from './types';

export const savingsAgainst = (
  baseline: Estimate,
  scenario: Estimate,
  baselineCost: number,
  scenarioCost: number,
): Savings => ({
  costAmount: baselineCost - scenarioCost,
  costFraction: baselineCost > 0 ? (baselineCost - scenarioCost) / baselineCost : 0,
  energyKWh: baseline.energyKWh - scenario.energyKWh,
  co2eKg: baseline.co2eKg - scenario.co2eKg,
  wallClockHours: baseline.wallClockHours - scenario.wallClockHours,
  gpuHours: baseline.gpuHours - scenario.gpuHours,
});

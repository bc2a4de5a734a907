// The public entry points: P10/P50/P90 of the headline outputs for a scenario,
// and the fuller result (tornado, the ranges used and their evidence) for the UI and reports.
import type { Catalog } from '../catalog/types';
import type { Scenario } from '../schema/scenario';
import type { Estimate } from '../engine/types';
import { baselineFromEstimate } from './baseline-from-estimate';
import { runMonteCarlo, type OutputRanges } from './monte-carlo';
import { resolveRanges, type ResolvedRange } from './resolve-ranges';
import { tornado, type Tornado } from './tornado';

export interface UncertaintyResult {
  /** P10 / P50 / P90 of each output: an 80% interval around the median. */
  range: OutputRanges;
  tornado: Tornado;
  inputs: ResolvedRange[];
  samples: number;
  seed: number;
  /** What the range holds fixed. */
  assumptions: string[];
}

const ASSUMPTIONS = [
  'The GPU count stays as planned: uncertainty lengthens or shortens the run rather than adding GPUs.',
  'Inputs vary independently of each other.',
];

const SERVING =
  'Serving: the hours are the serving period and the replica count stays as planned, so MFU, token and restart ranges do not act; power, PUE, grid, price and exchange-rate ranges do.';
const ARTICLE =
  'Source article method: it assumes 100% of peak, no failures and no PUE, so MFU, restart and PUE ranges do not act.';

const deadlineNote = (deadlineHours: number, range: OutputRanges): string[] =>
  range.wallClockHours.p90 > deadlineHours
    ? [
        `The GPU count was sized for the point estimate: the P90 wall-clock (${range.wallClockHours.p90.toFixed(0)} h) misses the ${deadlineHours} h deadline.`,
      ]
    : [];

const assumptionsFor = (scenario: Scenario, estimate: Estimate, range: OutputRanges): string[] => [
  ...ASSUMPTIONS,
  ...(estimate.method === 'article' ? [ARTICLE] : estimate.workload === 'inference' ? [SERVING] : []),
  ...(scenario.hardware.deadlineHours !== undefined && estimate.workload !== 'inference'
    ? deadlineNote(scenario.hardware.deadlineHours, range)
    : []),
];

export const estimateUncertainty = (scenario: Scenario, estimate: Estimate, catalog: Catalog): UncertaintyResult => {
  const baseline = baselineFromEstimate(scenario, estimate, catalog);
  const { samples, seed } = scenario.uncertainty;
  const inputs = resolveRanges(scenario.uncertainty, scenario.training.restartOverhead);
  const range = runMonteCarlo(baseline, inputs, samples, seed);
  return {
    range,
    tornado: tornado(baseline, inputs),
    inputs,
    samples,
    seed,
    assumptions: assumptionsFor(scenario, estimate, range),
  };
};

/** `aiplan estimate --json` → "range": { gpuHours: { p10, p50, p90 }, wallClockHours, energyKWh, co2eKg, cost }. */
export const estimateRange = (scenario: Scenario, estimate: Estimate, catalog: Catalog): OutputRanges => {
  const baseline = baselineFromEstimate(scenario, estimate, catalog);
  const { samples, seed } = scenario.uncertainty;
  return runMonteCarlo(baseline, resolveRanges(scenario.uncertainty, scenario.training.restartOverhead), samples, seed);
};

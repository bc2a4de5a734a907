// One published figure set against what the engine predicts for the run's stated setup.
import type { Scenario } from '../schema/scenario';
import type { Estimate } from '../engine/types';

/** What names a published figure, shared by comparisons, accuracy rows and range-coverage rows. */
export interface PublishedFigure {
  id: string;
  label: string;
  /** Which published source group it belongs to (GPT-3, Llama 2, ZeRO …). */
  group: string;
  quantity: string;
  unit: string;
  published: number;
  source: string;
}

export interface Comparison extends PublishedFigure {
  /** How the scenario was set up and what the comparison assumes. */
  note: string;
  scenarios: Scenario[];
  /** The predicted figure, in `unit`, from the estimates of `scenarios` (same order). */
  predict: (estimates: Estimate[]) => number;
}

export const GB = 1e9;

/** The single estimate of a one-scenario comparison. */
export const only = (estimates: Estimate[]): Estimate => {
  const e = estimates[0];
  if (!e) throw new Error('comparison has no estimate');
  return e;
};

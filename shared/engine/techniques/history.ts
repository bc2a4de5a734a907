// Finishing a technique's changed copy: append the what-if to the history and
// re-validate, so a technique can never hand back an invalid scenario.
import { scenarioSchema, type Scenario } from '../../schema/scenario';

export const withHistory = (changed: Scenario, entry: { id: string; label: string; detail: string }): Scenario =>
  scenarioSchema.parse({ ...changed, techniques: [...changed.techniques, entry] });

/** Validate a derived scenario (baseline or extra run) without touching its history. */
export const validated = (candidate: Scenario): Scenario => scenarioSchema.parse(candidate);

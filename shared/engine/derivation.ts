// Every figure the engine produces can explain itself: a step records the
// formula, the inputs with their units, the value and where a constant came from.
// Steps and inputs carry stable ids (step-ids.ts) that consumers use; labels are free text.
import type { InputKey, StepId } from './step-ids';

export type { InputKey, StepId } from './step-ids';

export interface StepInput {
  /** Stable id of this input within its step. */
  key: InputKey;
  /** Free text shown to people. */
  name: string;
  value: number | string;
  unit: string;
  /** Id of the step this input came from, when it was derived. */
  from?: StepId;
}

export interface Step {
  id: StepId;
  label: string;
  formula: string;
  inputs: StepInput[];
  value: number;
  unit: string;
  source?: string;
}

/** What `Derivation.add` records; `source` names the paper, datasheet or measurement behind a constant. */
export interface StepSpec {
  id: StepId;
  label: string;
  formula: string;
  value: number;
  unit: string;
  inputs: StepInput[];
  source?: string;
}

/** Collects steps in computation order; `add` returns the value so formulas read inline. */
export class Derivation {
  readonly steps: Step[] = [];

  add(spec: StepSpec): number {
    // Copied into one object shape so property access stays monomorphic on this hot path.
    const { id, label, formula, inputs, value, unit, source } = spec;
    this.steps.push({ id, label, formula, inputs, value, unit, source });
    return value;
  }

  get(id: StepId): Step | undefined {
    return this.steps.find((s) => s.id === id);
  }
}

/** Always the same five keys (from may be undefined): one object shape keeps this hot path monomorphic. */
export const input = (spec: StepInput): StepInput => ({
  key: spec.key,
  name: spec.name,
  value: spec.value,
  unit: spec.unit,
  from: spec.from,
});

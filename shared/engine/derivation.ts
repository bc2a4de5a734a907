// Every figure the engine produces can explain itself: a step records the
// formula, the inputs with their units, the value and where a constant came from.

export interface StepInput {
  name: string;
  value: number | string;
  unit: string;
  /** Id of the step this input came from, when it was derived. */
  from?: string;
}

export interface Step {
  id: string;
  label: string;
  formula: string;
  inputs: StepInput[];
  value: number;
  unit: string;
  source?: string;
}

/** Collects steps in computation order; `add` returns the value so formulas read inline. */
export class Derivation {
  readonly steps: Step[] = [];

  add(
    id: string,
    label: string,
    formula: string,
    value: number,
    unit: string,
    inputs: StepInput[],
    source?: string,
  ): number {
    // One object shape for every step keeps property access monomorphic on this hot path.
    this.steps.push({ id, label, formula, inputs, value, unit, source });
    return value;
  }

  get(id: string): Step | undefined {
    return this.steps.find((s) => s.id === id);
  }
}

/** Always the same four keys (from may be undefined): one object shape keeps this hot path monomorphic. */
export const input = (name: string, value: number | string, unit: string, from?: string): StepInput => ({
  name,
  value,
  unit,
  from,
});

// What a technique is: a pure what-if that turns one scenario into a changed copy,
// with the assumptions behind the change. Savings are never claimed here: they come
// from running the engine on both scenarios (see compare.ts).
import type { z } from 'zod';
import type { Catalog } from '../../catalog/types';
import type { Scenario } from '../../schema/scenario';

export type Applicability = { ok: true } | { ok: false; reason: string };

/**
 * Another run the technique implies. `one-off` runs happen once before the changed
 * scenario (distillation: the teacher labels the data, the student trains); `concurrent`
 * runs share its period (adaptive scaling: the small model serves its share of traffic).
 */
export interface ExtraRun {
  label: string;
  kind: 'one-off' | 'concurrent';
  scenario: Scenario;
}

/** A labelled finding for display (e.g. one edge GPU and its memory headroom). */
export interface TechniqueDetail {
  label: string;
  value: string;
}

export interface TechniqueResult {
  /** The changed copy, with this technique appended to `techniques`. */
  scenario: Scenario;
  /** One line: what changed. */
  summary: string;
  /** Every assumption the what-if rests on, each with its source. */
  assumptions: string[];
  /** What to compare against when the technique changes the view (a training scenario served). Default: the input. */
  baseline?: Scenario;
  extraRuns: ExtraRun[];
  details: TechniqueDetail[];
}

/** One option as a form field; shape-compatible with the renderer's `TechniqueOption`. */
export interface TechniqueOptionField {
  id: string;
  label: string;
  kind: 'number' | 'select' | 'boolean';
  unit?: string;
  default: number | string | boolean;
  choices?: readonly { value: string; label: string }[];
  /** Optional fields may be left empty ('' or undefined) to use the technique's rule. */
  optional?: boolean;
}

export interface Technique<S extends z.ZodType = z.ZodType> {
  id: string;
  label: string;
  description: string;
  /** Where the technique comes from: the source article's section and the papers behind the model. */
  source: string;
  /** zod schema of the options, with defaults; errors name the option. */
  options: S;
  /** The options as form fields (some choices come from the catalog). */
  fields(catalog: Catalog): readonly TechniqueOptionField[];
  applicable(scenario: Scenario, catalog: Catalog): Applicability;
  apply(scenario: Scenario, options: z.output<S>, catalog: Catalog): TechniqueResult;
}

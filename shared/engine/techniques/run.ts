// One call for the UI, CLI and reports: parse the options, check applicability,
// apply, and measure the savings with the engine. Never throws: every failure
// comes back as a reason naming the option or field at fault.
import type { Catalog } from '../../catalog/types';
import type { Scenario } from '../../schema/scenario';
import { EngineError } from '../errors';
import { compareTechnique, type TechniqueComparison } from './compare';
import type { Technique, TechniqueResult } from './types';

export type TechniqueRun =
  | { ok: true; result: TechniqueResult; comparison: TechniqueComparison; options: Record<string, unknown> }
  | { ok: false; reason: string };

interface ZodLikeIssue {
  path: PropertyKey[];
  message: string;
}

const describeIssues = (issues: readonly ZodLikeIssue[], prefix: string) =>
  issues.map((i) => `${[prefix, ...i.path.map(String)].filter(Boolean).join('.')}: ${i.message}`).join('; ');

const messageOf = (error: unknown): string => {
  if (error instanceof EngineError) return `${error.field}: ${error.message}`;
  if (error && typeof error === 'object' && 'issues' in error && Array.isArray(error.issues))
    return describeIssues(error.issues as ZodLikeIssue[], 'scenario');
  return error instanceof Error ? error.message : String(error);
};

/** Parse raw options (form values, CLI flags) with the technique's schema; errors name the option. */
export const parseTechniqueOptions = (
  technique: Technique,
  raw: unknown,
): { ok: true; options: Record<string, unknown> } | { ok: false; reason: string } => {
  const parsed = technique.options.safeParse(raw ?? {});
  if (!parsed.success)
    return {
      ok: false,
      reason: `${technique.label}: invalid options: ${describeIssues(parsed.error.issues, 'options')}`,
    };
  return { ok: true, options: parsed.data as Record<string, unknown> };
};

export const runTechnique = (
  technique: Technique,
  scenario: Scenario,
  rawOptions: unknown,
  catalog: Catalog,
): TechniqueRun => {
  const parsed = parseTechniqueOptions(technique, rawOptions);
  if (!parsed.ok) return parsed;
  try {
    const applicable = technique.applicable(scenario, catalog);
    if (!applicable.ok) return { ok: false, reason: `${technique.label} does not apply: ${applicable.reason}` };
    const result = technique.apply(scenario, parsed.options, catalog);
    const comparison = compareTechnique(result.baseline ?? scenario, result.scenario, catalog, result.extraRuns);
    return { ok: true, result, comparison, options: parsed.options };
  } catch (error) {
    return { ok: false, reason: `${technique.label} cannot be applied to "${scenario.name}": ${messageOf(error)}` };
  }
};

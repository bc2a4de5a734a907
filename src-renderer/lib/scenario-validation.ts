// Validate a candidate scenario with the shared schema and name the field that is wrong.
import { scenarioSchema, type Scenario } from '../../shared/schema/scenario';

export type Validated = { ok: true; scenario: Scenario } | { ok: false; path: string; message: string };

export const validateScenario = (candidate: unknown): Validated => {
  const result = scenarioSchema.safeParse(candidate);
  if (result.success) return { ok: true, scenario: result.data };
  const issue = result.error.issues[0];
  const path = issue ? issue.path.join('.') : '';
  return { ok: false, path, message: issue?.message ?? 'the scenario is not valid' };
};

/** A fresh id that is not yet used in the document. */
export const uniqueId = (base: string, taken: Iterable<string>): string => {
  const used = new Set(taken);
  const stem = base.replace(/-\d+$/, '') || 'scenario';
  if (!used.has(stem)) return stem;
  for (let i = 2; ; i += 1) if (!used.has(`${stem}-${i}`)) return `${stem}-${i}`;
};

export const uniqueName = (base: string, taken: Iterable<string>): string => {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let i = 2; ; i += 1) if (!used.has(`${base} (${i})`)) return `${base} (${i})`;
};

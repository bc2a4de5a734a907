// Form → search spec: text is read as quantities, then the spec is checked with the
// engine's own zod schema, whose messages are shown next to the field they name.
import { searchSpecSchema, type SearchSpecInput } from '../../shared/search/spec';
import { parseQuantity } from '../lib/parse-quantity';
import { parseNumberList } from './axis-list';
import { fieldLabels } from './field-labels';
import { limitFields, numberAxes, type SearchForm } from './search-form';

/** Problems by form field key ('goal', 'limits.maxCost', 'space.layers', 'topK' …). */
export type FieldErrors = Record<string, string>;
export type FormCheck = { ok: true; spec: SearchSpecInput } | { ok: false; errors: FieldErrors };

const goalOf = (form: SearchForm, value: number, tolerance: number): SearchSpecInput['goal'] => {
  switch (form.goalKind) {
    case 'target-loss':
      return { kind: 'target-loss', loss: value };
    case 'parameters':
      return { kind: 'parameters', parameters: value, tolerance };
    case 'compute':
      return { kind: 'compute', flops: value };
    case 'cost-budget':
      return { kind: 'cost-budget', amount: value };
    case 'energy-budget':
      return { kind: 'energy-budget', kWh: value };
    case 'time-budget':
      return { kind: 'time-budget', hours: value };
  }
};

/** The form key a schema issue belongs to: goal.* → 'goal', limits.x / space.x → that field. */
export const fieldOfIssue = (path: readonly PropertyKey[]): string => {
  const [head, next] = path.map(String);
  if (head === 'goal') return next === 'tolerance' ? 'goal.tolerance' : 'goal';
  if ((head === 'limits' || head === 'space') && next !== undefined) return `${head}.${next}`;
  return head ?? 'spec';
};

export const formToSpec = (form: SearchForm): FormCheck => {
  const errors: FieldErrors = {};
  const number = (key: string, text: string): number | undefined => {
    const parsed = parseQuantity(text, fieldLabels[key] ?? key);
    if (parsed.ok) return parsed.value;
    errors[key] = parsed.message;
    return undefined;
  };
  const goalValue = number('goal', form.goalValue) ?? 1;
  const tolerance = form.goalKind === 'parameters' ? (number('goal.tolerance', form.tolerance) ?? 0) : 0;
  const limits: Record<string, unknown> = { memoryMustFit: form.limits.memoryMustFit };
  for (const f of limitFields) if (form.limits[f].trim() !== '') limits[f] = number(`limits.${f}`, form.limits[f]);
  const space: Record<string, unknown> = { ...form.choices };
  for (const axis of numberAxes) {
    const parsed = parseNumberList(form.numbers[axis], fieldLabels[`space.${axis}`] ?? axis);
    if (parsed.ok) space[axis] = parsed.values;
    else errors[`space.${axis}`] = parsed.message;
  }
  const spec: SearchSpecInput = {
    goal: goalOf(form, goalValue, tolerance),
    lossFit: form.lossFit,
    limits,
    space: space as SearchSpecInput['space'],
    base: form.base,
    frontier: form.frontier,
    ...(form.rankBy ? { rankBy: form.rankBy } : {}),
    topK: number('topK', form.topK),
    maxCandidates: number('maxCandidates', form.maxCandidates),
    seed: number('seed', form.seed),
  };
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const checked = searchSpecSchema.safeParse(spec);
  if (checked.success) return { ok: true, spec };
  for (const issue of checked.error.issues) {
    const key = fieldOfIssue(issue.path);
    errors[key] ??= `${fieldLabels[key] ?? key}: ${issue.message}`;
  }
  return { ok: false, errors };
};

/** Candidates in the space before layout rules skip any: the product of the axis lengths. */
export const spaceSize = (spec: SearchSpecInput): number => {
  const space = (spec.space ?? {}) as Record<string, unknown[]>;
  return Object.values(space).reduce((n, list) => n * (Array.isArray(list) ? list.length : 1), 1);
};

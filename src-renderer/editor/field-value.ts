// Between a field's stored value and the text in its input: scaling (fractions as %),
// compact quantities ("7B"), and parsing back with a message that names the field.
import type { Scenario } from '../../shared/schema/scenario';
import { getPath, setPath } from '../lib/object-path';
import { formatQuantity, parseQuantity } from '../lib/parse-quantity';
import type { FieldDef } from './fields';

export const fieldText = (field: FieldDef, value: unknown): string => {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'number') return String(value);
  const shown = field.scale ? Number((value * field.scale.factor).toPrecision(10)) : value;
  return Math.abs(shown) >= 1e4 ? formatQuantity(shown) : String(shown);
};

export type FieldParse = { ok: true; value: number | undefined } | { ok: false; message: string };

export const parseFieldText = (field: FieldDef, text: string): FieldParse => {
  if (text.trim() === '' && field.optional) return { ok: true, value: undefined };
  const parsed = parseQuantity(text.replace(/%\s*$/, ''), field.label);
  if (!parsed.ok) return parsed;
  return { ok: true, value: field.scale ? parsed.value / field.scale.factor : parsed.value };
};

/** Llama-2-7B's shape, seeded when a user first switches from a parameter count to an architecture. */
const seedArchitecture = { layers: 32, hidden: 4096, heads: 32, vocab: 32_000 };

/** The scenario with one field set, filling in what the field needs to make sense. */
export const withField = (scenario: Scenario, path: string, value: unknown): Scenario => {
  let base = scenario;
  if (path.startsWith('model.architecture.') && !scenario.model.architecture) base = setPath(base, 'model.architecture', { ...seedArchitecture });
  return setPath(base, path, value);
};

export const fieldValue = (scenario: Scenario, path: string): unknown => getPath(scenario, path);

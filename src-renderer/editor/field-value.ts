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

/** The model without one of its two descriptions: the engine ignores a parameter count beside an architecture. */
const withoutModelPart = (scenario: Scenario, part: 'parameters' | 'architecture'): Scenario => {
  const model = { ...scenario.model };
  delete model[part];
  return { ...scenario, model };
};

/** The scenario with one field set, filling in what the field needs to make sense. */
export const withField = (scenario: Scenario, path: string, value: unknown): Scenario => {
  let base = scenario;
  // A typed size replaces the architecture (else "13B" would be silently ignored), and a typed
  // architecture replaces the size; undo brings the other back.
  if (path === 'model.parameters' && value !== undefined && scenario.model.architecture)
    base = withoutModelPart(base, 'architecture');
  if (path.startsWith('model.architecture.') && !scenario.model.architecture) {
    base = setPath(withoutModelPart(base, 'parameters'), 'model.architecture', { ...seedArchitecture });
  }
  return setPath(base, path, value);
};

export const fieldValue = (scenario: Scenario, path: string): unknown => getPath(scenario, path);

/**
 * A refusal from the scenario schema in the field's own units and casing: the schema speaks in
 * fractions ("between 0 and 1"), the field in % ("between 0 % and 100 %").
 */
export const fieldMessage = (field: FieldDef, message: string): string => {
  const scale = field.scale;
  const scaled = scale
    ? message.replace(
        /\b(between|at least|at most|greater than|less than|and|at) (\d+(?:\.\d+)?)(?![\d.])/g,
        (_, word: string, n: string) => `${word} ${Number((Number(n) * scale.factor).toPrecision(10))} ${scale.unit}`,
      )
    : message;
  return scaled.charAt(0).toUpperCase() + scaled.slice(1);
};

// Pretty JSON with a stable key order (the schema's field order; sorted keys elsewhere),
// so saving the same project twice gives the same bytes and diffs stay small.
import { projectDocumentSchema, type ProjectDocument } from './document';
import { isPlainObject, itemSchema, objectShape, type AnySchema } from './schema-walk';

const orderedKeys = (value: Record<string, unknown>, shape: Record<string, AnySchema> | undefined): string[] => {
  const known = shape ? Object.keys(shape).filter((k) => k in value) : [];
  const rest = Object.keys(value)
    .filter((k) => !shape || !(k in shape))
    .sort();
  return [...known, ...rest];
};

/** A copy of `value` with keys in canonical order, guided by `schema` where it describes the value. */
export const canonicalize = (value: unknown, schema?: AnySchema): unknown => {
  if (Array.isArray(value)) return value.map((item) => canonicalize(item, itemSchema(schema, 'array')));
  if (!isPlainObject(value)) return value;
  const shape = objectShape(schema);
  const out: Record<string, unknown> = {};
  for (const key of orderedKeys(value, shape)) {
    out[key] = canonicalize(value[key], shape ? shape[key] : itemSchema(schema, 'record'));
  }
  return out;
};

/** The file text for a (validated) project document: 2-space JSON, canonical key order, final newline. */
export const serializeDocument = (document: ProjectDocument): string =>
  `${JSON.stringify(canonicalize(document, projectDocumentSchema), null, 2)}\n`;

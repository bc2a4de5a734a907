// Minimal read-only walk over zod schemas: what shape a value should have at each level.
import type { z } from 'zod';

export type AnySchema = z.core.$ZodType;
type Def = {
  type: string;
  shape?: Record<string, AnySchema>;
  innerType?: AnySchema;
  element?: AnySchema;
  valueType?: AnySchema;
  in?: AnySchema;
  out?: AnySchema;
};

const defOf = (schema: AnySchema | undefined): Def | undefined => schema?._zod.def as Def | undefined;

/** The def behind optional/default/nullable/readonly/pipe wrappers. */
export const coreDef = (schema: AnySchema | undefined): Def | undefined => {
  let current = schema;
  for (let depth = 0; depth < 20; depth++) {
    const def = defOf(current);
    if (!def) return undefined;
    if (def.innerType) current = def.innerType;
    else if (def.type === 'pipe') current = def.out?._zod.def.type === 'transform' ? def.in : def.out;
    else return def;
  }
  return undefined;
};

/** Field schemas of an object schema, or undefined for anything else. */
export const objectShape = (schema: AnySchema | undefined) => {
  const def = coreDef(schema);
  return def?.type === 'object' ? def.shape : undefined;
};

/** Schema of the items of an array schema, or of the values of a record schema. */
export const itemSchema = (schema: AnySchema | undefined, container: 'array' | 'record') => {
  const def = coreDef(schema);
  if (container === 'array') return def?.type === 'array' ? def.element : undefined;
  return def?.type === 'record' ? def.valueType : undefined;
};

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

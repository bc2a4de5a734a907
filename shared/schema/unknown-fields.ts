// Fields the schema does not know are dropped on load; list them so a typo such as
// "tokns" is not silently ignored.
import { formatJsonPath, type PathSegment } from './json-path';
import { isPlainObject, itemSchema, objectShape, type AnySchema } from './schema-walk';

const MAX_REPORTED = 10;

export const unknownFieldPaths = (value: unknown, schema: AnySchema): string[] => {
  const found: string[] = [];
  // Iterative walk with an explicit stack: input depth cannot overflow the call stack.
  const stack: { value: unknown; schema: AnySchema | undefined; path: PathSegment[] }[] = [{ value, schema, path: [] }];
  while (stack.length > 0 && found.length < MAX_REPORTED) {
    const item = stack.pop()!;
    if (Array.isArray(item.value)) {
      const element = itemSchema(item.schema, 'array');
      if (element)
        item.value.forEach((child, i) => stack.push({ value: child, schema: element, path: [...item.path, i] }));
      continue;
    }
    const shape = objectShape(item.schema);
    if (!shape || !isPlainObject(item.value)) continue;
    for (const key of Object.keys(item.value).reverse()) {
      const path = [...item.path, key];
      if (shape[key]) stack.push({ value: item.value[key], schema: shape[key], path });
      else found.push(formatJsonPath(path));
    }
  }
  return found.slice(0, MAX_REPORTED).sort();
};

// Read and write nested scenario fields by dotted path ("training.tokens"), immutably.

export const getPath = (target: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
      target,
    );

/** A copy of `target` with `path` set; `undefined` removes the key (an optional field back to its default). */
export const setPath = <T>(target: T, path: string, value: unknown): T => {
  const [head, ...rest] = path.split('.');
  if (head === undefined || head === '') return value as T;
  const source = (target ?? {}) as Record<string, unknown>;
  const copy: Record<string, unknown> = { ...source };
  const next = rest.length === 0 ? value : setPath(source[head], rest.join('.'), value);
  if (next === undefined) delete copy[head];
  else copy[head] = next;
  return copy as T;
};

// JSON paths as users read them: `scenarios[2].training.tokens`.

export type PathSegment = string | number | symbol;

const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export const formatJsonPath = (path: readonly PathSegment[]): string => {
  if (path.length === 0) return '(whole document)';
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (typeof segment === 'string' && identifier.test(segment)) text += text === '' ? segment : `.${segment}`;
    else text += `[${JSON.stringify(String(segment))}]`;
  }
  return text;
};

const isContainer = (value: unknown): value is Record<PropertyKey, unknown> =>
  typeof value === 'object' && value !== null;

/** The value at `path`, or `missing` when the path leads nowhere. Iterative: input depth cannot overflow the stack. */
export const valueAtPath = (
  root: unknown,
  path: readonly PathSegment[],
): { found: true; value: unknown } | { found: false } => {
  let current: unknown = root;
  for (const segment of path) {
    if (!isContainer(current) || typeof segment === 'symbol' || !Object.prototype.hasOwnProperty.call(current, segment))
      return { found: false };
    current = current[segment];
  }
  return { found: true, value: current };
};

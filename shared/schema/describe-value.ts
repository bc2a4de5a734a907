// Plain-language description of a value found in a file, for "found …" in problems.

const MAX_TEXT_CHARS = 40;

const describeNumber = (n: number): string => {
  if (Number.isNaN(n)) return 'NaN (not a number)';
  if (!Number.isFinite(n)) return `${n > 0 ? '' : '-'}Infinity (a number too large to store)`;
  return Math.abs(n) >= 1e6 || (n !== 0 && Math.abs(n) < 1e-4) ? n.toExponential() : String(n);
};

const describeText = (s: string): string => {
  if (s === '') return 'empty text ""';
  const shown = s.length > MAX_TEXT_CHARS ? `${s.slice(0, MAX_TEXT_CHARS)}…` : s;
  return `text ${JSON.stringify(shown)}`;
};

export const describeValue = (value: unknown): string => {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'null';
  if (typeof value === 'number') return describeNumber(value);
  if (typeof value === 'string') return describeText(value);
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value))
    return value.length === 0 ? 'an empty list' : `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (typeof value === 'object') {
    const keys = Object.keys(value);
    return keys.length === 0
      ? 'an empty object {}'
      : `an object with ${keys
          .slice(0, 3)
          .map((k) => `"${k}"`)
          .join(', ')}${keys.length > 3 ? ', …' : ''}`;
  }
  return typeof value;
};

/** Text that reads as a number, e.g. "7e9" — worth a hint to drop the quotes. */
export const isNumericText = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value));

// Reads what people type for big counts: "7B", "1.4T", "2e12", "70 M", "16k", "1,000,000".
// Returns a plain-language reason instead of throwing, so a field can show it inline.

export type Parsed = { ok: true; value: number } | { ok: false; message: string };

const suffixes: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9, g: 1e9, t: 1e12, p: 1e15 };

const NUMBER = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)\s*([kmbgtp]?)$/i;

export const parseQuantity = (text: string, field: string): Parsed => {
  // Thousands separators and spaces are decoration; decimal commas are not supported (ambiguous with separators).
  const cleaned = text
    .trim()
    .replace(/[,_\s](?=\d{3}(?:\D|$))/g, '')
    .replace(/\s+/g, ' ');
  if (cleaned === '') return { ok: false, message: `${field} is empty: type a number such as 7B, 1.4T or 2e12` };
  const match = NUMBER.exec(cleaned);
  if (!match)
    return {
      ok: false,
      message: `${field}: "${text}" is not a number; use digits with an optional k, M, B or T suffix (e.g. 7B, 1.4T, 2e12)`,
    };
  const base = Number(match[1]);
  const multiplier = suffixes[(match[2] ?? '').toLowerCase()] ?? 1;
  const value = base * multiplier;
  if (!Number.isFinite(value)) return { ok: false, message: `${field}: "${text}" is too large to be a real quantity` };
  return { ok: true, value };
};

/** Compact text for a large count, the inverse of parseQuantity for round numbers ("7B", "1.4T"). */
export const formatQuantity = (value: number): string => {
  const scales: [number, string][] = [
    [1e15, 'P'],
    [1e12, 'T'],
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'k'],
  ];
  for (const [scale, suffix] of scales) {
    if (Math.abs(value) >= scale) {
      const scaled = value / scale;
      const rounded = Number(scaled.toPrecision(6));
      return `${rounded}${suffix}`;
    }
  }
  return String(Number(value.toPrecision(6)));
};

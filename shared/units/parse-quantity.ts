// Human quantities as people type them: "7B", "1.4T", "2e12", "350M", "1,000", "70 billion".

const suffixes: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  million: 1e6,
  mn: 1e6,
  b: 1e9,
  g: 1e9,
  billion: 1e9,
  bn: 1e9,
  t: 1e12,
  trillion: 1e12,
  q: 1e15,
  quadrillion: 1e15,
};

export type QuantityResult = { ok: true; value: number } | { ok: false; message: string };

const pattern = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)\s*([a-z]*)$/i;

/** Parse a count with an optional scale suffix; thousands separators (, _ and thin spaces) are allowed. */
export const parseQuantity = (text: string): QuantityResult => {
  const cleaned = text.trim().replace(/[,_\u202f\u00a0 ](?=\d{3}\b)/g, '');
  if (cleaned === '') return { ok: false, message: 'enter a number, e.g. 7B, 1.4T or 2e12' };
  const match = pattern.exec(cleaned);
  if (!match) return { ok: false, message: `"${text}" is not a number; write e.g. 7B, 1.4T, 350M or 2e12` };
  const suffix = (match[2] ?? '').toLowerCase();
  const scale = suffix === '' ? 1 : suffixes[suffix];
  if (scale === undefined) return { ok: false, message: `unknown suffix "${match[2]}" in "${text}"; use K, M, B or T` };
  const value = Number(match[1]) * scale;
  if (!Number.isFinite(value)) return { ok: false, message: `"${text}" is too large` };
  return { ok: true, value };
};

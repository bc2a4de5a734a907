// Lists typed as text for the search space ("12, 24, 32", "2k, 4k"), each item read
// like any other quantity field; an error names the field and the item at fault.
// Commas always separate items ("64,128" is two GPU counts), so thousands are written 1k or 1000.
import { formatQuantity, parseQuantity } from '../lib/parse-quantity';

export type ParsedList = { ok: true; values: number[] } | { ok: false; message: string };

export const parseNumberList = (text: string, field: string): ParsedList => {
  const items = text
    .split(/[,;\s]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (items.length === 0)
    return { ok: false, message: `${field} is empty: list at least one value, separated by commas (e.g. 16, 32, 64)` };
  const values: number[] = [];
  for (const item of items) {
    const parsed = parseQuantity(item, field);
    if (!parsed.ok) return parsed;
    values.push(parsed.value);
  }
  // Duplicates only enlarge the search without adding plans.
  return { ok: true, values: [...new Set(values)] };
};

/** Below a million, plain digits read best in a list ("1024, 2048"); above, a suffix ("2M"). */
export const formatNumberList = (values: readonly number[]): string =>
  values.map((v) => (Math.abs(v) >= 1e6 ? formatQuantity(v) : String(Number(v.toPrecision(6))))).join(', ');

// An edited catalog row back to an entry: each editable figure parsed (with a message naming the
// column), scaled back to base units; an empty optional figure (a GPU without bf16) stays unset.
import { setPath } from '../lib/object-path';
import { parseQuantity } from '../lib/parse-quantity';
import type { CatalogColumn } from './catalog-columns';

export type EditedEntry = { ok: true; entry: object } | { ok: false; message: string };

export const entryFromEdit = (
  original: object,
  columns: readonly CatalogColumn[],
  values: Record<string, string>,
): EditedEntry => {
  let next = original;
  for (const c of columns.filter((x) => x.editable)) {
    const text = values[c.key] ?? '';
    if (text.trim() === '' && c.optional) {
      next = setPath(next, c.key, undefined);
      continue;
    }
    const parsed = parseQuantity(text, c.unit ? `${c.label} (${c.unit})` : c.label);
    if (!parsed.ok) return parsed;
    // Dividing by 1e-9 is inexact in binary (32 GB → 31999999999.999996 bytes): round off the noise.
    next = setPath(next, c.key, Number((parsed.value / (c.scale ?? 1)).toPrecision(12)));
  }
  return { ok: true, entry: next };
};

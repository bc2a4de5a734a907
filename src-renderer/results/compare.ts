// Compare rows: each scenario's headline figures with deltas against the baseline, sortable.
import type { Estimate } from '../../shared/engine/types';
import { metrics } from './metrics';

export interface CompareCell {
  value: number;
  deltaAbs: number | null;
  deltaPct: number | null;
}
export interface CompareRow {
  id: string;
  name: string;
  baseline: boolean;
  cells: Record<string, CompareCell>;
  error?: string;
}
export type SortKey = 'name' | (typeof metrics)[number]['id'];

export const compareRows = (
  scenarios: { id: string; name: string }[],
  estimateOf: (id: string) => Estimate | undefined,
  errorOf: (id: string) => string | undefined,
  baselineId: string | null,
): CompareRow[] => {
  const base = baselineId ? estimateOf(baselineId) : undefined;
  return scenarios.map((s) => {
    const e = estimateOf(s.id);
    const cells: Record<string, CompareCell> = {};
    if (e)
      for (const m of metrics) {
        const value = m.value(e);
        const ref = base ? m.value(base) : undefined;
        cells[m.id] = {
          value,
          deltaAbs: ref === undefined ? null : value - ref,
          deltaPct: ref === undefined || ref === 0 ? null : (value - ref) / ref,
        };
      }
    const error = e ? undefined : (errorOf(s.id) ?? 'not estimated yet');
    return { id: s.id, name: s.name, baseline: s.id === baselineId, cells, ...(error ? { error } : {}) };
  });
};

/** Sorted copy; rows without a figure go last whatever the direction. */
export const sortRows = (rows: CompareRow[], key: SortKey, descending: boolean): CompareRow[] => {
  const sign = descending ? -1 : 1;
  return rows.slice().sort((a, b) => {
    if (key === 'name') return sign * a.name.localeCompare(b.name);
    const x = a.cells[key]?.value,
      y = b.cells[key]?.value;
    if (x === undefined || y === undefined) return x === undefined ? (y === undefined ? 0 : 1) : -1;
    return sign * (x - y);
  });
};

// Percentiles of a sample, linearly interpolated between order statistics
// (Hyndman & Fan type 7, the default of R, NumPy and spreadsheets).
import { minOf, selectInPlace } from './select';

export interface Percentiles {
  p10: number;
  p50: number;
  p90: number;
}

/** p-th quantile of an ascending sample. */
export const sortedQuantile = (sorted: Float64Array, p: number): number => {
  const n = sorted.length;
  if (n === 0) throw new RangeError('percentiles of an empty sample are undefined');
  const position = (n - 1) * p;
  const below = Math.floor(position);
  const lower = sorted[below]!;
  const upper = sorted[Math.min(n - 1, below + 1)]!;
  return lower + (upper - lower) * (position - below);
};

/**
 * P10 / P50 / P90 of a sample, the same numbers `sortedQuantile` gives on the sorted
 * sample, by selection instead of sorting (reorders the sample in place). P50 is
 * selected first; P10 is then searched only below it and P90 only above it.
 */
export const percentiles = (sample: Float64Array): Percentiles => {
  const n = sample.length;
  if (n === 0) throw new RangeError('percentiles of an empty sample are undefined');
  const at = (p: number, lo: number, hi: number) => {
    const position = (n - 1) * p;
    const below = Math.floor(position);
    const lower = selectInPlace(sample, below, lo, hi);
    // The next order statistic is the smallest value above index `below`: within
    // [lo, hi] when there is one there, else beyond hi (all of which are no smaller).
    const upper = below + 1 >= n ? lower : minOf(sample, below + 1, below + 1 <= hi ? hi : n - 1);
    return { value: lower + (upper - lower) * (position - below), index: below };
  };
  const p50 = at(0.5, 0, n - 1);
  const p10 = at(0.1, 0, p50.index);
  const p90 = at(0.9, p50.index, n - 1);
  return { p10: p10.value, p50: p50.value, p90: p90.value };
};

// How a low / likely / high range becomes a distribution. Both are written as
// inverse CDFs (quantile functions), so one uniform draw gives one value.
//
// - triangular: low and high are the hard minimum and maximum, likely the mode.
//   Use it when the bounds are physical or contractual (a share of time, a price list).
// - lognormal: likely is the median, low the 10th and high the 90th percentile
//   (a two-piece log-normal: the spread below and above the median may differ, and a
//   range with likely = √(low·high) is a plain log-normal). One value in five falls
//   outside [low, high] — use it when published figures scatter with long tails
//   (MFU, grid intensity). Needs low > 0.
import type { Range } from '../schema/uncertainty';
import { normalQuantile, Z_P90 } from './normal-quantile';

export type RangeQuantile = (p: number) => number;

const triangularQuantile = ({ low, likely, high }: Range): RangeQuantile => {
  const width = high - low;
  if (width === 0) return () => likely;
  const modeShare = (likely - low) / width;
  return (p) =>
    p < modeShare ? low + Math.sqrt(p * width * (likely - low)) : high - Math.sqrt((1 - p) * width * (high - likely));
};

const lognormalQuantile = ({ low, likely, high }: Range): RangeQuantile => {
  if (low === high) return () => likely;
  const sigmaBelow = Math.log(likely / low) / Z_P90;
  const sigmaAbove = Math.log(high / likely) / Z_P90;
  return (p) => {
    const z = normalQuantile(p);
    return likely * Math.exp(z * (z < 0 ? sigmaBelow : sigmaAbove));
  };
};

/** Checks a range and explains what is wrong, naming the field. */
export const checkRange = (field: string, range: Range): void => {
  const { low, likely, high, distribution } = range;
  if (![low, likely, high].every(Number.isFinite))
    throw new RangeError(`${field}: low, likely and high must be finite numbers; found ${low} / ${likely} / ${high}`);
  if (!(low <= likely && likely <= high))
    throw new RangeError(`${field}: a range needs low ≤ likely ≤ high; found ${low} / ${likely} / ${high}`);
  if (distribution === 'lognormal' && !(low > 0))
    throw new RangeError(
      `${field}: a log-normal range needs low > 0; found low = ${low} (use a triangular range for values that can be 0)`,
    );
};

/** The quantile function of a range: p in (0, 1) → value. */
export const rangeQuantile = (range: Range): RangeQuantile =>
  range.distribution === 'lognormal' ? lognormalQuantile(range) : triangularQuantile(range);

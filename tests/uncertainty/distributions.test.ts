import { describe, expect, it } from 'vitest';
import { checkRange, rangeQuantile } from '../../shared/uncertainty/distributions';
import { sortedQuantile } from '../../shared/uncertainty/percentiles';

describe('triangular ranges', () => {
  const q = rangeQuantile({ low: 0.6, likely: 1, high: 1.2, distribution: 'triangular' });

  it('runs from low to high with the mode at likely', () => {
    expect(q(1e-12)).toBeCloseTo(0.6, 5);
    expect(q(1 - 1e-12)).toBeCloseTo(1.2, 5);
    // F(likely) = (likely − low) / (high − low) = 2/3.
    expect(q(2 / 3)).toBeCloseTo(1, 12);
  });

  it('has its median at likely when symmetric', () => {
    expect(rangeQuantile({ low: 0.8, likely: 1, high: 1.2, distribution: 'triangular' })(0.5)).toBeCloseTo(1, 12);
  });

  it('returns the value itself when degenerate', () => {
    expect(rangeQuantile({ low: 3, likely: 3, high: 3, distribution: 'triangular' })(0.123)).toBe(3);
  });
});

describe('log-normal ranges', () => {
  const q = rangeQuantile({ low: 0.7, likely: 1, high: 1.2, distribution: 'lognormal' });

  it('puts low at P10, likely at P50 and high at P90', () => {
    expect(q(0.1)).toBeCloseTo(0.7, 7);
    expect(q(0.5)).toBeCloseTo(1, 12);
    expect(q(0.9)).toBeCloseTo(1.2, 7);
  });

  it('lets one value in five fall outside [low, high]', () => {
    expect(q(0.05)).toBeLessThan(0.7);
    expect(q(0.95)).toBeGreaterThan(1.2);
    expect(q(1e-9)).toBeGreaterThan(0);
  });

  it('returns the value itself when degenerate', () => {
    expect(rangeQuantile({ low: 2, likely: 2, high: 2, distribution: 'lognormal' })(0.9)).toBe(2);
  });
});

describe('range checks', () => {
  it('explains an unordered range, naming the field', () => {
    expect(() =>
      checkRange('uncertainty.ranges.mfu', { low: 1.2, likely: 1, high: 1.3, distribution: 'triangular' }),
    ).toThrow('uncertainty.ranges.mfu: a range needs low ≤ likely ≤ high; found 1.2 / 1 / 1.3');
  });

  it('refuses a log-normal range that reaches 0', () => {
    expect(() =>
      checkRange('uncertainty.ranges.restartOverhead', { low: 0, likely: 0.02, high: 0.1, distribution: 'lognormal' }),
    ).toThrow(/restartOverhead: a log-normal range needs low > 0; found low = 0/);
  });

  it('accepts a well-formed range', () => {
    expect(() => checkRange('x', { low: 1, likely: 1, high: 1, distribution: 'lognormal' })).not.toThrow();
  });
});

describe('sample percentiles', () => {
  it('interpolate between order statistics (type 7)', () => {
    const sorted = Float64Array.from([1, 2, 3, 4, 5]);
    expect(sortedQuantile(sorted, 0.5)).toBe(3);
    expect(sortedQuantile(sorted, 0.1)).toBeCloseTo(1.4, 12);
    expect(sortedQuantile(sorted, 0.9)).toBeCloseTo(4.6, 12);
  });
});

describe('percentiles by selection', () => {
  it('equal the sorted-sample percentiles for random, sorted, reversed and tied samples', async () => {
    const { percentiles } = await import('../../shared/uncertainty/percentiles');
    const { createRng } = await import('../../shared/uncertainty/prng');
    const rng = createRng(11);
    const random = Float64Array.from({ length: 10_001 }, () => rng());
    const samples = [
      random,
      Float64Array.from({ length: 1000 }, (_, i) => i),
      Float64Array.from({ length: 999 }, (_, i) => -i),
      Float64Array.from({ length: 500 }, (_, i) => i % 3),
      Float64Array.from([5]),
      Float64Array.from([2, 1]),
    ];
    for (const sample of samples) {
      const sorted = Float64Array.from(sample).sort();
      const expected = {
        p10: sortedQuantile(sorted, 0.1),
        p50: sortedQuantile(sorted, 0.5),
        p90: sortedQuantile(sorted, 0.9),
      };
      expect(percentiles(Float64Array.from(sample))).toEqual(expected);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { createRng } from '../../shared/uncertainty/prng';
import { normalQuantile } from '../../shared/uncertainty/normal-quantile';

const take = (seed: number, n: number) => {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => rng());
};

describe('seeded PRNG', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    expect(take(42, 1000)).toEqual(take(42, 1000));
    expect(take(43, 10)).not.toEqual(take(42, 10));
  });

  it('stays strictly inside (0, 1) and is uniform enough for Monte Carlo', () => {
    const xs = take(7, 20_000);
    expect(Math.min(...xs)).toBeGreaterThan(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean).toBeCloseTo(0.5, 2);
    const deciles = new Array(10).fill(0);
    for (const x of xs) deciles[Math.floor(x * 10)]++;
    for (const count of deciles) expect(Math.abs(count - 2000)).toBeLessThan(150);
  });

  it('rejects a seed that is not a whole number, naming the field', () => {
    expect(() => createRng(1.5)).toThrow(/uncertainty\.seed must be a whole number; found 1\.5/);
  });
});

describe('normal quantile', () => {
  it('matches tabulated values of the standard normal', () => {
    expect(normalQuantile(0.5)).toBeCloseTo(0, 9);
    expect(normalQuantile(0.9)).toBeCloseTo(1.2815516, 6);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
    expect(normalQuantile(1e-6)).toBeCloseTo(-4.753424, 5);
    expect(normalQuantile(0.2)).toBeCloseTo(-normalQuantile(0.8), 9);
  });

  it('refuses probabilities outside (0, 1)', () => {
    expect(() => normalQuantile(0)).toThrow(/strictly between 0 and 1 is needed; found 0/);
    expect(() => normalQuantile(1)).toThrow(/found 1/);
  });
});

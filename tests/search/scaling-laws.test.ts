import { describe, expect, it } from 'vitest';
import {
  besirogluFit,
  computeOptimalParameters,
  computeOptimalTokens,
  computeOptimalTokensForFlops,
  hoffmannFit,
  predictedLoss,
  tokensForLoss,
} from '../../shared/engine/scaling-laws';

describe('scaling laws', () => {
  it('≈ 20 tokens per parameter: Chinchilla 70B → 1.4T tokens (published-figures.md)', () => {
    expect(computeOptimalTokens(70e9)).toBe(1.4e12);
    expect(computeOptimalTokens(65e9)).toBe(1.3e12);
    expect(computeOptimalTokens(1e9, 10)).toBe(1e10);
  });

  it('predicted loss is E + A/N^α + B/D^β', () => {
    expect(predictedLoss(70e9, 1.4e12, hoffmannFit)).toBeCloseTo(
      1.69 + 406.4 / 70e9 ** 0.34 + 410.7 / 1.4e12 ** 0.28,
      12,
    );
    expect(predictedLoss(70e9, 1.4e12, besirogluFit)).toBeCloseTo(
      1.8172 + 482.01 / 70e9 ** 0.3478 + 2085.43 / 1.4e12 ** 0.3658,
      12,
    );
  });

  for (const fit of [hoffmannFit, besirogluFit]) {
    it(`${fit.id}: the closed-form optimum minimises loss along C = 6ND`, () => {
      for (const flops of [1e20, 5.76e23, 1e25]) {
        const nOpt = computeOptimalParameters(flops, fit);
        const dOpt = computeOptimalTokensForFlops(flops, fit);
        expect((6 * nOpt * dOpt) / flops).toBeCloseTo(1, 10);
        const lossAt = (n: number) => predictedLoss(n, flops / (6 * n), fit);
        for (const f of [0.8, 0.95, 1.05, 1.25]) expect(lossAt(nOpt * f)).toBeGreaterThan(lossAt(nOpt));
      }
    });

    it(`${fit.id}: tokensForLoss inverts predictedLoss, Infinity when unreachable`, () => {
      const d = tokensForLoss(7e9, 2.1, fit);
      expect(predictedLoss(7e9, d, fit)).toBeCloseTo(2.1, 10);
      expect(tokensForLoss(1e6, fit.E + 0.01, fit)).toBe(Infinity);
    });
  }

  it('Besiroglu et al. 2024: ≈ 20 tokens per parameter at the Chinchilla budget; Hoffmann approach 3 gives more', () => {
    const c = 5.76e23;
    const ratioB = computeOptimalTokensForFlops(c, besirogluFit) / computeOptimalParameters(c, besirogluFit);
    expect(ratioB).toBeGreaterThan(15);
    expect(ratioB).toBeLessThan(25);
    expect(computeOptimalParameters(c, besirogluFit)).toBeGreaterThan(50e9);
    expect(computeOptimalParameters(c, hoffmannFit)).toBeLessThan(computeOptimalParameters(c, besirogluFit));
  });
});

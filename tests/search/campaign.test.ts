import { describe, expect, it } from 'vitest';
import {
  campaignSchema,
  estimateCampaigns,
  hyperbandBudget,
  successiveHalvingBudget,
} from '../../shared/search/campaign';

describe('NAS campaign budgeting', () => {
  it('successive halving: 81 configs, η = 3, from 1/81 → rungs 81, 27, 9, 3, 1 each spending one full budget', () => {
    expect(successiveHalvingBudget(81, 3, 1 / 81)).toEqual({
      trials: 121,
      budget: expect.closeTo(5, 9) as unknown as number,
    });
  });

  it('Hyperband with η = 3 and R = 81 runs 206 trials (Li et al. 2018, Table 1 brackets)', () => {
    expect(hyperbandBudget(3, 1 / 81).trials).toBe(206);
  });

  it('costs each strategy and weighs it against the savings', () => {
    const spec = campaignSchema.parse({ configurations: 100, trialFidelity: 0.01, finalRuns: 1 });
    const trial = { cost: 1_000_000, gpuHours: 200_000, energyKWh: 300_000, co2eKg: 100_000 };
    const out = estimateCampaigns(spec, trial, 400_000, 2);
    const by = Object.fromEntries(out.map((c) => [c.strategy, c]));
    expect(by.random!.fullRunEquivalents).toBeCloseTo(100 * 0.01 + 1, 12);
    expect(by.random!.cost).toBeCloseTo(2_000_000, 6);
    expect(by.bayesian!.trials).toBe(30);
    expect(by['one-shot']!.cost).toBeLessThan(by.random!.cost);
    expect(by['successive-halving']!.cost).toBeLessThan(by.random!.cost);
    expect(by.random!.netSaving).toBeCloseTo(800_000 - 2_000_000, 6);
    expect(by.random!.breakEvenRuns).toBeCloseTo(5, 12);
    expect(() => campaignSchema.parse({ trialFidelity: 0 })).toThrow(/trial fidelity must be greater than 0/);
  });
});

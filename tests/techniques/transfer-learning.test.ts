import { describe, expect, it } from 'vitest';
import { transferLearning } from '../../shared/engine/techniques';
import { catalog, fullFineTune7b, pretraining7b, run } from './fixtures';

describe('transfer learning', () => {
  it('replaces 2T tokens of pretraining by 1B tokens of fine-tuning: compute falls by the token ratio', () => {
    const r = run(transferLearning, pretraining7b(), { tokens: 1e9 });
    expect(r.result.scenario.workload).toBe('fine-tuning');
    expect(r.result.scenario.fineTuning.method).toBe('full');
    expect(r.comparison.after.trainingFlops / r.comparison.before.trainingFlops).toBeCloseTo(1e9 / 2e12, 9);
  });

  it('refuses a scenario that is not pretraining', () => {
    const a = transferLearning.applicable(fullFineTune7b(), catalog);
    expect(a.ok).toBe(false);
  });
});

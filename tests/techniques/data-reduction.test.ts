import { describe, expect, it } from 'vitest';
import { dataReduction } from '../../shared/engine/techniques';
import { fullFineTune7b, pretraining7b, run, serving7b } from './fixtures';

describe('data reduction', () => {
  it('removing 30% of pretraining tokens cuts compute, GPU-hours and energy by 30%', () => {
    const r = run(dataReduction, pretraining7b(), { share: 0.3, kind: 'deduplication' });
    expect(r.result.scenario.training.tokens).toBeCloseTo(1.4e12, -3);
    const s = r.comparison.savings;
    expect(r.comparison.after.trainingFlops / r.comparison.before.trainingFlops).toBeCloseTo(0.7, 9);
    expect(s.gpuHours.savedPercent).toBeCloseTo(30, 6);
    expect(s.energyKWh.savedPercent).toBeCloseTo(30, 6);
    expect(r.result.details[0]?.label).toMatch(/upper bound/);
  });

  it('sets explicit tokens when the scenario relied on the default', () => {
    const s = { ...fullFineTune7b(), training: { ...fullFineTune7b().training, tokens: undefined } };
    const r = run(dataReduction, s, { share: 0.5 });
    expect(r.result.scenario.training.tokens).toBeCloseTo(5e7, 0);
  });

  it('compresses prompts for serving', () => {
    const r = run(dataReduction, serving7b(), { share: 0.5 });
    expect(r.result.scenario.inference.promptTokens).toBe(500);
    expect(r.comparison.after.memoryPerGpuBytes.kvCache).toBeLessThan(r.comparison.before.memoryPerGpuBytes.kvCache);
  });
});

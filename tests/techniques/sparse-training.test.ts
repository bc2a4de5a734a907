import { describe, expect, it } from 'vitest';
import { sparseTimeShare, sparseTraining } from '../../shared/engine/techniques';
import { catalog, gpt3, llama2, pretraining7b, run, scenario, serving7b } from './fixtures';

describe('sparse training', () => {
  it('2:4 on an A100: weight gradients stay dense (≤ 1.5×), half of that realised by default', () => {
    const share = sparseTimeShare('2:4', 0.5, 0.5);
    expect(share.theoretical).toBeCloseTo(2 / 3, 12);
    expect(share.realized).toBeCloseTo(1 - 0.5 / 3, 12);
    const r = run(sparseTraining, pretraining7b());
    const { before, after } = r.comparison;
    expect(after.wallClockHours / before.wallClockHours).toBeCloseTo(share.realized, 9);
    expect(r.comparison.savings.gpuHours.savedPercent).toBeCloseTo((1 - share.realized) * 100, 6);
    // FLOPs are counted dense; memory does not change.
    expect(after.trainingFlops).toBe(before.trainingFlops);
    expect(after.memoryPerGpuBytes.total).toBe(before.memoryPerGpuBytes.total);
    expect(r.result.scenario.hardware.mfu).toBeCloseTo(0.4 / share.realized, 9);
  });

  it('gives no speed-up for 2:4 on a V100 (no sparse tensor cores), and says why', () => {
    const r = run(sparseTraining, gpt3());
    expect(r.comparison.savings.gpuHours.saved).toBeCloseTo(0, 6);
    expect(r.result.assumptions.join(' ')).toMatch(/no sparse tensor cores/);
  });

  it('unstructured sparsity realises only a small share of the theoretical saving', () => {
    const r = run(sparseTraining, pretraining7b(), { pattern: 'unstructured', sparsity: 0.9 });
    const pct = r.comparison.savings.gpuHours.savedPercent;
    expect(pct).toBeCloseTo((1 - sparseTimeShare('unstructured', 0.9, 0.1).realized) * 100, 6);
    expect(pct).toBeLessThan(90 / 2);
  });

  it('refuses serving and LoRA scenarios with a reason', () => {
    const inf = sparseTraining.applicable(serving7b(), catalog);
    expect(inf.ok).toBe(false);
    if (!inf.ok) expect(inf.reason).toMatch(/Quantization/);
    const lora = scenario({
      workload: 'fine-tuning',
      model: { architecture: llama2['7B'] },
      fineTuning: { method: 'lora' },
    });
    const a = sparseTraining.applicable(lora, catalog);
    expect(a.ok).toBe(false);
    if (!a.ok) expect(a.reason).toMatch(/frozen base/);
  });
});

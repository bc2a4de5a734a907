import { describe, expect, it } from 'vitest';
import { petl, runTechnique } from '../../shared/engine/techniques';
import { catalog, fullFineTune7b, pretraining7b, run } from './fixtures';

describe('PETL (LoRA / QLoRA)', () => {
  it('LoRA rank 16 on q, k, v, o cuts trainable parameters of a 7B model by > 99%', () => {
    const r = run(petl, fullFineTune7b(), { method: 'lora', rank: 16, targets: ['q', 'k', 'v', 'o'] });
    const { before, after } = r.comparison;
    expect(r.result.scenario.fineTuning).toEqual({ method: 'lora', loraRank: 16, loraTargets: ['q', 'k', 'v', 'o'] });
    expect(before.parameters.trainable).toBe(before.parameters.total);
    // Hu et al. 2021: 32 layers × 4 matrices × 16 × (4096 + 4096) = 16,777,216.
    expect(after.parameters.trainable).toBe(32 * 4 * 16 * 8192);
    expect(1 - after.parameters.trainable / before.parameters.trainable).toBeGreaterThan(0.99);
    expect(after.memoryPerGpuBytes.optimizer).toBeLessThan(before.memoryPerGpuBytes.optimizer / 100);
    expect(r.comparison.savings.gpuHours.saved).toBeGreaterThan(0);
  });

  it('QLoRA stores the frozen base in NF4: less weight memory than LoRA', () => {
    const lora = run(petl, fullFineTune7b(), { method: 'lora' }).comparison.after;
    const qlora = run(petl, fullFineTune7b(), { method: 'qlora' }).comparison.after;
    expect(qlora.memoryPerGpuBytes.weights).toBeLessThan(lora.memoryPerGpuBytes.weights / 3);
  });

  it('refuses pretraining and QLoRA scenarios with a reason', () => {
    const pre = petl.applicable(pretraining7b(), catalog);
    expect(pre.ok).toBe(false);
    if (!pre.ok) expect(pre.reason).toMatch(/fine-tuning scenario/);
    const q = {
      ...fullFineTune7b(),
      fineTuning: { method: 'qlora' as const, loraRank: 16, loraTargets: ['q' as const] },
    };
    expect(petl.applicable(q, catalog).ok).toBe(false);
  });

  it('rejects bad options naming the option', () => {
    const r = runTechnique(petl, fullFineTune7b(), { rank: 0 }, catalog);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/options\.rank: rank must be at least 1/);
    const t = runTechnique(petl, fullFineTune7b(), { targets: ['x'] }, catalog);
    if (!t.ok) expect(t.reason).toMatch(/options\.targets\.0/);
    expect(t.ok).toBe(false);
  });
});

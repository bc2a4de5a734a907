import { describe, expect, it } from 'vitest';
import { quantization } from '../../shared/engine/techniques';
import { catalog, pretraining7b, run, serving70b } from './fixtures';

describe('quantization', () => {
  it('BF16 → INT4 on 70B serving cuts the weight memory by 4× and the GPUs needed', () => {
    const r = run(quantization, serving70b(), { precision: 'int4' });
    expect(r.result.scenario.inference.weightPrecision).toBe('int4');
    const { before, after } = r.comparison;
    const weights = (e: typeof before) => e.memoryPerGpuBytes.weights * (e.inference?.gpusPerReplica ?? 1);
    expect(weights(before) / weights(after)).toBeCloseTo(4, 6);
    expect(weights(before)).toBeCloseTo(before.parameters.total * 2, -3);
    expect(after.inference!.gpusPerReplica).toBeLessThan(before.inference!.gpusPerReplica);
    expect(r.comparison.savings.gpuHours.saved).toBeGreaterThan(0);
    expect(r.comparison.savings.cost.saved).toBeCloseTo(before.cost.total - after.cost.total, 6);
  });

  it('INT8 halves the weights; NF4 stores ≈ 4.127 bits per weight', () => {
    const int8 = run(quantization, serving70b(), { precision: 'int8' }).comparison;
    expect(
      (int8.before.memoryPerGpuBytes.weights * int8.before.inference!.gpusPerReplica) /
        (int8.after.memoryPerGpuBytes.weights * int8.after.inference!.gpusPerReplica),
    ).toBeCloseTo(2, 6);
    const nf4 = run(quantization, serving70b(), { precision: 'nf4' }).comparison;
    expect(
      (nf4.after.memoryPerGpuBytes.weights * nf4.after.inference!.gpusPerReplica) / nf4.after.parameters.total,
    ).toBeCloseTo(4.127 / 8, 6);
  });

  it('can quantize the KV cache too', () => {
    const r = run(quantization, serving70b(), { precision: 'int4', kvCachePrecision: 'fp8' });
    expect(r.result.scenario.inference.kvCachePrecision).toBe('fp8');
    const kv = (e: typeof r.comparison.before) => e.memoryPerGpuBytes.kvCache * e.inference!.gpusPerReplica;
    expect(kv(r.comparison.before) / kv(r.comparison.after)).toBeCloseTo(2, 6);
  });

  it('compares a training scenario as serving the trained model, and says so', () => {
    const r = run(quantization, pretraining7b());
    expect(r.result.baseline?.workload).toBe('inference');
    expect(r.result.scenario.workload).toBe('inference');
    expect(r.comparison.before.workload).toBe('inference');
    expect(r.result.assumptions.join(' ')).toMatch(/compared as serving the trained model/);
    expect(r.result.scenario.techniques.at(-1)?.id).toBe('quantization');
  });

  it('refuses the article method with a reason', () => {
    const s = { ...serving70b(), method: 'article' as const };
    const a = quantization.applicable(s, catalog);
    expect(a.ok).toBe(false);
    if (!a.ok) expect(a.reason).toMatch(/standard method/);
  });
});

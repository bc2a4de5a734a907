// Integrity of the shipped dataset of published figures: internal consistency of each source's
// numbers, and (when the reference folder is present) an exact match with the H200 measurements file.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  FLOPS_PER_PFS_DAY,
  LLAMA2_IMPLIED_INTENSITY_KG_PER_KWH,
  articleGpt35,
  chinchillaTable,
  gpt3Compute,
  h200Measurements,
  llama2Runs,
  llama2Totals,
  mfuClaims,
  zeroFigure,
} from '../../shared/validation/published-runs';

const rel = (a: number, b: number) => Math.abs(a / b - 1);

describe('GPT-3 compute table', () => {
  it('has the 8 sizes, all at 300B tokens', () => {
    expect(gpt3Compute).toHaveLength(8);
    for (const r of gpt3Compute) expect(r.tokens).toBe(300e9);
  });
  it.each(gpt3Compute.map((r) => [r.label, r] as const))('%s: FLOPs ≈ PF/s-days × 8.64e19 and ≈ 6·N·D', (_l, r) => {
    expect(rel(r.pfsDays * FLOPS_PER_PFS_DAY, r.flops)).toBeLessThan(0.02);
    expect(rel(6 * r.parameters * r.tokens, r.flops)).toBeLessThan(0.01);
  });
});

describe('Llama 2 table', () => {
  it.each(llama2Runs.map((r) => [r.label, r] as const))('%s implies ≈ 0.4235 kg CO2e/kWh', (_l, r) => {
    const kWh = r.gpuHours * (r.powerW / 1000);
    expect(rel((r.tco2e * 1000) / kWh, LLAMA2_IMPLIED_INTENSITY_KG_PER_KWH)).toBeLessThan(1e-3);
  });
  it('rows sum to the totals row', () => {
    expect(llama2Runs.reduce((s, r) => s + r.gpuHours, 0)).toBe(llama2Totals.gpuHours);
    expect(llama2Runs.reduce((s, r) => s + r.tco2e, 0)).toBeCloseTo(llama2Totals.tco2e, 1);
  });
  it('architectures give about the nominal size (gated FFN, untied embeddings, GQA for 34B/70B)', () => {
    for (const r of llama2Runs) {
      const { layers: L, hidden: h, heads, kvHeads, ffn, vocab } = r.architecture;
      const kv = (kvHeads ?? heads) * (h / heads);
      const params = L * (2 * h * h + 2 * h * kv + 3 * h * ffn + 2 * h) + 2 * vocab * h + h;
      expect(rel(params, r.nominalParameters), r.label).toBeLessThan(0.05);
      expect(r.architecture.tiedEmbeddings).toBe(false);
    }
    expect(llama2Runs.map((r) => r.architecture.kvHeads)).toEqual([undefined, undefined, 8, 8]);
  });
});

describe('ZeRO figure', () => {
  it("each stage equals its formula to the figure's rounding", () => {
    const memory = (stage: number, psi: number, nd: number) => {
      const [w, g, k] = [2 * psi, 2 * psi, 12 * psi];
      return [w + g + k, w + g + k / nd, w + (g + k) / nd, (w + g + k) / nd][stage] as number;
    };
    for (const f of zeroFigure)
      expect(Math.abs(memory(f.stage, f.parameters, f.dataParallel) / 1e9 - f.memoryPerGpuGb), f.label).toBeLessThan(
        0.05,
      );
    expect(zeroFigure.map((f) => f.memoryPerGpuGb)).toEqual([120, 31.4, 16.6, 1.9]);
  });
});

describe('source article GPT-3.5', () => {
  it('is internally consistent under its own method', () => {
    const a = articleGpt35;
    expect((a.parameters * a.bytesPerParameter) / 1e9).toBe(a.memoryGb);
    expect(Math.round(a.memoryGb / a.usableGbPerGpu)).toBe(a.gpusByMemory);
    expect(a.pfsDays * a.v100DaysPerPfsDay).toBe(a.gpuDays);
    expect((a.gpus * a.powerWPerGpu) / 1000).toBe(a.powerKW);
    expect(a.powerKW * a.durationDays * 24).toBeCloseTo(a.energyKWh, 6);
    expect(a.totalCostEur).toBeCloseTo(2_410_628, 0);
  });
});

describe('Chinchilla and MFU claims', () => {
  it('compute-optimal tokens follow the ≈ 20 tokens per parameter rule', () => {
    for (const r of chinchillaTable) expect(r.computeOptimalTokens / r.parameters).toBeCloseTo(20, 0);
  });
  it('Korthikanti: 54.2 % selective vs 42.1 % full recomputation', () => {
    expect(mfuClaims.map((c) => [c.recompute, c.mfu])).toEqual([
      ['selective', 0.542],
      ['full', 0.421],
    ]);
  });
});

describe('H200 measurements', () => {
  it('static memory is 12 B/parameter with fp32 weights + Adam, 6 B in pure bf16', () => {
    for (const m of h200Measurements) {
      if (m.mode === 'mixed_adamw' || m.mode === 'mixed_adamw_ckpt')
        expect(rel(m.staticBytes, 12 * m.params), m.id).toBeLessThan(1e-3);
      if (m.mode === 'bf16_adamw') expect(rel(m.staticBytes, 6 * m.params), m.id).toBeLessThan(1e-3);
    }
  });

  const file = fileURLToPath(new URL('../../shared/validation/data/h200-training-measurements.jsonl', import.meta.url));
  it('is an exact copy of the measurement file shipped in shared/validation/data', () => {
    const lines = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((r) => r.kind !== 'info');
    expect(h200Measurements).toHaveLength(lines.length);
    lines.forEach((r, i) => {
      const m = h200Measurements[i]!;
      expect([m.name, m.mode, m.layers, m.hidden, m.heads, m.vocab, m.seqLength, m.microBatch]).toEqual([
        r.name,
        r.mode,
        r.L,
        r.h,
        r.heads,
        r.V,
        r.seq,
        r.micro_batch,
      ]);
      expect([m.params, m.paramsNonEmbedding, m.trainableParams, m.weightsBytes, m.staticBytes, m.peakBytes]).toEqual([
        r.params,
        r.params_non_embedding,
        r.trainable_params,
        r.weights_bytes,
        r.static_bytes,
        r.peak_bytes,
      ]);
      expect([m.tokensPerS, m.mfu6N, m.avgPowerW, m.joulesPerToken]).toEqual([
        r.tokens_per_s,
        r.mfu_6N,
        r.avg_power_w,
        r.joules_per_token,
      ]);
    });
  });
});

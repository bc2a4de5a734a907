import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { modelStateBytesPerGpu, modelStateBytesPerParam } from '../../shared/engine/memory';
import { trainingPrecisions } from '../../shared/engine/precision';
import { activationBytesPerLayer, type ActivationInput } from '../../shared/engine/activations';
import { estimate, relativeError } from './fixtures';

describe('ZeRO memory (Rajbhandari et al. 2020, Figure 1: Ψ = 7.5B, N_d = 64)', () => {
  const perParam = modelStateBytesPerParam(trainingPrecisions['mixed-fp16'], 'adamw', 'separate', 4096);
  const perDevice = (zeroStage: number) => {
    const m = modelStateBytesPerGpu({
      frozen: 0,
      trainable: 7.5e9,
      frozenWeightBytes: 2,
      perParam,
      zeroStage,
      dataParallel: 64,
      modelParallel: 1,
    });
    return (m.weights + m.gradients + m.optimizer) / 1e9;
  };
  it('K = 12 bytes of optimizer state, 2 + 2 for weights and gradients', () => {
    expect(perParam).toEqual({ weights: 2, gradients: 2, optimizer: 12 });
  });
  it.each([
    [0, 120],
    [1, 31.4],
    [2, 16.6],
    [3, 1.9],
  ])('stage %i → %f GB per device', (stage, published) => {
    expect(perDevice(stage)).toBeCloseTo(published, 1);
  });
});

describe('activation memory per layer (Korthikanti et al. 2022)', () => {
  const base: ActivationInput = {
    seqLength: 2048,
    microBatch: 1,
    hidden: 12288,
    heads: 96,
    layers: 96,
    vocab: 51200,
    tensorParallel: 8,
    pipelineParallel: 1,
    sequenceParallel: false,
    recompute: 'none',
    flashAttention: false,
    mlpScale: 1,
  };
  const { seqLength: s, microBatch: b, hidden: h, heads: a } = base;
  it('no parallelism: s·b·h·(34 + 5·a·s/h)', () => {
    expect(activationBytesPerLayer({ ...base, tensorParallel: 1 })).toBeCloseTo(s * b * h * (34 + (5 * a * s) / h), 0);
  });
  it('tensor parallel: s·b·h·(10 + 24/t + 5·a·s/(h·t))', () => {
    expect(activationBytesPerLayer(base)).toBeCloseTo(s * b * h * (10 + 24 / 8 + (5 * a * s) / (h * 8)), 0);
  });
  it('tensor + sequence parallel: s·b·h/t·(34 + 5·a·s/h)', () => {
    expect(activationBytesPerLayer({ ...base, sequenceParallel: true })).toBeCloseTo(
      ((s * b * h) / 8) * (34 + (5 * a * s) / h),
      0,
    );
  });
  it('tensor + sequence parallel + selective recomputation: 34·s·b·h/t; fused attention stores the same', () => {
    expect(activationBytesPerLayer({ ...base, sequenceParallel: true, recompute: 'selective' })).toBeCloseTo(
      (34 * s * b * h) / 8,
      0,
    );
    expect(activationBytesPerLayer({ ...base, sequenceParallel: true, flashAttention: true })).toBeCloseTo(
      (34 * s * b * h) / 8,
      0,
    );
  });
  it('full recomputation keeps 2·s·b·h per layer', () => {
    const e = estimate({
      model: { architecture: { layers: 96, hidden: 12288, heads: 96, vocab: 51200 } },
      training: {
        seqLength: 2048,
        microBatch: 1,
        recompute: 'full',
        tensorParallel: 8,
        pipelineParallel: 8,
        sequenceParallel: true,
        tokens: 1e9,
      },
      hardware: { gpu: 'a100-80gb', gpuCount: 64 },
    });
    const perLayerFull = ((2 * s * b * h) / 8) * 96;
    const oneLayer = (34 * s * b * h) / 8;
    const logits = (4 * s * b * 51200) / 8;
    expect(e.memoryPerGpuBytes.activations).toBeCloseTo(perLayerFull + oneLayer + logits, 0);
  });
});

interface Measurement {
  L: number;
  h: number;
  heads: number;
  V: number;
  seq: number;
  micro_batch: number;
  mode: string;
  params: number;
  trainable_params: number;
  static_bytes: number;
  peak_bytes: number;
}

describe('static memory of the H200 measurements (weights + optimizer states after a step)', () => {
  const rows = readFileSync(
    new URL('../../shared/validation/data/h200-training-measurements.jsonl', import.meta.url),
    'utf8',
  )
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Measurement & { kind?: string })
    .filter((r) => r.kind === undefined);
  const modes: Record<string, Record<string, unknown>> = {
    mixed_adamw: { workload: 'pretraining', training: { precision: 'mixed-bf16', masterWeights: 'fp32-weights' } },
    bf16_adamw: { workload: 'pretraining', training: { precision: 'bf16' } },
    mixed_adamw_ckpt: {
      workload: 'pretraining',
      training: { precision: 'mixed-bf16', masterWeights: 'fp32-weights', recompute: 'full' },
    },
    lora: {
      workload: 'fine-tuning',
      training: { precision: 'mixed-bf16', masterWeights: 'fp32-weights' },
      fineTuning: { method: 'lora', loraRank: 16, loraTargets: ['qkv', 'o', 'up', 'down'] },
    },
    inference: {
      workload: 'inference',
      inference: { weightPrecision: 'bf16', batchSize: 1, promptTokens: 1, outputTokens: 1 },
    },
  };
  it('has the ten measured runs', () => expect(rows).toHaveLength(10));
  for (const r of rows) {
    it(`${r.L}×${r.h} ${r.mode}: within 1% of ${r.static_bytes} bytes`, () => {
      const m = modes[r.mode] as Record<string, Record<string, unknown>>;
      const e = estimate({
        ...m,
        model: { architecture: { layers: r.L, hidden: r.h, heads: r.heads, vocab: r.V } },
        training: { seqLength: r.seq, microBatch: r.micro_batch, tokens: 1e9, zeroStage: 0, ...m.training },
        hardware: { gpu: 'h200', gpuCount: 1 },
      });
      expect(relativeError(e.parameters.total, r.params)).toBeLessThan(0.001);
      const mem = e.memoryPerGpuBytes;
      const predictedStatic = r.mode === 'inference' ? mem.weights : mem.weights + mem.optimizer;
      expect(relativeError(predictedStatic, r.static_bytes)).toBeLessThan(0.01);
      // The measured model uses LayerNorm with biases (2h more per layer than our bias-free count): within 0.1%.
      if (r.mode === 'inference') expect(e.parameters.trainable).toBe(0);
      else expect(relativeError(e.parameters.trainable, r.trainable_params)).toBeLessThan(0.001);
    });
  }
});

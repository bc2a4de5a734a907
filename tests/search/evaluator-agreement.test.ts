// The fast evaluator re-implements the composition of estimate-training.ts without
// derivation steps; this test pins it to the full engine on random candidates.
import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../shared/catalog';
import { estimateInput } from '../../shared/engine/estimate';
import { candidateScenario } from '../../shared/search/base-scenario';
import { describeCandidate } from '../../shared/search/candidate';
import { compileSearch } from '../../shared/search/compile';
import { SeededPermutation } from '../../shared/search/permutation';
import { parseSearchSpec } from '../../shared/search/run-search';
import type { SearchSpaceInput, SearchSpecInput } from '../../shared/search/spec';

const close = (actual: number, expected: number, what: string) =>
  expect(Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-12), what).toBeLessThan(1e-9);

const space: SearchSpaceInput = {
  layers: [8, 24, 40],
  hidden: [1024, 2560, 4096],
  heads: [8, 16, 32],
  queryHeadsPerKvHead: [1, 4],
  ffnRatio: [2.6875, 4],
  gatedFfn: [false, true],
  vocab: [32_000, 128_256],
  seqLength: [1024, 4096],
  tokensPerParameter: [5, 20],
  precision: ['mixed-bf16', 'bf16', 'fp8', 'fp32'],
  optimizer: ['adamw', 'adam-8bit', 'sgd', 'adafactor'],
  zeroStage: [0, 1, 2, 3],
  recompute: ['none', 'selective', 'full'],
  microBatch: [1, 4],
  tensorParallel: [1, 2, 8],
  pipelineParallel: [1, 4],
  gpus: ['a100-80gb', 'h100-sxm', 'h200', 'v100-32gb'],
  gpuCount: [8, 64, 96],
  regions: ['us', 'france', 'poland'],
};

const cases: { name: string; spec: SearchSpecInput }[] = [
  { name: 'fixed size, cloud defaults', spec: { goal: { kind: 'parameters', parameters: 3e9, tolerance: 5 }, space } },
  {
    name: 'compute goal, on-prem, embodied, global batch, attention FLOPs',
    spec: {
      goal: { kind: 'compute', flops: 1e22 },
      space,
      base: {
        training: {
          globalBatch: 512,
          attentionFlops: true,
          restartOverhead: 0.05,
          masterWeights: 'fp32-weights',
          sequenceParallel: true,
        },
        energy: { includeEmbodied: true, pue: 1.4, renewableShare: 0.2, serverOverheadWPerGpu: 90 },
        pricing: { mode: 'on-prem', currency: 'EUR' },
        hardware: { mfu: 0.33, memoryHeadroom: 0.05 },
      },
    },
  },
  {
    name: 'cost budget, given price, no flash attention',
    spec: {
      goal: { kind: 'cost-budget', amount: 2e5 },
      space,
      base: {
        training: { flashAttention: false },
        pricing: { pricePerGpuHour: 2.5, currency: 'GBP' },
        energy: { gpuPowerW: 500 },
      },
    },
  },
  // A catalog price already in the scenario currency (Azure V100, EUR) under a user exchange rate, and a price entry for one GPU only.
  {
    name: 'EUR at a given rate, named price entry for one GPU',
    spec: {
      goal: { kind: 'parameters', parameters: 3e9, tolerance: 5 },
      space,
      base: { pricing: { currency: 'EUR', exchangeRatePerUsd: 1.1, priceId: 'aws-p5-h100-on-demand' } },
    },
  },
];

describe('fast evaluator agrees with estimateScenario', () => {
  for (const { name, spec } of cases) {
    it(name, () => {
      const compiled = compileSearch(parseSearchSpec(spec), defaultCatalog);
      const order = new SeededPermutation(compiled.total, 7);
      let compared = 0;
      for (let i = 0; compared < 150 && i < 20_000; i++) {
        const c = describeCandidate(compiled, order.at(i));
        if (c.status === 'invalid parallel layout' || c.status === 'precision unsupported on GPU') continue;
        const e = estimateInput(candidateScenario(compiled.spec.base, c, 'candidate', 'Candidate'), defaultCatalog);
        close(c.parameters, e.parameters.total, 'parameters');
        close(c.tokens, e.tokens, 'tokens');
        close(c.trainingFlops, e.trainingFlops, 'training FLOPs');
        close(c.memoryPerGpuBytes, e.memoryPerGpuBytes.total, 'memory per GPU');
        close(c.usableMemoryBytes, e.memoryPerGpuBytes.usable, 'usable memory');
        expect(c.memoryPerGpuBytes <= c.usableMemoryBytes).toBe(e.memoryPerGpuBytes.fits);
        close(c.wallClockHours, e.wallClockHours, 'wall-clock hours');
        close(c.gpuHours, e.gpuHours, 'GPU-hours');
        close(c.energyKWh, e.energyKWh, 'energy');
        close(c.co2eKg, e.co2eKg, 'CO2e');
        close(c.cost, e.cost.total, 'cost');
        expect(e.gpuCount).toBe(c.gpuCount);
        compared++;
      }
      expect(compared).toBe(150);
    });
  }
});

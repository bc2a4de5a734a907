import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../shared/catalog';
import { computeOptimalParameters, hoffmannFit, besirogluFit } from '../../shared/engine/scaling-laws';
import { runSearch } from '../../shared/search/run-search';
import type { SearchSpaceInput } from '../../shared/search/spec';

const shapes: SearchSpaceInput = {
  layers: [8, 12, 16, 20, 24, 28, 32, 40, 48, 56, 64, 80, 96],
  hidden: [1024, 1536, 2048, 2560, 3072, 4096, 5120, 6144, 8192, 10240, 12288],
  heads: [16],
  queryHeadsPerKvHead: [1],
  precision: ['mixed-bf16'],
  zeroStage: [3],
  recompute: ['full'],
  microBatch: [1],
  tensorParallel: [1],
  pipelineParallel: [1],
  gpus: ['h100-sxm'],
  gpuCount: [1024],
  regions: ['us'],
};

describe('Chinchilla sanity', () => {
  for (const [fit, flops] of [
    [hoffmannFit, 1e22],
    [hoffmannFit, 1e24],
    [besirogluFit, 5.76e23],
  ] as const) {
    it(`${fit.id}, C = ${flops.toExponential(0)}: the loss-optimal size sits near the fit's optimum`, () => {
      const r = runSearch(
        { goal: { kind: 'compute', flops }, lossFit: fit.id, rankBy: 'loss', space: shapes },
        defaultCatalog,
      );
      const best = r.top[0]!;
      const optimum = computeOptimalParameters(flops, fit);
      expect(best.parameters / optimum).toBeGreaterThan(0.7);
      expect(best.parameters / optimum).toBeLessThan(1.4);
      expect(r.chinchilla!.ratioToFitOptimum).toBeCloseTo(best.parameters / optimum, 9);
      expect(r.chinchilla!.flops).toBeCloseTo(flops, -Math.log10(flops) + 6);
    });
  }
});

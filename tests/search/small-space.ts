// A small search space every test can enumerate by brute force.
import type { SearchSpaceInput, SearchSpecInput } from '../../shared/search/spec';

export const smallSpace: SearchSpaceInput = {
  layers: [8, 24],
  hidden: [1024, 2048],
  heads: [16],
  queryHeadsPerKvHead: [1, 4],
  ffnRatio: [4],
  gatedFfn: [false],
  vocab: [32_000],
  seqLength: [2048],
  tokensPerParameter: [10, 40],
  precision: ['mixed-bf16', 'fp8'],
  optimizer: ['adamw'],
  zeroStage: [0, 3],
  recompute: ['none', 'full'],
  microBatch: [4],
  tensorParallel: [1, 2],
  pipelineParallel: [1, 2],
  gpus: ['a100-40gb', 'h100-sxm', 'l4'],
  gpuCount: [4, 16, 48],
  regions: ['us', 'france'],
};

export const smallSpec = (extra: Partial<SearchSpecInput> = {}): SearchSpecInput => ({
  goal: { kind: 'parameters', parameters: 1e9, tolerance: 3 },
  space: smallSpace,
  frontier: ['loss', 'cost', 'time', 'co2'],
  topK: 10,
  ...extra,
});

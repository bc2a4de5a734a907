// Typed records of published training figures: each carries its source and the
// assumptions the source states, so a comparison can quote both next to the number.

export interface SourcedRecord {
  source: string;
  /** Assumptions stated by the source (or needed to use its figures), in plain words. */
  assumptions: string[];
}

/** Decoder-only transformer shape, as the scenario's architecture input takes it. */
export interface PublishedArchitecture {
  layers: number;
  hidden: number;
  heads: number;
  kvHeads?: number;
  ffn: number;
  gatedFfn: boolean;
  vocab: number;
  tiedEmbeddings: boolean;
}

export interface Gpt3ComputeRun extends SourcedRecord {
  id: string;
  label: string;
  parameters: number;
  tokens: number;
  pfsDays: number;
  flops: number;
}

export interface Llama2Run extends SourcedRecord {
  id: string;
  label: string;
  /** Nominal size from the model name (7B …); the exact count follows from the architecture. */
  nominalParameters: number;
  architecture: PublishedArchitecture;
  seqLength: number;
  tokens: number;
  gpu: string;
  gpuHours: number;
  powerW: number;
  tco2e: number;
}

export interface ZeroStageFigure extends SourcedRecord {
  stage: 0 | 1 | 2 | 3;
  label: string;
  formula: string;
  parameters: number;
  dataParallel: number;
  /** Bytes per parameter: 16-bit weights, 16-bit gradients, K = 12 optimizer state. */
  bytesWeights: number;
  bytesGradients: number;
  bytesOptimizer: number;
  memoryPerGpuGb: number;
}

export interface ChinchillaRow extends SourcedRecord {
  id: string;
  label: string;
  parameters: number;
  computeOptimalTokens: number;
  actualTokens: number;
}

export interface LossFit extends SourcedRecord {
  id: string;
  E: number;
  A: number;
  B: number;
  alpha: number;
  beta: number;
}

export interface MfuClaim extends SourcedRecord {
  id: string;
  label: string;
  parameters: number;
  gpus: number;
  gpu: string;
  recompute: 'selective' | 'full';
  mfu: number;
}

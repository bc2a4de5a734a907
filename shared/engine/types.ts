// The engine output: what one scenario needs, each figure traceable through `steps`.
import type { Step } from './derivation';

export interface MemoryPerGpuBytes {
  weights: number;
  gradients: number;
  optimizer: number;
  activations: number;
  /** Inference only: the key/value cache. */
  kvCache: number;
  /** Framework, CUDA context, fragmentation. */
  overhead: number;
  total: number;
  /** Usable capacity: GPU memory less the headroom. */
  usable: number;
  capacity: number;
  fits: boolean;
}

export interface ParameterCounts {
  total: number;
  /** Parameters used per token (differs from total for mixture-of-experts). */
  active: number;
  /** Parameters updated by the optimizer (LoRA adapters only, for LoRA). */
  trainable: number;
  embedding: number;
  /** Whether counts came from an architecture (exact) or the user's total. */
  fromArchitecture: boolean;
}

export interface Parallelism {
  data: number;
  tensor: number;
  pipeline: number;
}

export interface CostBreakdown {
  total: number;
  currency: string;
  /** Compute rent or amortised purchase. */
  compute: number;
  /** Electricity (on-premises only; in a cloud price it is included). */
  electricity: number;
  /** Operations (on-premises only). */
  operations: number;
  pricePerGpuHour: number;
  priceSource: string;
}

export interface InferenceResult {
  /** Tokens per second one replica sustains at the chosen batch (decode). */
  decodeTokensPerSecondPerReplica: number;
  /** Prefill tokens per second per replica (compute-bound). */
  prefillTokensPerSecondPerReplica: number;
  /** Time to first token for one request, seconds. */
  timeToFirstTokenS: number;
  /** Time per output token for one sequence, seconds. */
  timePerOutputTokenS: number;
  gpusPerReplica: number;
  replicas: number;
  tokensPerSecondDemand: number;
  costPerMillionTokens: number;
  energyPerMillionTokensKWh: number;
}

export interface Estimate {
  scenarioId: string;
  name: string;
  workload: 'pretraining' | 'fine-tuning' | 'inference';
  method: 'standard' | 'article';
  parameters: ParameterCounts;
  /** Tokens processed (training tokens × epochs; inference: tokens served in the period). */
  tokens: number;
  /** Total FLOPs of the run (training) or the period (inference). */
  trainingFlops: number;
  gpu: { id: string; name: string; memoryBytes: number };
  gpuCount: number;
  parallelism: Parallelism;
  memoryPerGpuBytes: MemoryPerGpuBytes;
  mfu: number;
  gpuHours: number;
  wallClockHours: number;
  /** Average facility power during the run, kW (GPUs + servers, × PUE). */
  facilityPowerKW: number;
  energyKWh: number;
  co2eKg: number;
  /** Of which embodied (manufacturing) emissions. */
  embodiedCo2eKg: number;
  carbonIntensityKgPerKWh: number;
  cost: CostBreakdown;
  inference?: InferenceResult;
  /** What binds or looks wrong: memory does not fit, deadline missed, article quirks. */
  warnings: string[];
  /** Derivation of every figure above, in computation order. */
  steps: Step[];
  catalogDate: string;
}

// A candidate decoded for people: the shape, plan and hardware of one id, its
// results, and which limit comes closest to binding.
import type { Architecture, OptimizerId, PrecisionId, RecomputeId } from '../schema/scenario';
import { architectureOf } from './architectures';
import type { CompiledSearch } from './compile';
import { CandidateEvaluator } from './evaluator';
import { Metric, METRIC_COUNT, statusLabels } from './metrics';

export interface Candidate {
  id: number;
  architecture: Architecture;
  seqLength: number;
  tokens: number;
  precision: PrecisionId;
  optimizer: OptimizerId;
  zeroStage: number;
  recompute: RecomputeId;
  microBatch: number;
  tensorParallel: number;
  pipelineParallel: number;
  dataParallel: number;
  gpu: string;
  gpuCount: number;
  region: string;
}

export interface LimitUse {
  limit: 'memory' | 'maxGpus' | 'deadline' | 'maxCost' | 'maxEnergyKWh' | 'maxCo2eKg';
  /** Value ÷ limit: 1 = exactly at the limit. */
  share: number;
}

export interface CandidateResult extends Candidate {
  feasible: boolean;
  /** Why not feasible, in words ('feasible' when it is). */
  status: string;
  parameters: number;
  loss: number;
  cost: number;
  wallClockHours: number;
  energyKWh: number;
  co2eKg: number;
  trainingFlops: number;
  gpuHours: number;
  memoryPerGpuBytes: number;
  usableMemoryBytes: number;
  /** Every set limit with how much of it the plan uses, most binding first. */
  limits: LimitUse[];
  /** The limit closest to binding, or null when no limit is set. */
  binding: LimitUse | null;
}

const limitUses = (c: CompiledSearch, m: Float64Array): LimitUse[] => {
  const l = c.spec.limits;
  const uses: LimitUse[] = [];
  if (l.memoryMustFit) uses.push({ limit: 'memory', share: m[Metric.memoryPerGpuBytes]! / m[Metric.usableBytes]! });
  if (l.maxGpus !== undefined) uses.push({ limit: 'maxGpus', share: m[Metric.gpuCount]! / l.maxGpus });
  if (l.deadlineHours !== undefined) uses.push({ limit: 'deadline', share: m[Metric.hours]! / l.deadlineHours });
  if (l.maxCost !== undefined) uses.push({ limit: 'maxCost', share: m[Metric.cost]! / l.maxCost });
  if (l.maxEnergyKWh !== undefined) uses.push({ limit: 'maxEnergyKWh', share: m[Metric.energyKWh]! / l.maxEnergyKWh });
  if (l.maxCo2eKg !== undefined) uses.push({ limit: 'maxCo2eKg', share: m[Metric.co2eKg]! / l.maxCo2eKg });
  return uses.sort((a, b) => b.share - a.share);
};

/** Decodes and re-evaluates one candidate (not for the hot loop: it allocates). */
export const describeCandidate = (c: CompiledSearch, id: number): CandidateResult => {
  const ev = new CandidateEvaluator(c);
  const m = new Float64Array(METRIC_COUNT);
  const status = ev.evaluate(id, m);
  const d = ev.digits;
  const tp = c.tensorParallel[d[8]!]!;
  const pp = c.pipelineParallel[d[9]!]!;
  const gpuCount = c.gpuCount[d[11]!]!;
  const limits = limitUses(c, m);
  return {
    id,
    architecture: architectureOf(c.architectures, d[0]!),
    seqLength: c.seqLength[d[1]!]!,
    tokens: m[Metric.tokens]!,
    precision: c.precision[d[3]!]!,
    optimizer: c.optimizer[d[4]!]!,
    zeroStage: c.zeroStage[d[5]!]!,
    recompute: c.recompute[d[6]!]!,
    microBatch: c.microBatch[d[7]!]!,
    tensorParallel: tp,
    pipelineParallel: pp,
    dataParallel: gpuCount / (tp * pp),
    gpu: c.hardware.gpuIds[d[10]!]!,
    gpuCount,
    region: c.hardware.regionIds[d[12]!]!,
    feasible: status === 0,
    status: statusLabels[status]!,
    parameters: m[Metric.parameters]!,
    loss: m[Metric.loss]!,
    cost: m[Metric.cost]!,
    wallClockHours: m[Metric.hours]!,
    energyKWh: m[Metric.energyKWh]!,
    co2eKg: m[Metric.co2eKg]!,
    trainingFlops: m[Metric.flops]!,
    gpuHours: m[Metric.gpuHours]!,
    memoryPerGpuBytes: m[Metric.memoryPerGpuBytes]!,
    usableMemoryBytes: m[Metric.usableBytes]!,
    limits,
    binding: limits[0] ?? null,
  };
};

// Turns a parsed search spec into flat tables and mixed-radix axes: candidate id
// i ↔ one digit per axis (architecture outermost, region innermost).
import type { Catalog } from '../catalog/types';
import { lossFits, type LossFit } from '../engine/scaling-laws';
import type { OptimizerId, PrecisionId, RecomputeId, Scenario } from '../schema/scenario';
import { buildArchitectureTable, type ArchitectureTable } from './architectures';
import { parseBase } from './base-scenario';
import { buildHardwareTable, type HardwareTable } from './hardware-table';
import type { SearchSpec } from './spec';

export const AXES = [
  'architecture',
  'seqLength',
  'tokensPerParameter',
  'precision',
  'optimizer',
  'zeroStage',
  'recompute',
  'microBatch',
  'tensorParallel',
  'pipelineParallel',
  'gpu',
  'gpuCount',
  'region',
] as const;

export interface CompiledSearch {
  spec: SearchSpec;
  base: Scenario;
  fit: LossFit;
  architectures: ArchitectureTable;
  hardware: HardwareTable;
  seqLength: number[];
  /** NaN when the goal sets the tokens itself (one digit, no duplicates). */
  tokensPerParameter: number[];
  precision: PrecisionId[];
  optimizer: OptimizerId[];
  zeroStage: number[];
  recompute: RecomputeId[];
  microBatch: number[];
  tensorParallel: number[];
  pipelineParallel: number[];
  gpuCount: number[];
  /** Axis sizes in AXES order, and the number of candidates (their product). */
  radices: number[];
  total: number;
}

const allowed = (ids: string[], allow: string[] | undefined) => (allow ? ids.filter((id) => allow.includes(id)) : ids);
const unique = <T>(xs: T[]): T[] => [...new Set(xs)];

export const compileSearch = (spec: SearchSpec, catalog: Catalog): CompiledSearch => {
  const { space, limits } = spec;
  const base = parseBase(spec.base);
  const gpus = allowed(unique(space.gpus), limits.allowedGpus);
  const regions = allowed(unique(space.regions), limits.allowedRegions);
  if (gpus.length === 0) throw new Error('limits.allowedGpus: none of space.gpus is allowed');
  if (regions.length === 0) throw new Error('limits.allowedRegions: none of space.regions is allowed');
  const precision = unique(space.precision);
  const hardware = buildHardwareTable(catalog, base, gpus, regions, precision);
  const c: Omit<CompiledSearch, 'radices' | 'total'> = {
    spec,
    base,
    fit: lossFits[spec.lossFit],
    hardware,
    architectures: buildArchitectureTable(space, spec.goal),
    seqLength: unique(space.seqLength),
    tokensPerParameter: spec.goal.kind === 'parameters' ? unique(space.tokensPerParameter) : [Number.NaN],
    precision,
    optimizer: unique(space.optimizer),
    zeroStage: unique(space.zeroStage),
    recompute: unique(space.recompute),
    microBatch: unique(space.microBatch),
    tensorParallel: unique(space.tensorParallel),
    pipelineParallel: unique(space.pipelineParallel),
    gpuCount: unique(space.gpuCount),
  };
  if (c.architectures.count === 0) {
    throw new Error(
      `space: no architecture in the space is valid${spec.goal.kind === 'parameters' ? ` and within ±${spec.goal.tolerance * 100}% of ${spec.goal.parameters.toExponential(2)} parameters` : ''} (hidden must divide by heads, heads by query heads per KV head)`,
    );
  }
  const radices = [
    c.architectures.count,
    c.seqLength.length,
    c.tokensPerParameter.length,
    c.precision.length,
    c.optimizer.length,
    c.zeroStage.length,
    c.recompute.length,
    c.microBatch.length,
    c.tensorParallel.length,
    c.pipelineParallel.length,
    hardware.gpuIds.length,
    c.gpuCount.length,
    hardware.regionIds.length,
  ];
  const total = radices.reduce((a, b) => a * b, 1);
  if (!Number.isSafeInteger(total))
    throw new Error(`space: ${total.toExponential(2)} candidates is too many to number; narrow the space`);
  return { ...c, radices, total };
};

// A saved search setup (`searches[].spec` of the `.aiplan` document): goal, limits,
// the space of model shapes and training plans, and what to rank by.
import { z } from 'zod';
import { optimizerIds, precisionIds, recomputeIds } from '../schema/scenario';

const positive = (what: string) =>
  z
    .number({ error: `${what} must be a number` })
    .finite(`${what} must be a finite number`)
    .positive(`${what} must be greater than 0`);
const counts = (what: string, max: number) =>
  z
    .array(
      z
        .number({ error: `${what} values must be numbers` })
        .int(`${what} values must be whole numbers`)
        .min(1, `${what} values must be at least 1`)
        .max(max, `${what} values above ${max} are not plausible`),
    )
    .min(1, `give at least one ${what} value`)
    .max(256, `at most 256 ${what} values`);
const ratios = (what: string) =>
  z
    .array(positive(`${what} values`))
    .min(1, `give at least one ${what} value`)
    .max(256, `at most 256 ${what} values`);
const choices = <T extends readonly [string, ...string[]]>(ids: T, what: string) =>
  z.array(z.enum(ids, { error: `${what} must be one of ${ids.join(', ')}` })).min(1, `choose at least one ${what}`);

export const lossFitIds = ['hoffmann', 'besiroglu'] as const;
export const objectiveIds = ['loss', 'cost', 'time', 'energy', 'co2'] as const;
export type ObjectiveId = (typeof objectiveIds)[number];

/** What the plan must achieve; it also decides how many tokens each candidate trains on. */
export const goalSchema = z.discriminatedUnion(
  'kind',
  [
    /** Reach a predicted loss: each shape trains on the fewest tokens that get there. */
    z.object({ kind: z.literal('target-loss'), loss: positive('target loss') }),
    /** A model of about this size (± tolerance), trained on `space.tokensPerParameter`. */
    z.object({
      kind: z.literal('parameters'),
      parameters: positive('parameter count'),
      tolerance: z.number().min(0).max(10).default(0.1),
    }),
    /** Spend this many training FLOPs (C = 6·N·D): each shape trains on C / 6N tokens. */
    z.object({ kind: z.literal('compute'), flops: positive('compute budget (FLOPs)') }),
    /** Spend this much money / energy / time: each plan trains on as many tokens as the budget buys. */
    z.object({ kind: z.literal('cost-budget'), amount: positive('money budget') }),
    z.object({ kind: z.literal('energy-budget'), kWh: positive('energy budget (kWh)') }),
    z.object({ kind: z.literal('time-budget'), hours: positive('time budget (hours)') }),
  ],
  { error: 'goal.kind must be one of target-loss, parameters, compute, cost-budget, energy-budget, time-budget' },
);

export const searchLimitsSchema = z.object({
  maxCost: positive('maximum cost').optional(),
  deadlineHours: positive('deadline (hours)').optional(),
  maxGpus: z.number().int().min(1, 'maximum GPUs must be at least 1').optional(),
  maxCo2eKg: positive('maximum CO2e (kg)').optional(),
  maxEnergyKWh: positive('maximum energy (kWh)').optional(),
  /** Only plans whose memory per GPU fits (less headroom). */
  memoryMustFit: z.boolean().default(true),
  /** Allowed GPU types and regions; omitted = all in the space. */
  allowedGpus: z.array(z.string()).optional(),
  allowedRegions: z.array(z.string()).optional(),
});

export const searchSpaceSchema = z.object({
  layers: counts('layers', 1_000).default([12, 16, 24, 32, 40, 48, 64, 80]),
  hidden: counts('hidden size', 1_000_000).default([1024, 2048, 3072, 4096, 5120, 6144, 8192]),
  /** Attention heads; shapes where hidden is not divisible by heads are skipped. */
  heads: counts('attention heads', 10_000).default([16, 32, 64]),
  /** Query heads per key/value head: 1 = multi-head, >1 = grouped-query attention. */
  queryHeadsPerKvHead: counts('query heads per KV head', 10_000).default([1, 8]),
  /** FFN size ÷ hidden size. */
  ffnRatio: ratios('FFN ratio').default([4]),
  gatedFfn: z.array(z.boolean()).min(1).default([false]),
  vocab: counts('vocabulary size', 10_000_000).default([32_000]),
  seqLength: counts('sequence length', 10_000_000).default([2048]),
  /** Tokens per parameter, for goals that do not set the tokens themselves. */
  tokensPerParameter: ratios('tokens per parameter').default([20]),
  precision: choices(precisionIds, 'precision').default(['mixed-bf16', 'fp8']),
  optimizer: choices(optimizerIds, 'optimizer').default(['adamw']),
  zeroStage: z.array(z.number().int().min(0).max(3, 'ZeRO stages are 0, 1, 2, 3')).min(1).default([1, 3]),
  recompute: choices(recomputeIds, 'recomputation').default(['none', 'selective', 'full']),
  microBatch: counts('micro-batch', 1_000_000).default([1, 2, 4]),
  tensorParallel: counts('tensor-parallel size', 1_024).default([1, 8]),
  pipelineParallel: counts('pipeline-parallel size', 1_024).default([1, 4]),
  gpus: z.array(z.string().min(1)).min(1, 'choose at least one GPU type').default(['a100-40gb', 'h100-sxm', 'h200']),
  /** Whole GPU counts; counts not divisible by tensor × pipeline are skipped. */
  gpuCount: counts('GPU count', 10_000_000).default([64, 128, 256, 512, 1024, 2048]),
  regions: z.array(z.string().min(1)).min(1, 'choose at least one region').default(['us', 'france']),
});

export const searchSpecSchema = z.object({
  goal: goalSchema,
  /** Loss fit for predicted loss and token derivation. */
  lossFit: z.enum(lossFitIds).default('hoffmann'),
  limits: searchLimitsSchema.default(() => searchLimitsSchema.parse({})),
  space: searchSpaceSchema.default(() => searchSpaceSchema.parse({})),
  /** Scenario fields shared by every candidate (PUE, server overhead, MFU, currency …), as in a scenario. */
  base: z.record(z.string(), z.unknown()).default({}),
  /** Objectives of the Pareto frontier. */
  frontier: z.array(z.enum(objectiveIds)).min(1).default(['loss', 'cost', 'time', 'co2']),
  /** Top-k table ranking; omitted = loss for budget goals, cost otherwise. */
  rankBy: z.enum(objectiveIds).optional(),
  topK: z.number().int().min(1).max(1_000).default(20),
  /** Above this many candidates, evaluate a seeded random sample of this size instead of all. */
  maxCandidates: z.number().int().min(1).max(1e9).default(5_000_000),
  seed: z.number().int().default(1),
});

export type SearchSpec = z.output<typeof searchSpecSchema>;
export type SearchSpecInput = z.input<typeof searchSpecSchema>;
export type SearchGoal = z.output<typeof goalSchema>;
export type SearchLimits = z.output<typeof searchLimitsSchema>;
export type SearchSpace = z.output<typeof searchSpaceSchema>;
export type SearchSpaceInput = z.input<typeof searchSpaceSchema>;
export type SearchLimitsInput = z.input<typeof searchLimitsSchema>;

/** The objective the top-k table ranks by when the spec does not say. */
/** Rank by what the goal leaves free: a fixed compute or budget buys a loss; a fixed size or loss costs money. */
export const defaultRankBy = (goal: SearchGoal): ObjectiveId =>
  goal.kind === 'cost-budget' || goal.kind === 'energy-budget' || goal.kind === 'time-budget' || goal.kind === 'compute'
    ? 'loss'
    : 'cost';

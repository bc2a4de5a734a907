// The engine input: one scenario. This zod schema is the single source of truth
// for the `.aiplan` file, the IPC payloads and the CLI flags; defaults live here.
import { z } from 'zod';
import { limits } from './limits';
import { MAX_RESTART_SHARE, uncertaintySchema } from './uncertainty';

const count = (what: string, max: number) =>
  z
    .number({ error: `${what} must be a number` })
    .finite(`${what} must be a finite number`)
    .int(`${what} must be a whole number`)
    .min(1, `${what} must be at least 1`)
    .max(max, `${what} above ${max.toExponential(0)} is not plausible`);

const positive = (what: string, max: number) =>
  z
    .number({ error: `${what} must be a number` })
    .finite(`${what} must be a finite number`)
    .positive(`${what} must be greater than 0`)
    .max(max, `${what} above ${max.toExponential(0)} is not plausible`);

const fraction = (what: string) =>
  z
    .number({ error: `${what} must be a number` })
    .finite(`${what} must be a finite number`)
    .min(0, `${what} must be between 0 and 1`)
    .max(1, `${what} must be between 0 and 1`);

const nonNegative = (what: string, max: number) =>
  z
    .number({ error: `${what} must be a number` })
    .finite(`${what} must be a finite number`)
    .min(0, `${what} must not be negative`)
    .max(max, `${what} above ${max.toExponential(0)} is not plausible`);

export const precisionIds = [
  'fp32',
  'tf32',
  'fp16',
  'bf16',
  'mixed-fp16',
  'mixed-bf16',
  'fp8',
  'int8',
  'int4',
] as const;
export const weightPrecisionIds = ['fp32', 'fp16', 'bf16', 'fp8', 'int8', 'int4', 'nf4'] as const;
export const optimizerIds = ['adamw', 'adam-8bit', 'sgd', 'adafactor'] as const;
/** Where mixed precision keeps fp32 weights: a separate master copy beside 16-bit weights (Megatron/DeepSpeed, 2+2+12 bytes), or as the weights themselves (PyTorch autocast, 4+4+8 bytes). */
export const masterWeightsIds = ['separate', 'fp32-weights'] as const;
export const recomputeIds = ['none', 'selective', 'full'] as const;
export const workloadIds = ['pretraining', 'fine-tuning', 'inference'] as const;
export const methodIds = ['standard', 'article'] as const;
export const fineTuneMethodIds = ['full', 'lora', 'qlora'] as const;
/** Adaptable matrices; `qkv` is a fused query-key-value projection (GPT-2 style). */
export const loraTargetIds = ['q', 'k', 'v', 'qkv', 'o', 'gate', 'up', 'down'] as const;
export const pricingModeIds = ['cloud', 'on-prem'] as const;

export const architectureSchema = z
  .object({
    layers: count('layers', 1_000),
    hidden: count('hidden size', 1_000_000),
    heads: count('attention heads', 10_000),
    /** Key/value heads: equal to heads for multi-head attention, fewer for GQA, 1 for MQA. */
    kvHeads: count('key/value heads', 10_000).optional(),
    /** FFN inner size; default 4·hidden (or 8/3·hidden when gated). */
    ffn: count('FFN size', 10_000_000).optional(),
    /** SwiGLU/GeGLU FFN: three matrices instead of two. */
    gatedFfn: z.boolean().default(false),
    vocab: count('vocabulary size', 10_000_000).default(32_000),
    tiedEmbeddings: z.boolean().default(false),
    /** Mixture of experts: number of experts per FFN layer and experts active per token. */
    experts: count('experts', 10_000).default(1),
    expertsTopK: count('active experts per token', 10_000).default(1),
  })
  .superRefine((a, ctx) => {
    if (a.hidden % a.heads !== 0)
      ctx.addIssue({
        code: 'custom',
        path: ['heads'],
        message: `hidden size ${a.hidden} must be divisible by the ${a.heads} attention heads`,
      });
    if (a.kvHeads !== undefined && (a.kvHeads > a.heads || a.heads % a.kvHeads !== 0))
      ctx.addIssue({
        code: 'custom',
        path: ['kvHeads'],
        message: `key/value heads (${a.kvHeads}) must divide the ${a.heads} attention heads`,
      });
    if (a.expertsTopK > a.experts)
      ctx.addIssue({
        code: 'custom',
        path: ['expertsTopK'],
        message: `active experts per token (${a.expertsTopK}) cannot exceed the ${a.experts} experts`,
      });
  });

export const modelSchema = z
  .object({
    /** Total parameters; used when no architecture is given. */
    parameters: positive('parameters', limits.maxParameters).optional(),
    architecture: architectureSchema.optional(),
  })
  .refine((m) => m.parameters !== undefined || m.architecture !== undefined, {
    message: 'give either the parameter count or the architecture',
    path: ['parameters'],
  });

export const trainingSchema = z.object({
  /** Training tokens; omitted = compute-optimal (≈ 20 tokens per parameter). */
  tokens: positive('training tokens', limits.maxTokens).optional(),
  epochs: positive('epochs', 1_000).default(1),
  seqLength: count('sequence length', 10_000_000).default(2048),
  microBatch: count('micro-batch', 1_000_000).default(1),
  /** Global batch in sequences; sets the pipeline bubble (default: 8 micro-batches per pipeline stage). */
  globalBatch: count('global batch', 100_000_000).optional(),
  precision: z.enum(precisionIds).default('mixed-bf16'),
  optimizer: z.enum(optimizerIds).default('adamw'),
  masterWeights: z.enum(masterWeightsIds).default('separate'),
  zeroStage: z
    .number()
    .int()
    .min(0, 'ZeRO stage must be 0, 1, 2 or 3')
    .max(3, 'ZeRO stage must be 0, 1, 2 or 3')
    .default(1),
  tensorParallel: count('tensor-parallel size', 1_024).default(1),
  pipelineParallel: count('pipeline-parallel size', 1_024).default(1),
  sequenceParallel: z.boolean().default(false),
  recompute: z.enum(recomputeIds).default('none'),
  flashAttention: z.boolean().default(true),
  /** Count the attention (12·L·h·s) FLOPs on top of 6·N per token (PaLM appendix B). */
  attentionFlops: z.boolean().default(false),
  /** Fixed per-GPU framework memory (CUDA context, allocator fragmentation, buffers), in bytes. */
  frameworkOverheadBytes: nonNegative('framework overhead', 1e13).default(2e9),
  /** Share of GPU time lost to failures, restarts and checkpointing (at most 0.9: at 1 the run never finishes). */
  restartOverhead: fraction('restart overhead')
    .max(
      MAX_RESTART_SHARE,
      `restart overhead is the share of GPU time lost and must be at most ${MAX_RESTART_SHARE} (at 1 the run never finishes)`,
    )
    .default(0),
});

export const fineTuningSchema = z.object({
  method: z.enum(fineTuneMethodIds).default('lora'),
  loraRank: count('LoRA rank', 65_536).default(16),
  loraTargets: z
    .array(z.enum(loraTargetIds))
    .min(1, 'choose at least one LoRA target module')
    .default(['q', 'k', 'v', 'o']),
});

export const inferenceSchema = z.object({
  weightPrecision: z.enum(weightPrecisionIds).default('bf16'),
  kvCachePrecision: z.enum(weightPrecisionIds).default('bf16'),
  promptTokens: count('prompt tokens', 10_000_000).default(1_000),
  outputTokens: count('output tokens', 10_000_000).default(250),
  /** Concurrent sequences decoded together on one model replica. */
  batchSize: count('batch size', 1_000_000).default(16),
  /** Average request rate served. */
  requestsPerSecond: positive('requests per second', 1e9).default(10),
  /** Serving period for totals. */
  hours: positive('serving hours', 1e6).default(730),
  /** Achieved share of peak memory bandwidth during decode. */
  bandwidthUtilization: fraction('bandwidth utilization').default(0.7),
});

export const hardwareSchema = z.object({
  gpu: z.string().min(1, 'choose a GPU').default('h100-sxm'),
  /** Fixed GPU count; omitted = fewest that fit memory (or meet the deadline). */
  gpuCount: count('GPU count', 10_000_000).optional(),
  deadlineHours: positive('deadline', 1e7).optional(),
  /** Model FLOPs utilization; omitted = the GPU generation's default. */
  mfu: z.number().finite().gt(0, 'MFU must be greater than 0').max(1, 'MFU must be at most 1').optional(),
  /** Share of GPU memory kept free as a safety margin. */
  memoryHeadroom: fraction('memory headroom').default(0.1),
});

export const energySchema = z.object({
  /** Average draw per GPU; omitted = TDP × load factor. */
  gpuPowerW: positive('GPU power', 1e5).optional(),
  loadFactor: fraction('GPU load factor').optional(),
  /** CPU, memory, network, storage per GPU. */
  serverOverheadWPerGpu: nonNegative('server overhead per GPU', 1e5).default(150),
  pue: z.number().finite().min(1, 'PUE must be at least 1').max(5, 'PUE above 5 is not plausible').default(1.2),
  region: z.string().optional(),
  /** Location-based grid intensity; omitted = the region's. */
  carbonIntensityKgPerKWh: nonNegative('carbon intensity', 5).optional(),
  renewableShare: fraction('renewable share').default(0),
  includeEmbodied: z.boolean().default(false),
});

export const onPremSchema = z.object({
  /** In the scenario currency; omitted = the catalog's typical price for the GPU. */
  purchasePricePerGpu: nonNegative('purchase price per GPU', 1e9).optional(),
  lifetimeYears: positive('lifetime', 50).default(4),
  utilization: z
    .number()
    .finite()
    .gt(0, 'utilization must be greater than 0')
    .max(1, 'utilization must be at most 1')
    .default(0.7),
  /** In the scenario currency; omitted = US$0.30 per GPU-hour converted (staff, network, storage, maintenance). */
  operationsPerGpuHour: nonNegative('operations cost per GPU-hour', 1e6).optional(),
  /** In the scenario currency; omitted = US$0.15 per kWh converted. */
  electricityPricePerKWh: nonNegative('electricity price', 1e5).optional(),
});

export const pricingSchema = z.object({
  mode: z.enum(pricingModeIds).default('cloud'),
  /** A catalog price entry; omitted = the cheapest cloud price for the GPU. */
  priceId: z.string().optional(),
  /** Overrides the catalog price, in the scenario currency. */
  pricePerGpuHour: nonNegative('price per GPU-hour', 1e6).optional(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'currency must be a three-letter ISO code such as EUR or USD')
    .default('USD'),
  /** Units of the scenario currency per USD; omitted = catalog rate. */
  exchangeRatePerUsd: positive('exchange rate', 1e6).optional(),
  onPrem: onPremSchema.default(() => onPremSchema.parse({})),
});

export const scenarioSchema = z.object({
  id: z.string().min(1).max(200),
  name: z.string().min(1, 'the scenario needs a name').max(200, 'scenario names are at most 200 characters'),
  description: z.string().max(10_000).default(''),
  workload: z.enum(workloadIds).default('pretraining'),
  method: z.enum(methodIds).default('standard'),
  model: modelSchema,
  training: trainingSchema.default(() => trainingSchema.parse({})),
  fineTuning: fineTuningSchema.default(() => fineTuningSchema.parse({})),
  inference: inferenceSchema.default(() => inferenceSchema.parse({})),
  hardware: hardwareSchema.default(() => hardwareSchema.parse({})),
  energy: energySchema.default(() => energySchema.parse({})),
  pricing: pricingSchema.default(() => pricingSchema.parse({})),
  /** Techniques applied to reach this scenario (what-if history), for reports. */
  techniques: z.array(z.object({ id: z.string(), label: z.string(), detail: z.string().default('') })).default([]),
  uncertainty: uncertaintySchema.default(() => uncertaintySchema.parse({})),
});

export type Scenario = z.output<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type Architecture = z.output<typeof architectureSchema>;
export type PrecisionId = (typeof precisionIds)[number];
export type WeightPrecisionId = (typeof weightPrecisionIds)[number];
export type OptimizerId = (typeof optimizerIds)[number];
export type RecomputeId = (typeof recomputeIds)[number];

// The scenario editor's form, as data: grouped sections, each field with its path in the
// scenario schema, label, unit and kind. Advanced fields hide behind the "advanced" toggle.
import {
  fineTuneMethodIds,
  masterWeightsIds,
  methodIds,
  optimizerIds,
  precisionIds,
  pricingModeIds,
  recomputeIds,
  weightPrecisionIds,
  workloadIds,
} from '../../shared/schema/scenario';
import type { Estimate } from '../../shared/engine/types';

export type FieldKind = 'quantity' | 'text' | 'select' | 'boolean' | 'gpu' | 'region' | 'price';
export type Workload = (typeof workloadIds)[number];

export interface FieldDef {
  path: string;
  label: string;
  unit?: string;
  kind: FieldKind;
  options?: readonly { value: string | number; label: string }[];
  /** Empty input clears the field (the engine then derives it). */
  optional?: boolean;
  /** Shown as the placeholder of an empty optional field. */
  emptyMeaning?: string;
  advanced?: boolean;
  workloads?: readonly Workload[];
  /** The value the engine derived when the field is empty, shown in the placeholder ("6.74B (architecture)"). */
  derived?: { value: (e: Estimate) => number | undefined; note: string };
  /** Shown with a multiplier: fractions as %, bytes as GB. */
  scale?: { factor: number; unit: string };
  help?: string;
}

export interface SectionDef {
  id: string;
  title: string;
  fields: FieldDef[];
}

const opts = <T extends string | number>(ids: readonly T[], labels: Partial<Record<T, string>> = {}) =>
  ids.map((id) => ({ value: id, label: labels[id] ?? String(id) }));

const TRAIN: Workload[] = ['pretraining', 'fine-tuning'];
const percent = { factor: 100, unit: '%' };

export const sections: SectionDef[] = [
  {
    id: 'model',
    title: 'Model',
    fields: [
      { path: 'name', label: 'Scenario name', kind: 'text' },
      {
        path: 'model.parameters',
        label: 'Parameters',
        unit: 'parameters',
        kind: 'quantity',
        optional: true,
        emptyMeaning: 'from the architecture',
        help: 'Accepts 7B, 1.4T, 2e12; a size replaces the architecture',
        derived: {
          value: (e) => (e.parameters.fromArchitecture ? e.parameters.total : undefined),
          note: 'architecture',
        },
      },
      { path: 'model.architecture.layers', label: 'Layers', unit: 'layers', kind: 'quantity', advanced: true },
      { path: 'model.architecture.hidden', label: 'Hidden size', unit: 'dimensions', kind: 'quantity', advanced: true },
      { path: 'model.architecture.heads', label: 'Attention heads', unit: 'heads', kind: 'quantity', advanced: true },
      { path: 'model.architecture.vocab', label: 'Vocabulary', unit: 'tokens', kind: 'quantity', advanced: true },
    ],
  },
  {
    id: 'workload',
    title: 'Workload',
    fields: [
      {
        path: 'workload',
        label: 'Workload',
        kind: 'select',
        options: opts(workloadIds, {
          pretraining: 'Pre-training',
          'fine-tuning': 'Fine-tuning',
          inference: 'Inference (serving)',
        }),
      },
      {
        path: 'method',
        label: 'Method',
        kind: 'select',
        advanced: true,
        options: opts(methodIds, {
          standard: 'Standard (6·N·D FLOPs, per-component memory)',
          article: 'Source article method',
        }),
      },
      {
        path: 'training.tokens',
        label: 'Training tokens',
        unit: 'tokens',
        kind: 'quantity',
        optional: true,
        emptyMeaning: 'compute-optimal (≈20 per parameter)',
        workloads: TRAIN,
      },
      { path: 'training.epochs', label: 'Epochs', unit: 'passes', kind: 'quantity', workloads: TRAIN },
      { path: 'training.seqLength', label: 'Sequence length', unit: 'tokens', kind: 'quantity', workloads: TRAIN },
      {
        path: 'training.microBatch',
        label: 'Micro-batch',
        unit: 'sequences',
        kind: 'quantity',
        advanced: true,
        workloads: TRAIN,
      },
      {
        path: 'training.globalBatch',
        label: 'Global batch',
        unit: 'sequences',
        kind: 'quantity',
        optional: true,
        emptyMeaning: 'default',
        advanced: true,
        workloads: TRAIN,
      },
      {
        path: 'fineTuning.method',
        label: 'Fine-tuning method',
        kind: 'select',
        workloads: ['fine-tuning'],
        options: opts(fineTuneMethodIds, { full: 'Full fine-tuning', lora: 'LoRA', qlora: 'QLoRA (4-bit base)' }),
      },
      { path: 'fineTuning.loraRank', label: 'LoRA rank', unit: 'rank', kind: 'quantity', workloads: ['fine-tuning'] },
      {
        path: 'inference.promptTokens',
        label: 'Prompt length',
        unit: 'tokens/request',
        kind: 'quantity',
        workloads: ['inference'],
      },
      {
        path: 'inference.outputTokens',
        label: 'Output length',
        unit: 'tokens/request',
        kind: 'quantity',
        workloads: ['inference'],
      },
      {
        path: 'inference.requestsPerSecond',
        label: 'Request rate',
        unit: 'requests/s',
        kind: 'quantity',
        workloads: ['inference'],
      },
      { path: 'inference.hours', label: 'Serving period', unit: 'hours', kind: 'quantity', workloads: ['inference'] },
      {
        path: 'inference.batchSize',
        label: 'Batch size',
        unit: 'sequences',
        kind: 'quantity',
        advanced: true,
        workloads: ['inference'],
      },
      {
        path: 'inference.bandwidthUtilization',
        label: 'Bandwidth utilization',
        kind: 'quantity',
        scale: percent,
        advanced: true,
        workloads: ['inference'],
      },
    ],
  },
  {
    id: 'precision',
    title: 'Precision and memory strategy',
    fields: [
      {
        path: 'training.precision',
        label: 'Training precision',
        kind: 'select',
        options: opts(precisionIds),
        workloads: TRAIN,
      },
      {
        path: 'training.optimizer',
        label: 'Optimizer',
        kind: 'select',
        options: opts(optimizerIds, {
          adamw: 'AdamW',
          'adam-8bit': 'Adam 8-bit',
          sgd: 'SGD with momentum',
          adafactor: 'Adafactor',
        }),
        workloads: TRAIN,
      },
      {
        path: 'training.zeroStage',
        label: 'ZeRO stage (sharding of optimizer, gradients, weights)',
        kind: 'select',
        options: opts([0, 1, 2, 3], {
          0: '0 — no sharding',
          1: '1 — optimizer states',
          2: '2 — + gradients',
          3: '3 — + weights',
        }),
        workloads: TRAIN,
      },
      {
        path: 'training.recompute',
        label: 'Activation recomputation',
        kind: 'select',
        options: opts(recomputeIds),
        advanced: true,
        workloads: TRAIN,
      },
      {
        path: 'training.masterWeights',
        label: 'fp32 master weights',
        kind: 'select',
        options: opts(masterWeightsIds, {
          separate: 'Separate copy (Megatron/DeepSpeed)',
          'fp32-weights': 'Weights kept in fp32 (autocast)',
        }),
        advanced: true,
        workloads: TRAIN,
      },
      { path: 'training.flashAttention', label: 'FlashAttention', kind: 'boolean', advanced: true, workloads: TRAIN },
      {
        path: 'training.frameworkOverheadBytes',
        label: 'Framework overhead',
        kind: 'quantity',
        scale: { factor: 1e-9, unit: 'GB per GPU' },
        advanced: true,
      },
      {
        path: 'inference.weightPrecision',
        label: 'Weight precision',
        kind: 'select',
        options: opts(weightPrecisionIds),
        workloads: ['inference'],
      },
      {
        path: 'inference.kvCachePrecision',
        label: 'KV-cache precision',
        kind: 'select',
        options: opts(weightPrecisionIds),
        advanced: true,
        workloads: ['inference'],
      },
    ],
  },
  {
    id: 'hardware',
    title: 'Hardware and parallelism',
    fields: [
      { path: 'hardware.gpu', label: 'GPU', kind: 'gpu' },
      {
        path: 'hardware.gpuCount',
        label: 'GPU count',
        unit: 'GPUs',
        kind: 'quantity',
        optional: true,
        emptyMeaning: 'fewest that fit',
      },
      {
        path: 'hardware.deadlineHours',
        label: 'Deadline',
        unit: 'hours',
        kind: 'quantity',
        optional: true,
        emptyMeaning: 'none',
        workloads: TRAIN,
      },
      {
        path: 'hardware.mfu',
        label: 'Model FLOPs utilization',
        kind: 'quantity',
        scale: percent,
        optional: true,
        emptyMeaning: 'GPU default',
        advanced: true,
      },
      { path: 'hardware.memoryHeadroom', label: 'Memory headroom', kind: 'quantity', scale: percent, advanced: true },
      {
        path: 'training.tensorParallel',
        label: 'Tensor parallel',
        unit: 'GPUs',
        kind: 'quantity',
        advanced: true,
        workloads: TRAIN,
      },
      {
        path: 'training.pipelineParallel',
        label: 'Pipeline parallel',
        unit: 'stages',
        kind: 'quantity',
        advanced: true,
        workloads: TRAIN,
      },
      {
        path: 'training.restartOverhead',
        label: 'Failures and restarts',
        kind: 'quantity',
        scale: percent,
        advanced: true,
        workloads: TRAIN,
      },
    ],
  },
  {
    id: 'energy',
    title: 'Data centre and energy',
    fields: [
      { path: 'energy.region', label: 'Grid region', kind: 'region', optional: true },
      { path: 'energy.pue', label: 'PUE', unit: '× IT energy', kind: 'quantity' },
      { path: 'energy.renewableShare', label: 'Renewable share', kind: 'quantity', scale: percent },
      {
        path: 'energy.carbonIntensityKgPerKWh',
        label: 'Carbon intensity',
        unit: 'kg CO₂e/kWh',
        kind: 'quantity',
        optional: true,
        emptyMeaning: "the region's",
        advanced: true,
      },
      {
        path: 'energy.gpuPowerW',
        label: 'GPU power',
        unit: 'W',
        kind: 'quantity',
        optional: true,
        emptyMeaning: 'TDP × load',
        advanced: true,
      },
      {
        path: 'energy.serverOverheadWPerGpu',
        label: 'Server overhead',
        unit: 'W per GPU',
        kind: 'quantity',
        advanced: true,
      },
      { path: 'energy.includeEmbodied', label: 'Include embodied emissions', kind: 'boolean', advanced: true },
    ],
  },
  {
    id: 'pricing',
    title: 'Pricing',
    fields: [
      {
        path: 'pricing.mode',
        label: 'Pricing',
        kind: 'select',
        options: opts(pricingModeIds, { cloud: 'Cloud rental', 'on-prem': 'Own hardware (on-premises)' }),
      },
      { path: 'pricing.priceId', label: 'Cloud price', kind: 'price', optional: true },
      {
        path: 'pricing.pricePerGpuHour',
        label: 'Price override',
        unit: 'per GPU-hour',
        kind: 'quantity',
        optional: true,
        emptyMeaning: 'catalog price',
      },
      {
        path: 'pricing.onPrem.purchasePricePerGpu',
        label: 'Purchase price',
        unit: 'per GPU',
        kind: 'quantity',
        optional: true,
        emptyMeaning: "the GPU's catalog price",
        advanced: true,
      },
      {
        path: 'pricing.onPrem.lifetimeYears',
        label: 'Hardware lifetime',
        unit: 'years',
        kind: 'quantity',
        advanced: true,
      },
      {
        path: 'pricing.onPrem.electricityPricePerKWh',
        label: 'Electricity price',
        unit: 'per kWh',
        kind: 'quantity',
        optional: true,
        emptyMeaning: 'US$0.15 converted',
        advanced: true,
      },
      {
        path: 'pricing.onPrem.operationsPerGpuHour',
        label: 'Operations',
        unit: 'per GPU-hour',
        kind: 'quantity',
        optional: true,
        emptyMeaning: 'US$0.30 converted',
        advanced: true,
      },
    ],
  },
];

export const visibleFields = (section: SectionDef, workload: Workload, advanced: boolean): FieldDef[] =>
  section.fields.filter((f) => (advanced || !f.advanced) && (!f.workloads || f.workloads.includes(workload)));

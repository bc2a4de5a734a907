// Starting points for `aiplan new --preset` and the app's Start view.
import { DOCUMENT_FORMAT, DOCUMENT_VERSION, projectDocumentSchema, type ProjectDocument } from './document';
import { knownModels, type KnownModel } from './known-models';
import type { ScenarioInput } from './scenario';

export interface Preset {
  id: string;
  label: string;
  description: string;
  title: string;
  currency: string;
  scenarios: () => ScenarioInput[];
}

// The article's setup: V100 32GB, its method, Azure West Europe price in euros, its GPU counts.
// It states compute for GPT-3.5 (3,700 PF/s-days) and only durations for the others, so tokens
// are set to give that compute: D = PF/s-days × 8.64e19 ÷ 6N, with PF/s-days = GPU-days ÷ 8.
const PFS_DAY_FLOPS = 8.64e19;
const articleScenario = (
  id: string,
  name: string,
  parameters: number,
  gpuCount: number,
  pfsDays: number,
  description: string,
): ScenarioInput => ({
  id,
  name,
  description,
  workload: 'pretraining',
  method: 'article',
  model: { parameters },
  training: { tokens: Math.round((pfsDays * PFS_DAY_FLOPS) / (6 * parameters)), precision: 'mixed-fp16' }, // V100s have no bf16
  hardware: { gpu: 'v100-32gb', gpuCount },
  pricing: { priceId: 'azure-nc-v100-westeurope', currency: 'EUR' },
});

/** The article's three models as it sizes them; shared with the article example. */
export const articleScenarios = (): ScenarioInput[] => [
  articleScenario(
    'gpt-3-5',
    'GPT-3.5 175B',
    175e9,
    164,
    3700,
    'GPT-3.5 full model, 175 billion parameters. The article: 4,200 GB of training memory, 140 GPUs by memory adjusted to 164, 3,700 PF/s-days (training tokens set to match: 6 × N × D), 180.5 days, ~€2.41 million.',
  ),
  articleScenario(
    'gpt-3-5-turbo',
    'GPT-3.5 Turbo 20B',
    20e9,
    16,
    (20.6 * 16) / 8,
    "GPT-3.5 Turbo as sized in the article, 20 billion parameters: 480 GB, 16 GPUs, 20.6 days (the article scales GPT-3.5's duration by parameter count; tokens set to match), ~€26,900.",
  ),
  articleScenario(
    'llama-2-7b',
    'Llama 2 7B',
    7e9,
    6,
    (7.2 * 6) / 8,
    'Llama 2 with 7 billion parameters as the article sizes it: 168 GB, 6 GPUs, 7.2 days (scaled by parameter count; tokens set to match), ~€3,600. Its real training took 184,320 A100 GPU-hours.',
  ),
];

const articlePreset: Preset = {
  id: 'article-three-models',
  label: "The article's three models",
  description:
    "GPT-3.5 (175B), GPT-3.5 Turbo (20B) and Llama 2 7B on V100 32GB GPUs, estimated with the source article's method.",
  title: 'GPT-3.5, GPT-3.5 Turbo and Llama 2 7B (article method)',
  currency: 'EUR',
  scenarios: articleScenarios,
};

// Large models need model parallelism to fit; these are common, published-style layouts.
// Smaller ones shard everything across data parallelism (ZeRO-3 / FSDP), which fits at any size.
const parallelismFor = (model: KnownModel): ScenarioInput['training'] => {
  const hidden = model.model.architecture?.hidden ?? 0;
  if (hidden >= 12288)
    return { tensorParallel: 8, pipelineParallel: 8, zeroStage: 1, sequenceParallel: true, recompute: 'selective' };
  if (hidden >= 8192)
    return { tensorParallel: 8, pipelineParallel: 2, zeroStage: 1, sequenceParallel: true, recompute: 'selective' };
  return { zeroStage: 3 };
};

/** Presets plan for a two-month run, so the GPU count shown first is a realistic one. */
const PRESET_DEADLINE_HOURS = 60 * 24;

const knownModelPreset = (model: KnownModel): Preset => ({
  id: model.id,
  label: model.label,
  title: `${model.label} pretraining`,
  currency: 'USD',
  description: `${model.label} with its published architecture and training tokens. Source: ${model.source}.`,
  scenarios: () => [
    {
      id: model.id,
      name: `${model.label} pretraining`,
      description: `Pretraining ${model.label} on ${model.training.tokens.toExponential()} tokens as published (${model.source}), sized to finish within 60 days.`,
      workload: 'pretraining',
      model: model.model,
      training: { ...model.training, ...parallelismFor(model) },
      hardware: { gpu: model.gpu, deadlineHours: PRESET_DEADLINE_HOURS },
    },
  ],
});

const ownModelPreset: Preset = {
  id: 'my-own-model',
  label: 'My own model',
  title: 'My model',
  currency: 'USD',
  description:
    'A blank 1-billion-parameter model trained compute-optimally; replace the size, GPU and tokens with your own.',
  scenarios: () => [
    {
      id: 'my-model',
      name: 'My model',
      description:
        'Set the parameter count (or the architecture), the training tokens and the GPU. Tokens left empty mean compute-optimal (≈ 20 per parameter).',
      workload: 'pretraining',
      model: { parameters: 1e9 },
      hardware: { gpu: 'h100-sxm' },
    },
  ],
};

export const presets: Preset[] = [articlePreset, ...knownModels.map(knownModelPreset), ownModelPreset];

export const findPreset = (id: string): Preset | undefined => presets.find((p) => p.id === id);

/** A complete, validated new document from a preset; `now` is an ISO timestamp. */
export const buildPresetDocument = (preset: Preset, now: string): ProjectDocument => {
  const scenarios = preset.scenarios();
  return projectDocumentSchema.parse({
    format: DOCUMENT_FORMAT,
    version: DOCUMENT_VERSION,
    title: preset.title,
    currency: preset.currency,
    created: now,
    modified: now,
    scenarios,
    baselineId: scenarios[0]?.id,
    comparisons:
      scenarios.length > 1 ? [{ id: 'all', name: 'All scenarios', scenarioIds: scenarios.map((s) => s.id) }] : [],
  });
};

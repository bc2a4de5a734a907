// Published architectures and training setups, for presets and examples. Each lists its source.
import type { PrecisionId, ScenarioInput } from './scenario';

export interface KnownModel {
  id: string;
  label: string;
  source: string;
  model: ScenarioInput['model'];
  /** The training run as published: tokens, sequence length, global batch in sequences. */
  training: { tokens: number; seqLength: number; globalBatch: number; precision?: PrecisionId };
  /** GPU used for the published run (catalog id). */
  gpu: string;
}

export const knownModels: KnownModel[] = [
  {
    id: 'gpt-3-175b',
    label: 'GPT-3 175B',
    gpu: 'v100-32gb',
    source:
      'Brown et al. 2020, "Language Models are Few-Shot Learners", Table 2.1 and D.1 (300B tokens, batch 3.2M tokens)',
    model: { architecture: { layers: 96, hidden: 12288, heads: 96, vocab: 50257, tiedEmbeddings: true } },
    // V100s have no bf16: GPT-3 was trained in fp16 mixed precision.
    training: { tokens: 300e9, seqLength: 2048, globalBatch: 1536, precision: 'mixed-fp16' },
  },
  {
    id: 'llama-2-7b',
    label: 'Llama 2 7B',
    gpu: 'a100-80gb',
    source: 'Touvron et al. 2023, "Llama 2", Table 1-2 and released config (2.0T tokens, batch 4M tokens)',
    model: {
      architecture: { layers: 32, hidden: 4096, heads: 32, kvHeads: 32, ffn: 11008, gatedFfn: true, vocab: 32000 },
    },
    training: { tokens: 2e12, seqLength: 4096, globalBatch: 1024 },
  },
  {
    id: 'llama-2-13b',
    label: 'Llama 2 13B',
    gpu: 'a100-80gb',
    source: 'Touvron et al. 2023, "Llama 2", Table 1-2 and released config (2.0T tokens, batch 4M tokens)',
    model: {
      architecture: { layers: 40, hidden: 5120, heads: 40, kvHeads: 40, ffn: 13824, gatedFfn: true, vocab: 32000 },
    },
    training: { tokens: 2e12, seqLength: 4096, globalBatch: 1024 },
  },
  {
    id: 'llama-2-70b',
    label: 'Llama 2 70B',
    gpu: 'a100-80gb',
    source:
      'Touvron et al. 2023, "Llama 2", Table 1-2 and released config (GQA with 8 KV heads, 2.0T tokens, batch 4M tokens)',
    model: {
      architecture: { layers: 80, hidden: 8192, heads: 64, kvHeads: 8, ffn: 28672, gatedFfn: true, vocab: 32000 },
    },
    training: { tokens: 2e12, seqLength: 4096, globalBatch: 1024 },
  },
  {
    id: 'llama-3-8b',
    label: 'Llama 3 8B',
    gpu: 'h100-sxm',
    source:
      'Meta Llama 3 model card and released config (GQA with 8 KV heads, vocab 128,256, 15T+ tokens, context 8,192; global batch ≈16M tokens as in "The Llama 3 Herd of Models")',
    model: {
      architecture: { layers: 32, hidden: 4096, heads: 32, kvHeads: 8, ffn: 14336, gatedFfn: true, vocab: 128256 },
    },
    training: { tokens: 15e12, seqLength: 8192, globalBatch: 2048 },
  },
  {
    id: 'llama-3-70b',
    label: 'Llama 3 70B',
    gpu: 'h100-sxm',
    source:
      'Meta Llama 3 model card and released config (GQA with 8 KV heads, vocab 128,256, 15T+ tokens, context 8,192; global batch ≈16M tokens as in "The Llama 3 Herd of Models")',
    model: {
      architecture: { layers: 80, hidden: 8192, heads: 64, kvHeads: 8, ffn: 28672, gatedFfn: true, vocab: 128256 },
    },
    training: { tokens: 15e12, seqLength: 8192, globalBatch: 2048 },
  },
];

export const findKnownModel = (id: string): KnownModel | undefined => knownModels.find((m) => m.id === id);

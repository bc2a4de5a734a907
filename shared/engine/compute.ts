// Training FLOPs: 6 per parameter per token (2 forward, 4 backward; Kaplan et al.
// 2020, used in the GPT-3 compute table), plus optional attention FLOPs
// (12·L·h·s per token, PaLM appendix B) and recomputation overhead.
import type { RecomputeId } from '../schema/scenario';

export const PFS_DAY_FLOPS = 1e15 * 86_400;

export const trainingFlopsPerToken = (activeParameters: number, attentionFlopsPerToken = 0): number =>
  6 * activeParameters + attentionFlopsPerToken;

/** Attention score and value products per token, forward and backward (PaLM: 12·L·H·Q·T with H·Q = hidden). */
export const attentionFlopsPerToken = (layers: number, hidden: number, seqLength: number): number =>
  12 * layers * hidden * seqLength;

/**
 * LoRA: the frozen base still runs forward (2N) and passes gradients back through
 * activations (2N), but computes no weight gradients; adapters cost the full 6 per parameter.
 */
export const loraFlopsPerToken = (baseParameters: number, trainable: number): number =>
  4 * baseParameters + 6 * trainable;

/** Extra FLOPs spent re-running the forward pass: full recomputation adds one forward (8N vs 6N). */
export const recomputeFactor = (recompute: RecomputeId): number => {
  switch (recompute) {
    case 'none':
      return 1;
    // Korthikanti et al. 2022: selective recomputation of attention costs ≈ 2.7% more FLOPs for GPT-3 175B.
    case 'selective':
      return 1.027;
    case 'full':
      return 4 / 3;
  }
};

/** Inference: 2 FLOPs per active parameter per token (one multiply-add). */
export const inferenceFlopsPerToken = (activeParameters: number): number => 2 * activeParameters;

// Activation memory per GPU (Korthikanti et al. 2022, "Reducing Activation
// Recomputation in Large Transformer Models"), 16-bit activations.
import type { RecomputeId } from '../schema/scenario';

export interface ActivationInput {
  seqLength: number;
  microBatch: number;
  hidden: number;
  heads: number;
  layers: number;
  vocab: number;
  tensorParallel: number;
  pipelineParallel: number;
  sequenceParallel: boolean;
  recompute: RecomputeId;
  /** Fused attention kernels do not store the a·s² score, softmax and dropout tensors. */
  flashAttention: boolean;
  /** Share of the MLP activations kept per token relative to a dense 4h FFN (top-k experts, FFN width). */
  mlpScale: number;
}

/** Bytes per layer with no recomputation: s·b·h·(34 + 5·a·s/h), split by tensor (and sequence) parallelism. */
export const activationBytesPerLayer = (x: ActivationInput): number => {
  const { seqLength: s, microBatch: b, hidden: h, heads: a, tensorParallel: t } = x;
  const sbh = s * b * h;
  // 34 = 11 (attention) + 19 (MLP) + 4 (layer norms); the MLP share scales with its width and experts.
  const linear = 15 + 19 * x.mlpScale;
  const scores = x.flashAttention || x.recompute === 'selective' ? 0 : (5 * a * s) / h;
  if (x.sequenceParallel || t === 1) return (sbh / t) * (linear + scores);
  // Tensor parallelism without sequence parallelism: layer norms and dropouts (10·sbh) stay replicated.
  return sbh * (10 + (linear - 10) / t + scores / t);
};

/** Output logits in FP32 for the loss: 4·s·b·V/t bytes (on the last pipeline stage). */
export const logitBytes = (x: ActivationInput): number => (4 * x.seqLength * x.microBatch * x.vocab) / x.tensorParallel;

/**
 * Activation bytes on the busiest GPU. With 1F1B pipelining the first stage holds
 * pipelineParallel micro-batches of its L/p layers, so ≈ L layers' worth in all.
 */
export const activationBytesPerGpu = (x: ActivationInput): number => {
  const perLayer = activationBytesPerLayer(x);
  const layersHeld = x.layers; // (L/p layers) × p micro-batches in flight
  if (x.recompute === 'full') {
    // Only each layer's input is kept (2·s·b·h, split by t with sequence parallelism);
    // one layer is rematerialised at a time during the backward pass.
    const input = (2 * x.seqLength * x.microBatch * x.hidden) / (x.sequenceParallel ? x.tensorParallel : 1);
    return layersHeld * input + perLayer + logitBytes(x);
  }
  return layersHeld * perLayer + logitBytes(x);
};

/**
 * MLP activation share relative to Korthikanti's 19·s·b·h for a 4h FFN:
 * 2 (input) + 1 (dropout mask) + 2 bytes × m matrices × f/h, times the active experts.
 * A gated 8h/3 FFN gives the same 19 as a plain 4h one.
 */
export const mlpActivationScale = (hidden: number, ffn: number, gated: boolean, expertsTopK: number): number =>
  (expertsTopK * (3 + 2 * (gated ? 3 : 2) * (ffn / hidden))) / 19;

/** The formula `activationBytesPerGpu` evaluates for these inputs, as text for the derivation (K = 34 for a dense 4h MLP). */
export const activationFormula = (x: ActivationInput): string => {
  const scores = x.flashAttention || x.recompute === 'selective' ? '' : ' + 5·a·s/h';
  const k = x.mlpScale === 1 ? '34' : 'K';
  const perLayer =
    x.sequenceParallel || x.tensorParallel === 1
      ? `s·b·h·(${k}${scores})/t`
      : `s·b·h·(10 + (${k} − 10)/t${scores ? ' + 5·a·s/(h·t)' : ''})`;
  const logits = '4·s·b·V/t';
  if (x.recompute === 'full') return `L·2·s·b·h${x.sequenceParallel ? '/t' : ''} + one layer ${perLayer} + ${logits}`;
  return `L·${perLayer} + ${logits}`;
};

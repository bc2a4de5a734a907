// Parameter counts from an architecture (exact, biases ignored) or an
// approximate architecture from a parameter count (for activations and LoRA).
import type { Architecture } from '../schema/scenario';

export interface ResolvedArchitecture {
  layers: number;
  hidden: number;
  heads: number;
  kvHeads: number;
  ffn: number;
  gatedFfn: boolean;
  vocab: number;
  tiedEmbeddings: boolean;
  experts: number;
  expertsTopK: number;
}

export const resolveArchitecture = (a: Architecture): ResolvedArchitecture => ({
  layers: a.layers,
  hidden: a.hidden,
  heads: a.heads,
  kvHeads: a.kvHeads ?? a.heads,
  // Gated FFNs keep the parameter count of a 4h FFN with 2/3 of the width (LLaMA).
  ffn: a.ffn ?? (a.gatedFfn ? Math.round((8 * a.hidden) / 3) : 4 * a.hidden),
  gatedFfn: a.gatedFfn,
  vocab: a.vocab,
  tiedEmbeddings: a.tiedEmbeddings,
  experts: a.experts,
  expertsTopK: a.expertsTopK,
});

export const headDim = (a: ResolvedArchitecture) => a.hidden / a.heads;

/** Attention projections per layer: Q and O are h×h; K and V are h×(kvHeads·headDim). */
export const attentionParamsPerLayer = (a: ResolvedArchitecture) =>
  2 * a.hidden * a.hidden + 2 * a.hidden * a.kvHeads * headDim(a);

export const ffnParamsPerExpert = (a: ResolvedArchitecture) => (a.gatedFfn ? 3 : 2) * a.hidden * a.ffn;

export const embeddingParams = (a: ResolvedArchitecture) => a.vocab * a.hidden * (a.tiedEmbeddings ? 1 : 2);

export interface ArchitectureParameters {
  total: number;
  active: number;
  embedding: number;
  perLayer: number;
}

export const architectureParameters = (a: ResolvedArchitecture): ArchitectureParameters => {
  const router = a.experts > 1 ? a.hidden * a.experts : 0;
  const norms = 2 * a.hidden;
  const attention = attentionParamsPerLayer(a);
  const ffnExpert = ffnParamsPerExpert(a);
  const perLayer = attention + a.experts * ffnExpert + router + norms;
  const perLayerActive = attention + a.expertsTopK * ffnExpert + router + norms;
  const embedding = embeddingParams(a);
  const finalNorm = a.hidden;
  return {
    total: a.layers * perLayer + embedding + finalNorm,
    active: a.layers * perLayerActive + embedding + finalNorm,
    embedding,
    perLayer,
  };
};

/**
 * A typical dense decoder of a given size, for when only the parameter count is
 * known: 12·L·h² parameters with L = h/128 (GPT-3 and LLaMA shapes sit near this
 * aspect ratio) and 128-wide heads. Kept continuous (not rounded to whole layers)
 * so that memory and time grow smoothly with the parameter count.
 */
export const approximateArchitecture = (parameters: number, vocab = 32_000): ResolvedArchitecture => {
  const hidden = Math.cbrt((parameters * 128) / 12);
  const layers = hidden / 128;
  const heads = hidden / 128;
  return {
    layers,
    hidden,
    heads,
    kvHeads: heads,
    ffn: 4 * hidden,
    gatedFfn: false,
    vocab,
    tiedEmbeddings: false,
    experts: 1,
    expertsTopK: 1,
  };
};

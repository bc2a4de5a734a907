// LoRA (Hu et al. 2021): each adapted h_in×h_out matrix gains rank·(h_in + h_out) trainable parameters.
import type { ResolvedArchitecture } from './parameters';
import { headDim } from './parameters';

/** Fine-tuning data assumed when none is given: a typical instruction-tuning set. */
export const DEFAULT_FINE_TUNING_TOKENS = 1e8;
export const FINE_TUNING_TOKENS_WARNING =
  'No fine-tuning token count given: 100M tokens assumed. Enter the size of your fine-tuning data.';

export type LoraTarget = 'q' | 'k' | 'v' | 'qkv' | 'o' | 'gate' | 'up' | 'down';

/** Input and output width of each adaptable matrix. */
export const loraMatrixShape = (a: ResolvedArchitecture, target: LoraTarget): [number, number] => {
  const kvWidth = a.kvHeads * headDim(a);
  switch (target) {
    case 'q':
      return [a.hidden, a.hidden];
    case 'k':
      return [a.hidden, kvWidth];
    case 'v':
      return [a.hidden, kvWidth];
    case 'qkv':
      return [a.hidden, a.hidden + 2 * kvWidth];
    case 'o':
      return [a.hidden, a.hidden];
    case 'gate':
      return [a.hidden, a.gatedFfn ? a.ffn : 0];
    case 'up':
      return [a.hidden, a.ffn];
    case 'down':
      return [a.ffn, a.hidden];
  }
};

export const loraTrainableParameters = (
  a: ResolvedArchitecture,
  rank: number,
  targets: readonly LoraTarget[],
): number => {
  let perLayer = 0;
  for (const t of new Set(targets)) {
    const [inWidth, outWidth] = loraMatrixShape(a, t);
    if (inWidth === 0 || outWidth === 0) continue;
    // FFN adapters sit on every expert of a mixture-of-experts layer.
    const copies = t === 'gate' || t === 'up' || t === 'down' ? a.experts : 1;
    perLayer += copies * rank * (inWidth + outWidth);
  }
  return a.layers * perLayer;
};

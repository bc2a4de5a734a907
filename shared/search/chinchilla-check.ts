// Chinchilla sanity check: at the compute the search's lowest-loss plan spends,
// where do the Hoffmann (and the chosen) fits put the loss-optimal model size?
import {
  computeOptimalParameters,
  computeOptimalTokensForFlops,
  hoffmannFit,
  type LossFit,
} from '../engine/scaling-laws';

export interface ChinchillaCheck {
  /** 6·N·D of the lowest-loss plan found. */
  flops: number;
  parameters: number;
  tokens: number;
  /** Loss-optimal N and D for that compute under Hoffmann et al. 2022. */
  hoffmannParameters: number;
  hoffmannTokens: number;
  /** The same under the fit the search used. */
  fitParameters: number;
  fit: string;
  /** Found size ÷ the fit's optimum: near 1 when the space allows the optimal size. */
  ratioToFitOptimum: number;
  ratioToHoffmann: number;
  source: string;
}

export const chinchillaCheck = (best: { parameters: number; tokens: number }, fit: LossFit): ChinchillaCheck => {
  const flops = 6 * best.parameters * best.tokens;
  const hoffmannParameters = computeOptimalParameters(flops, hoffmannFit);
  const fitParameters = computeOptimalParameters(flops, fit);
  return {
    flops,
    parameters: best.parameters,
    tokens: best.tokens,
    hoffmannParameters,
    hoffmannTokens: computeOptimalTokensForFlops(flops, hoffmannFit),
    fitParameters,
    fit: fit.id,
    ratioToFitOptimum: best.parameters / fitParameters,
    ratioToHoffmann: best.parameters / hoffmannParameters,
    source: `${hoffmannFit.source}; N_opt = G·(C/6)^(β/(α+β))`,
  };
};

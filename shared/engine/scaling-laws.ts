// Scaling laws: how loss depends on parameters N and training tokens D, and the
// compute-optimal split of a FLOP budget C ≈ 6·N·D between them.
// Pure numeric functions (no allocation) so the search can call them per candidate.

/** Parametric loss fit L(N, D) = E + A / N^α + B / D^β. */
export interface LossFit {
  id: 'hoffmann' | 'besiroglu';
  label: string;
  E: number;
  A: number;
  B: number;
  alpha: number;
  beta: number;
  source: string;
}

/** Hoffmann et al. 2022, "Training Compute-Optimal Large Language Models", Approach 3 (eq. 10). */
export const hoffmannFit: LossFit = {
  id: 'hoffmann',
  label: 'Hoffmann et al. 2022 (Chinchilla, approach 3)',
  E: 1.69,
  A: 406.4,
  B: 410.7,
  alpha: 0.34,
  beta: 0.28,
  source: 'Hoffmann et al. 2022, "Training Compute-Optimal Large Language Models", §3.3 and eq. 10',
};

/** Besiroglu et al. 2024, "Chinchilla Scaling: A replication attempt": refit of approach 3 on the paper's own data. */
export const besirogluFit: LossFit = {
  id: 'besiroglu',
  label: 'Besiroglu et al. 2024 (Chinchilla replication)',
  E: 1.8172,
  A: 482.01,
  B: 2085.43,
  alpha: 0.3478,
  beta: 0.3658,
  source: 'Besiroglu, Erdil, Barnett, You 2024, "Chinchilla Scaling: A replication attempt", eq. 3',
};

export const lossFits = { hoffmann: hoffmannFit, besiroglu: besirogluFit } as const;
export type LossFitId = keyof typeof lossFits;

/** The rule of thumb drawn from Hoffmann et al. 2022 (Table 3): ≈ 20 training tokens per parameter. */
export const TOKENS_PER_PARAMETER = 20;

/** Compute-optimal training tokens by the ≈ 20 tokens-per-parameter rule (Hoffmann et al. 2022, Table 3). */
export const computeOptimalTokens = (parameters: number, tokensPerParameter = TOKENS_PER_PARAMETER): number =>
  parameters * tokensPerParameter;

/** Predicted pre-training loss (nats per token) for N parameters trained on D tokens: E + A/N^α + B/D^β. */
export const predictedLoss = (parameters: number, tokens: number, fit: LossFit = hoffmannFit): number =>
  fit.E + fit.A / Math.pow(parameters, fit.alpha) + fit.B / Math.pow(tokens, fit.beta);

/**
 * Fewest tokens for which N parameters reach `targetLoss`: solve E + A/N^α + B/D^β = L for D.
 * Infinity when the model is too small to reach the target at any D (L ≤ E + A/N^α).
 */
export const tokensForLoss = (parameters: number, targetLoss: number, fit: LossFit = hoffmannFit): number => {
  const gap = targetLoss - fit.E - fit.A / Math.pow(parameters, fit.alpha);
  return gap > 0 ? Math.pow(fit.B / gap, 1 / fit.beta) : Infinity;
};

/** G = (αA / (βB))^(1/(α+β)) of Hoffmann et al. 2022, eq. 4 (appendix D.2). */
export const optimalSizeCoefficient = (fit: LossFit = hoffmannFit): number =>
  Math.pow((fit.alpha * fit.A) / (fit.beta * fit.B), 1 / (fit.alpha + fit.beta));

/**
 * Loss-optimal parameters for a FLOP budget under C = 6·N·D:
 * N_opt = G · (C/6)^(β/(α+β)) (Hoffmann et al. 2022, eq. 4).
 */
export const computeOptimalParameters = (flops: number, fit: LossFit = hoffmannFit): number =>
  optimalSizeCoefficient(fit) * Math.pow(flops / 6, fit.beta / (fit.alpha + fit.beta));

/** Loss-optimal tokens for a FLOP budget: D_opt = G⁻¹ · (C/6)^(α/(α+β)) (Hoffmann et al. 2022, eq. 4). */
export const computeOptimalTokensForFlops = (flops: number, fit: LossFit = hoffmannFit): number =>
  Math.pow(flops / 6, fit.alpha / (fit.alpha + fit.beta)) / optimalSizeCoefficient(fit);

/** Loss-optimal tokens per parameter implied by a fit at a given budget (not constant: it drifts with C). */
export const optimalTokensPerParameter = (flops: number, fit: LossFit = hoffmannFit): number =>
  computeOptimalTokensForFlops(flops, fit) / computeOptimalParameters(flops, fit);

/** Training FLOPs C = 6·N·D (Kaplan et al. 2020, §2.1; the budget identity the fits are defined with). */
export const trainingFlopsSixND = (parameters: number, tokens: number): number => 6 * parameters * tokens;

/** The compute-optimal plan for a budget: N, D and the loss the fit predicts for them. */
export const computeOptimalPlan = (flops: number, fit: LossFit = hoffmannFit) => {
  const parameters = computeOptimalParameters(flops, fit);
  const tokens = computeOptimalTokensForFlops(flops, fit);
  return { parameters, tokens, loss: predictedLoss(parameters, tokens, fit), fit: fit.id, source: fit.source };
};

// Compute-optimal sizing (Chinchilla): for the scenario's budget C = 6·N·D, pick the
// N and D the scaling law prefers: either the same compute for a lower predicted
// loss, or the least compute that reaches the scenario's own predicted loss.
import { z } from 'zod';
import { limits } from '../../schema/limits';
import { estimateScenario } from '../estimate';
import {
  TOKENS_PER_PARAMETER,
  computeOptimalPlan,
  hoffmannFit,
  lossFits,
  predictedLoss,
  trainingFlopsSixND,
  type LossFit,
} from '../scaling-laws';
import { allOf, refuse, workloadIn } from './guards';
import { withHistory } from './history';
import { choiceOption } from './option-schemas';
import type { Technique } from './types';

const goals = ['same-loss', 'same-compute'] as const;
const rules = ['hoffmann', 'besiroglu', 'twenty-tokens'] as const;
type Rule = (typeof rules)[number];

const options = z.object({
  goal: choiceOption('goal', goals).default('same-loss'),
  rule: choiceOption('rule', rules).default('hoffmann'),
});

interface Plan {
  parameters: number;
  tokens: number;
}

const fitFor = (rule: Rule): LossFit => (rule === 'besiroglu' ? lossFits.besiroglu : hoffmannFit);

/** The optimal (N, D) for a budget under the rule. */
export const optimalPlanFor = (flops: number, rule: Rule): Plan => {
  if (rule === 'twenty-tokens') {
    const parameters = Math.sqrt(flops / (6 * TOKENS_PER_PARAMETER));
    return { parameters, tokens: TOKENS_PER_PARAMETER * parameters };
  }
  const p = computeOptimalPlan(flops, fitFor(rule));
  return { parameters: p.parameters, tokens: p.tokens };
};

/** Least budget whose optimal plan reaches `targetLoss` (bisection in log-compute; optimal loss falls with compute). */
export const budgetForLoss = (targetLoss: number, maxFlops: number, rule: Rule): number => {
  const fit = fitFor(rule);
  const lossAt = (logC: number) => {
    const p = optimalPlanFor(10 ** logC, rule);
    return predictedLoss(p.parameters, p.tokens, fit);
  };
  let lo = Math.log10(maxFlops) - 15;
  let hi = Math.log10(maxFlops);
  if (lossAt(hi) > targetLoss) return maxFlops;
  for (let i = 0; i < 80; i++) {
    const mid = (lo + hi) / 2;
    if (lossAt(mid) > targetLoss) lo = mid;
    else hi = mid;
  }
  return 10 ** hi;
};

const clampPlan = (p: Plan): Plan => ({
  parameters: Math.min(limits.maxParameters, Math.max(1, Math.round(p.parameters))),
  tokens: Math.min(limits.maxTokens, Math.max(1, Math.round(p.tokens))),
});

const fmt = (x: number) => x.toExponential(2);

export const computeOptimal: Technique<typeof options> = {
  id: 'compute-optimal',
  label: 'Compute-optimal sizing (Chinchilla)',
  description:
    'Re-balance parameters and training tokens by the Chinchilla scaling law: the same predicted loss for less compute, or a lower loss for the same compute.',
  source: 'Source article, "Compute-Optimal Training (Chinchilla Study)"; Hoffmann et al. 2022; Besiroglu et al. 2024',
  options,
  fields: () => [
    {
      id: 'goal',
      label: 'Goal',
      kind: 'select',
      default: 'same-loss',
      choices: [
        { value: 'same-loss', label: 'Same predicted loss, least compute' },
        { value: 'same-compute', label: 'Same compute, lowest loss' },
      ],
    },
    {
      id: 'rule',
      label: 'Scaling law',
      kind: 'select',
      default: 'hoffmann',
      choices: [
        { value: 'hoffmann', label: hoffmannFit.label },
        { value: 'besiroglu', label: lossFits.besiroglu.label },
        { value: 'twenty-tokens', label: '≈ 20 tokens per parameter' },
      ],
    },
  ],
  applicable: (s) =>
    allOf(
      () => workloadIn(s, ['pretraining'], 'compute-optimal sizing chooses the model size and data for pretraining.'),
      () =>
        (s.model.architecture?.experts ?? 1) > 1
          ? refuse(`"${s.name}" is a mixture-of-experts model: the Chinchilla fits are for dense models.`)
          : { ok: true },
    ),
  apply: (s, o, catalog) => {
    const before = estimateScenario(s, catalog);
    const n = before.parameters.total;
    const d = before.tokens;
    const fit = fitFor(o.rule);
    const budget = trainingFlopsSixND(n, d);
    const lossBefore = predictedLoss(n, d, fit);
    const target = o.goal === 'same-compute' ? budget : budgetForLoss(lossBefore, budget, o.rule);
    const plan = clampPlan(optimalPlanFor(target, o.rule));
    const lossAfter = predictedLoss(plan.parameters, plan.tokens, fit);
    const summary = `${fmt(n)} parameters × ${fmt(d)} tokens → ${fmt(plan.parameters)} × ${fmt(plan.tokens)} (6·N·D ${fmt(budget)} → ${fmt(6 * plan.parameters * plan.tokens)} FLOP); predicted loss ${lossBefore.toFixed(3)} → ${lossAfter.toFixed(3)}.`;
    const scenario = withHistory(
      {
        ...s,
        model: { parameters: plan.parameters },
        training: { ...s.training, tokens: plan.tokens, epochs: 1 },
      },
      { id: 'compute-optimal', label: 'Compute-optimal sizing', detail: summary },
    );
    const assumptions = [
      o.rule === 'twenty-tokens'
        ? `≈ ${TOKENS_PER_PARAMETER} tokens per parameter (Hoffmann et al. 2022, Table 3); losses from ${hoffmannFit.source}.`
        : `N_opt, D_opt and L(N, D) = E + A/N^α + B/D^β from ${fit.source}.`,
      "Budget C = 6·N·D with all parameters counted, as the fits are defined; the engine's own FLOP count may add attention and recomputation.",
      "Predicted loss is the fit's pre-training loss on its data distribution: a guide to relative quality, not a benchmark score.",
      ...(s.model.architecture
        ? [
            'The architecture is replaced by a parameter count; the engine uses a typical decoder shape (L = h/128) for activations.',
          ]
        : []),
      'A compute-optimal model is larger per unit of quality than an over-trained one: serving cost (inference) is not part of this trade-off.',
    ];
    const details = [
      { label: 'Predicted loss before', value: lossBefore.toFixed(4) },
      { label: 'Predicted loss after', value: lossAfter.toFixed(4) },
      { label: 'Tokens per parameter', value: `${(d / n).toFixed(1)} → ${(plan.tokens / plan.parameters).toFixed(1)}` },
    ];
    return { scenario, summary, assumptions, extraRuns: [], details };
  },
};

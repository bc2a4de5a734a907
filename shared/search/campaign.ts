// NAS campaign budgeting: what running an architecture search itself costs —
// trials × cost per trial — for the common strategies, next to what the better
// architecture saves. Costs are in units of one full training run of a reference
// candidate ("trial"), scaled by the share of that run each strategy spends.
import { z } from 'zod';

export const campaignStrategyIds = ['random', 'bayesian', 'successive-halving', 'hyperband', 'one-shot'] as const;
export type CampaignStrategyId = (typeof campaignStrategyIds)[number];

export const campaignSchema = z.object({
  /** Architectures the search considers (random search and successive halving start from all of them). */
  configurations: z.number().int().min(1, 'configurations must be at least 1').max(1e7).default(100),
  /** Share of a full training run one proxy trial spends (short runs, smaller data). */
  trialFidelity: z
    .number()
    .gt(0, 'trial fidelity must be greater than 0')
    .max(1, 'trial fidelity must be at most 1')
    .default(0.02),
  /** Bayesian optimisation reaches the random-search result in this share of the trials. */
  bayesianTrialShare: z.number().gt(0).max(1).default(0.3),
  /** Successive halving / Hyperband: keep 1/eta of the configurations per rung. */
  eta: z.number().int().min(2, 'eta must be at least 2').max(100).default(3),
  /** Hyperband: the smallest budget per trial, as a share of the full proxy budget. */
  minResourceShare: z
    .number()
    .gt(0)
    .max(1)
    .default(1 / 27),
  /** One-shot: training the weight-sharing supernet costs this many proxy trials at full fidelity. */
  supernetTrials: z.number().positive().max(1e4).default(2),
  /** Fully trained runs to confirm the winner (every strategy). */
  finalRuns: z.number().int().min(0).max(1e4).default(1),
});
export type CampaignSpec = z.output<typeof campaignSchema>;

/** Resources of one full training run of a typical candidate. */
export interface TrialResources {
  cost: number;
  gpuHours: number;
  energyKWh: number;
  co2eKg: number;
}

export interface CampaignEstimate {
  strategy: CampaignStrategyId;
  label: string;
  /** Trials started and their summed budget, in full-training-run equivalents. */
  trials: number;
  fullRunEquivalents: number;
  cost: number;
  gpuHours: number;
  energyKWh: number;
  co2eKg: number;
  /** Savings from the better plan minus the campaign cost; positive = the search pays for itself. */
  netSaving: number;
  /** Runs of the better plan needed before the savings repay the campaign. */
  breakEvenRuns: number;
  formula: string;
  source: string;
}

/** Successive halving budget (Jamieson & Talwalkar 2016): rungs of n/η^k configs at r·η^k each, in proxy-trial units. */
export const successiveHalvingBudget = (
  configurations: number,
  eta: number,
  minShare: number,
): { trials: number; budget: number } => {
  let n = configurations;
  let r = minShare;
  let trials = 0;
  let budget = 0;
  while (n >= 1 && r <= 1 + 1e-12) {
    trials += n;
    budget += n * r;
    // The rung at the full budget is the last: its survivor is the answer.
    if (n === 1 || r >= 1 - 1e-12) break;
    n = Math.floor(n / eta);
    r = Math.min(1, r * eta);
  }
  return { trials, budget };
};

/** Hyperband (Li et al. 2018): s_max + 1 brackets of successive halving with n = ⌈(s_max+1)/(s+1)·η^s⌉, r = η^−s. */
export const hyperbandBudget = (eta: number, minShare: number): { trials: number; budget: number } => {
  const sMax = Math.floor(Math.log(1 / minShare) / Math.log(eta) + 1e-9);
  let trials = 0;
  let budget = 0;
  for (let s = sMax; s >= 0; s--) {
    const n = Math.ceil(((sMax + 1) / (s + 1)) * eta ** s);
    const b = successiveHalvingBudget(n, eta, eta ** -s);
    trials += b.trials;
    budget += b.budget;
  }
  return { trials, budget };
};

const strategyRuns = (
  s: CampaignSpec,
): {
  id: CampaignStrategyId;
  label: string;
  trials: number;
  proxyBudget: number;
  formula: string;
  source: string;
}[] => {
  const sh = successiveHalvingBudget(s.configurations, s.eta, s.minResourceShare);
  const hb = hyperbandBudget(s.eta, s.minResourceShare);
  const bo = Math.max(1, Math.ceil(s.configurations * s.bayesianTrialShare));
  return [
    {
      id: 'random',
      label: 'Random search',
      trials: s.configurations,
      proxyBudget: s.configurations,
      formula: 'configurations × proxy trial',
      source: 'Bergstra & Bengio 2012, "Random Search for Hyper-Parameter Optimization"',
    },
    {
      id: 'bayesian',
      label: 'Bayesian optimisation',
      trials: bo,
      proxyBudget: bo,
      formula: 'configurations × trial share × proxy trial',
      source: 'Snoek et al. 2012; share of random-search trials to match its result is an assumption (default 0.3)',
    },
    {
      id: 'successive-halving',
      label: 'Successive halving',
      trials: sh.trials,
      proxyBudget: sh.budget,
      formula: 'Σ_k ⌊n/η^k⌋ · r·η^k',
      source: 'Jamieson & Talwalkar 2016, "Non-stochastic Best Arm Identification and Hyperparameter Optimization"',
    },
    {
      id: 'hyperband',
      label: 'Hyperband',
      trials: hb.trials,
      proxyBudget: hb.budget,
      formula: 'Σ_brackets successive halving (n = ⌈(s_max+1)/(s+1)·η^s⌉, r = η^−s)',
      source: 'Li et al. 2018, "Hyperband: A Novel Bandit-Based Approach to Hyperparameter Optimization"',
    },
    {
      id: 'one-shot',
      label: 'One-shot weight sharing',
      trials: 1,
      proxyBudget: s.supernetTrials,
      formula: 'supernet ≈ k proxy trials; sub-networks are scored without training',
      source:
        'Pham et al. 2018 (ENAS); Cai et al. 2020 (Once-for-All): supernet training costs a few single-model trainings',
    },
  ];
};

/**
 * Each strategy's campaign: proxy budget × trial fidelity + final full runs, in
 * full-run equivalents × one run's resources; net saving = savings per run × runs − campaign cost.
 */
export const estimateCampaigns = (
  spec: CampaignSpec,
  trial: TrialResources,
  savingPerRun: number,
  runs = 1,
): CampaignEstimate[] =>
  strategyRuns(spec).map((r) => {
    const equivalents = r.proxyBudget * spec.trialFidelity + spec.finalRuns;
    const cost = equivalents * trial.cost;
    return {
      strategy: r.id,
      label: r.label,
      trials: r.trials,
      fullRunEquivalents: equivalents,
      cost,
      gpuHours: equivalents * trial.gpuHours,
      energyKWh: equivalents * trial.energyKWh,
      co2eKg: equivalents * trial.co2eKg,
      netSaving: savingPerRun * runs - cost,
      breakEvenRuns: savingPerRun > 0 ? cost / savingPerRun : Infinity,
      formula: `(${r.formula}) × trial fidelity ${spec.trialFidelity} + ${spec.finalRuns} full run(s)`,
      source: r.source,
    };
  });

// NAS campaign budgeting next to what the search found: each strategy's cost against
// the saving of the chosen plan over the baseline scenario (same currency only).
import {
  campaignSchema,
  estimateCampaigns,
  type CampaignEstimate,
  type CampaignSpec,
} from '../../shared/search/campaign';
import type { CandidateResult } from '../../shared/search/candidate';
import type { Estimate } from '../../shared/engine/types';

export interface CampaignInputs {
  configurations: number;
  trialFidelity: number;
  eta: number;
  finalRuns: number;
  /** How many times the chosen plan will be trained (savings recur per run). */
  runs: number;
}

export const defaultCampaignInputs = (): CampaignInputs => {
  const d = campaignSchema.parse({});
  return {
    configurations: d.configurations,
    trialFidelity: d.trialFidelity,
    eta: d.eta,
    finalRuns: d.finalRuns,
    runs: 1,
  };
};

export type CampaignCheck = { ok: true; spec: CampaignSpec } | { ok: false; field: string; message: string };

export const checkCampaign = (inputs: CampaignInputs): CampaignCheck => {
  const { runs: _runs, ...fields } = inputs;
  const parsed = campaignSchema.safeParse(fields);
  if (parsed.success) return { ok: true, spec: parsed.data };
  const issue = parsed.error.issues[0]!;
  return { ok: false, field: String(issue.path[0] ?? ''), message: issue.message };
};

export interface CampaignComparison {
  /** Baseline scenario cost − plan cost, per training run; null when not comparable. */
  savingPerRun: number | null;
  why: string | null;
  rows: CampaignEstimate[];
}

/** One "trial" = a full training run of the chosen plan; the saving compares it with the baseline's estimate. */
export const compareCampaigns = (
  plan: CandidateResult,
  baseline: Estimate | undefined,
  currency: string,
  spec: CampaignSpec,
  runs: number,
): CampaignComparison => {
  const trial = { cost: plan.cost, gpuHours: plan.gpuHours, energyKWh: plan.energyKWh, co2eKg: plan.co2eKg };
  let why: string | null = null;
  if (!baseline) why = 'The baseline scenario has no estimate yet, so the saving is unknown.';
  else if (baseline.cost.currency !== currency)
    why = `The baseline is costed in ${baseline.cost.currency} and the search in ${currency}; set one project currency to compare.`;
  const savingPerRun = why === null && baseline ? baseline.cost.total - plan.cost : null;
  return { savingPerRun, why, rows: estimateCampaigns(spec, trial, savingPerRun ?? 0, runs) };
};

// A saved search as the reports show it: what it looked for, under which limits,
// and what it found. The export runs the search; this file only describes it.
import type { CandidateResult, LimitUse } from '../search/candidate';
import type { SearchResult } from '../search/run-search';
import type { SearchGoal, SearchLimits, SearchSpec } from '../search/spec';
import { formatMoney, formatNumber, formatScientific, formatSignificant } from './format';
import { formatCo2, formatDuration, formatEnergy, formatPercent } from './units';

export interface SearchReport {
  id: string;
  name: string;
  /** Absent when the saved spec is invalid (see `error`). */
  spec?: SearchSpec;
  /** Currency of the candidates' costs (the search base's pricing currency). */
  currency: string;
  /** Candidates the export evaluated at most; the spec may allow more. */
  maxCandidates: number;
  /** Whether the export's cap is below the spec's own. */
  capped: boolean;
  result?: SearchResult;
  /** Why the saved search could not run, naming the field. */
  error?: string;
}

export const goalText = (goal: SearchGoal, spec: SearchSpec, currency: string): string => {
  switch (goal.kind) {
    case 'target-loss':
      return `Reach a predicted loss of ${goal.loss} (${spec.lossFit} scaling-law fit)`;
    case 'parameters':
      return `A model of about ${formatScientific(goal.parameters)} parameters (±${formatPercent(goal.tolerance, 0)}) trained on ${spec.space.tokensPerParameter.join(' or ')} tokens per parameter`;
    case 'compute':
      return `Spend ${formatScientific(goal.flops)} training FLOPs (C = 6·N·D) for the lowest predicted loss`;
    case 'cost-budget':
      return `Spend ${formatMoney(goal.amount, currency)} for the lowest predicted loss`;
    case 'energy-budget':
      return `Spend ${formatEnergy(goal.kWh)} for the lowest predicted loss`;
    case 'time-budget':
      return `Train for ${formatDuration(goal.hours)} for the lowest predicted loss`;
  }
};

export const limitsText = (l: SearchLimits, currency: string): string[] => [
  ...(l.maxCost !== undefined ? [`cost at most ${formatMoney(l.maxCost, currency)}`] : []),
  ...(l.deadlineHours !== undefined ? [`finished within ${formatDuration(l.deadlineHours)}`] : []),
  ...(l.maxGpus !== undefined ? [`at most ${formatNumber(l.maxGpus)} GPUs`] : []),
  ...(l.maxCo2eKg !== undefined ? [`at most ${formatCo2(l.maxCo2eKg)}`] : []),
  ...(l.maxEnergyKWh !== undefined ? [`at most ${formatEnergy(l.maxEnergyKWh)}`] : []),
  l.memoryMustFit ? 'memory per GPU must fit' : 'memory fit not required',
  ...(l.allowedGpus ? [`GPUs: ${l.allowedGpus.join(', ')}`] : []),
  ...(l.allowedRegions ? [`regions: ${l.allowedRegions.join(', ')}`] : []),
];

const limitNames: Record<LimitUse['limit'], string> = {
  memory: 'memory',
  maxGpus: 'GPU count',
  deadline: 'deadline',
  maxCost: 'money',
  maxEnergyKWh: 'energy',
  maxCo2eKg: 'CO₂e',
};

/** "memory 93%": the limit closest to binding and how much of it the plan uses. */
export const bindingText = (c: CandidateResult): string =>
  c.binding ? `${limitNames[c.binding.limit]} ${formatPercent(c.binding.share, 0)}` : '—';

export const shapeText = (c: CandidateResult): string => {
  const a = c.architecture;
  return `${a.layers} × ${formatNumber(a.hidden)}, ${a.heads} heads${a.kvHeads !== undefined && a.kvHeads !== a.heads ? ` (${a.kvHeads} KV)` : ''}`;
};

export const planText = (c: CandidateResult): string =>
  `${formatNumber(c.gpuCount)} × ${c.gpu} (t${c.tensorParallel} p${c.pipelineParallel} d${formatNumber(c.dataParallel)}), ${c.precision}, ZeRO ${c.zeroStage}, recompute ${c.recompute}, ${c.region}`;

/** One sentence for the best candidate: size, shape, tokens, hardware and results. */
export const candidateSentence = (c: CandidateResult, currency: string): string =>
  `${formatScientific(c.parameters)} parameters (${shapeText(c)}) on ${formatScientific(c.tokens)} tokens, ${planText(c)}: ` +
  `loss ${formatSignificant(c.loss, 4)}, ${formatMoney(c.cost, currency)}, ${formatDuration(c.wallClockHours)}, ${formatEnergy(c.energyKWh)}, ${formatCo2(c.co2eKg)}.`;

export const countsText = (r: SearchResult): string =>
  `Evaluated ${formatNumber(r.evaluated)} of ${formatNumber(r.spaceSize)} candidate plans${r.sampled ? ' (a seeded random sample)' : ''}${r.cancelled ? ', cancelled' : ''}; ` +
  `${formatNumber(r.feasible)} feasible, ${formatNumber(r.evaluated - r.feasible)} rejected.`;

export const chinchillaText = (r: SearchResult): string | undefined => {
  const c = r.chinchilla;
  if (!c) return undefined;
  return (
    `The lowest-loss plan spends ${formatScientific(c.flops)} FLOPs on ${formatScientific(c.parameters)} parameters and ${formatScientific(c.tokens)} tokens. ` +
    `For that compute Hoffmann et al. (2022) put the loss-optimal size at ${formatScientific(c.hoffmannParameters)} parameters on ${formatScientific(c.hoffmannTokens)} tokens ` +
    `(found ÷ optimum = ${formatNumber(c.ratioToHoffmann, 2)}${c.fit !== 'hoffmann' ? `; under the ${c.fit} fit ${formatNumber(c.ratioToFitOptimum, 2)}` : ''}). ` +
    'A ratio far from 1 means the space does not reach the compute-optimal size.'
  );
};

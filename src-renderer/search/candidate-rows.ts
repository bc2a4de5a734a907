// The top-k / frontier table: filtering, sorting, and which limit binds, in words.
import type { CandidateResult, LimitUse } from '../../shared/search/candidate';

export interface CandidateFilter {
  gpus: string[];
  regions: string[];
  precisions: string[];
}

export const emptyFilter = (): CandidateFilter => ({ gpus: [], regions: [], precisions: [] });

/** An empty list means "any". */
export const matchesFilter =
  (f: CandidateFilter) =>
  (c: CandidateResult): boolean =>
    (f.gpus.length === 0 || f.gpus.includes(c.gpu)) &&
    (f.regions.length === 0 || f.regions.includes(c.region)) &&
    (f.precisions.length === 0 || f.precisions.includes(c.precision));

export const sortKeys = ['rank', 'parameters', 'loss', 'cost', 'time', 'energy', 'co2', 'gpuCount', 'binding'] as const;
export type CandidateSortKey = (typeof sortKeys)[number];

const sortValue: Record<Exclude<CandidateSortKey, 'rank'>, (c: CandidateResult) => number> = {
  parameters: (c) => c.parameters,
  loss: (c) => c.loss,
  cost: (c) => c.cost,
  time: (c) => c.wallClockHours,
  energy: (c) => c.energyKWh,
  co2: (c) => c.co2eKg,
  gpuCount: (c) => c.gpuCount,
  binding: (c) => c.binding?.share ?? 0,
};

export interface CandidateRow {
  rank: number;
  candidate: CandidateResult;
}

/** Rank = position in the engine's order; sorting never loses it. Ties keep that order. */
export const sortCandidates = (
  list: readonly CandidateResult[],
  key: CandidateSortKey,
  descending: boolean,
): CandidateRow[] => {
  const rows = list.map((candidate, i) => ({ rank: i + 1, candidate }));
  if (key === 'rank') return descending ? rows.reverse() : rows;
  const value = sortValue[key];
  const sign = descending ? -1 : 1;
  return rows.sort((a, b) => sign * (value(a.candidate) - value(b.candidate)) || a.rank - b.rank);
};

const limitNames: Record<LimitUse['limit'], string> = {
  memory: 'GPU memory',
  maxGpus: 'GPU count',
  deadline: 'Deadline',
  maxCost: 'Money',
  maxEnergyKWh: 'Energy',
  maxCo2eKg: 'CO₂e',
};

/** "Deadline 98 %" — the limit closest to binding and how much of it the plan uses. */
export const bindingText = (c: CandidateResult, locale: string): string => {
  if (!c.binding) return 'no limit set';
  const share = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(c.binding.share);
  return `${limitNames[c.binding.limit]} ${share}`;
};

/** At ≥ 95 % of a limit the plan has no room left: the limit binds. */
export const binds = (c: CandidateResult): boolean => (c.binding?.share ?? 0) >= 0.95;

/** "16 × 5120, 40 heads (8 KV)" */
export const shapeText = (c: CandidateResult): string => {
  const a = c.architecture;
  const kv = a.kvHeads !== undefined && a.kvHeads !== a.heads ? ` (${a.kvHeads} KV)` : '';
  return `${a.layers} × ${a.hidden}, ${a.heads} heads${kv}${a.gatedFfn ? ', gated FFN' : ''}`;
};

/** "TP 8 · PP 4 · DP 16 · ZeRO 1 · recompute selective · micro-batch 2" */
export const planText = (c: CandidateResult): string =>
  `TP ${c.tensorParallel} · PP ${c.pipelineParallel} · DP ${c.dataParallel} · ZeRO ${c.zeroStage} · recompute ${c.recompute} · micro-batch ${c.microBatch}`;

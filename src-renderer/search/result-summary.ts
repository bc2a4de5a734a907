// Sentences about a search result: what was searched, what was rejected and why, and
// whether the lowest-loss plan sits near the compute-optimal (Chinchilla) size.
import type { SearchResult } from '../../shared/search/run-search';
import { formatInteger, formatNumber } from '../lib/format';

export const coverageText = (r: SearchResult, locale: string): string => {
  const n = (v: number) => formatInteger(v, locale);
  const how = r.cancelled
    ? `Cancelled after ${n(r.evaluated)} of ${n(r.planned)} planned candidates`
    : r.sampled
      ? `Evaluated a seeded sample of ${n(r.evaluated)} of ${n(r.spaceSize)} candidates`
      : `Evaluated all ${n(r.evaluated)} candidates`;
  return `${how}: ${n(r.feasible)} feasible, ${n(r.frontier.length)} on the Pareto frontier (${r.frontierObjectives.join(', ')}).`;
};

export interface RejectedRow {
  reason: string;
  count: number;
  share: number;
}

export const rejectedRows = (r: SearchResult): RejectedRow[] =>
  Object.entries(r.rejected)
    .map(([reason, count]) => ({ reason, count, share: r.evaluated > 0 ? count / r.evaluated : 0 }))
    .sort((a, b) => b.count - a.count);

/** Within ±30 % of the optimum size counts as "near"; loss is flat around it (Hoffmann et al. 2022, fig. 3). */
export const chinchillaText = (r: SearchResult, locale: string): string | null => {
  const c = r.chinchilla;
  if (!c) return null;
  const ratio = c.ratioToHoffmann;
  const verdict =
    ratio > 0.7 && ratio < 1.3
      ? 'near the compute-optimal size'
      : ratio < 1
        ? 'smaller than compute-optimal (more tokens per parameter)'
        : 'larger than compute-optimal (fewer tokens per parameter)';
  return (
    `The lowest-loss plan (${formatNumber(c.parameters, locale)} parameters, ${formatNumber(c.tokens, locale)} tokens, ${formatNumber(c.flops, locale)} FLOPs) is ${formatNumber(ratio, locale, 2)}× ` +
    `the Hoffmann optimum of ${formatNumber(c.hoffmannParameters, locale)} parameters for that compute: ${verdict}.`
  );
};

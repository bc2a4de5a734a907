// Which scenario the brief recommends, and why, in sentences a budget holder reads.
import type { Estimate } from '../engine/types';
import type { Scenario } from '../schema/scenario';
import type { Recommendation } from './types';
import { formatMoney } from './format';
import { formatPercent } from './units';

export interface Candidate {
  scenario: Scenario;
  estimate: Estimate;
  cost: number;
}

const meetsDeadline = (c: Candidate): boolean =>
  c.scenario.hardware.deadlineHours === undefined || c.estimate.wallClockHours <= c.scenario.hardware.deadlineHours;

const feasible = (c: Candidate): boolean => c.estimate.memoryPerGpuBytes.fits && meetsDeadline(c);

/** Costs within half a percent count as equal; then the lower CO2e wins. */
const better = (a: Candidate, b: Candidate): boolean => {
  const close = Math.abs(a.cost - b.cost) <= 0.005 * Math.max(a.cost, b.cost);
  return close ? a.estimate.co2eKg < b.estimate.co2eKg : a.cost < b.cost;
};

export const recommend = (candidates: Candidate[], baselineId: string, currency: string): Recommendation => {
  const ok = candidates.filter(feasible);
  const excluded = candidates.length - ok.length;
  if (ok.length === 0) {
    return {
      scenarioId: null,
      reasons: ['No scenario both fits in GPU memory and meets its deadline; none can be recommended as it stands.'],
    };
  }
  const best = ok.reduce((a, b) => (better(b, a) ? b : a));
  const reasons = [
    ok.length === 1
      ? `It is the only scenario that fits in GPU memory${excluded > 0 ? ' and meets its deadline' : ''}.`
      : `Lowest cost (${formatMoney(best.cost, currency)}) of the ${ok.length} scenarios that fit in GPU memory and meet their deadline.`,
  ];
  if (excluded > 0)
    reasons.push(
      `${excluded} scenario${excluded === 1 ? '' : 's'} excluded: memory does not fit or the deadline is missed.`,
    );
  const baseline = candidates.find((c) => c.scenario.id === baselineId);
  if (baseline && baseline !== best && baseline.cost > 0) {
    const saved = baseline.cost - best.cost;
    const verb = saved >= 0 ? 'saves' : 'costs';
    reasons.push(
      `Against the baseline "${baseline.scenario.name}" it ${verb} ${formatMoney(Math.abs(saved), currency)} (${formatPercent(Math.abs(saved) / baseline.cost)})${saved < 0 ? ' more' : ''}.`,
    );
  } else if (baseline === best) {
    reasons.push('It is the baseline: no alternative does better.');
  }
  const warnings = best.estimate.warnings;
  // One warning keeps the summary on one page; the detail page lists them all.
  if (warnings.length > 0)
    reasons.push(
      `Check before approval: ${warnings[0]}${warnings.length > 1 ? ` (${warnings.length - 1} more on the scenario page)` : ''}`,
    );
  return { scenarioId: best.scenario.id, reasons };
};

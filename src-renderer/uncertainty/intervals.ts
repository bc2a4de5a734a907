// Headline metrics ↔ uncertainty outputs, and the "80% interval" text under a figure.
import type { OutputRanges } from '../../shared/uncertainty/monte-carlo';
import type { OutputId } from '../../shared/uncertainty/response';
import type { Metric } from '../results/metrics';

/** The GPU count has no range: uncertainty lengthens the run instead (see the assumptions). */
export const outputOfMetric: Readonly<Record<string, OutputId>> = {
  wallClock: 'wallClockHours',
  gpuHours: 'gpuHours',
  energy: 'energyKWh',
  co2: 'co2eKg',
  cost: 'cost',
};

/** A unit written after the number ("… MWh", "… t CO₂e", "… days"): said once, at the end. */
const trailingUnit = /^(.*\d)(\s+\D+)$/;
const shareUnit = (low: string, high: string): string => {
  const a = trailingUnit.exec(low),
    b = trailingUnit.exec(high);
  return a && b && a[2] === b[2] ? `${a[1]} – ${high}` : `${low} – ${high}`;
};

/** "€1.9M – €3.1M", "48.1 – 87.9 MWh": P10 to P90 in the metric's own format; null when the metric has no range. */
export const intervalText = (
  metric: Pick<Metric, 'id' | 'format'>,
  range: OutputRanges,
  locale: string,
  currency: string,
): string | null => {
  const output = outputOfMetric[metric.id];
  if (!output) return null;
  const { p10, p90 } = range[output];
  const low = metric.format(p10, locale, currency),
    high = metric.format(p90, locale, currency);
  // "30.4 – 30.4 days" reads like a typo: a range too narrow to show says so.
  return low === high ? `${low} (no spread)` : shareUnit(low, high);
};

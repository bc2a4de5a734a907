// Summary statistics of an accuracy report: how far predictions land from published figures.

export interface AccuracySummary {
  rows: number;
  /** Rows with a prediction (the engine ran). */
  compared: number;
  failed: number;
  medianAbsErrorPct: number | null;
  maxAbsErrorPct: number | null;
  /** Share (0–1) of compared rows within ±10 % / ±25 % of the published figure. */
  within10Pct: number | null;
  within25Pct: number | null;
}

/** Signed relative error in percent: (predicted − published) ÷ published × 100. */
export const errorPct = (published: number, predicted: number): number => ((predicted - published) / published) * 100;

export const median = (values: number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

export const summarize = (errors: (number | null)[]): AccuracySummary => {
  const abs = errors.filter((e): e is number => e !== null).map(Math.abs);
  const share = (limit: number) => (abs.length === 0 ? null : abs.filter((e) => e <= limit).length / abs.length);
  return {
    rows: errors.length,
    compared: abs.length,
    failed: errors.length - abs.length,
    medianAbsErrorPct: median(abs),
    maxAbsErrorPct: abs.length === 0 ? null : Math.max(...abs),
    within10Pct: share(10),
    within25Pct: share(25),
  };
};

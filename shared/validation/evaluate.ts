// Runs each comparison's scenarios through an estimator and turns the result into report rows.
// An engine error does not stop the report: the row shows it, so a gap is visible, not hidden.
import type { Catalog } from '../catalog/types';
import type { Scenario } from '../schema/scenario';
import type { Estimate } from '../engine/types';
import type { Comparison, PublishedFigure } from './comparison';
import { errorPct, summarize, type AccuracySummary } from './summary';

export interface AccuracyRow extends PublishedFigure {
  /** null when the engine could not estimate the scenario (see `note`). */
  predicted: number | null;
  errorPct: number | null;
  note: string;
}

export interface AccuracyReport {
  rows: AccuracyRow[];
  summary: AccuracySummary;
  catalogDate: string;
}

export type Estimator = (scenario: Scenario, catalog: Catalog) => Estimate;

const describe = (err: unknown) => (err instanceof Error ? `${err.name}: ${err.message}` : String(err));

export const evaluateComparison = (c: Comparison, catalog: Catalog, estimate: Estimator): AccuracyRow => {
  const row = {
    id: c.id,
    label: c.label,
    group: c.group,
    quantity: c.quantity,
    unit: c.unit,
    published: c.published,
    source: c.source,
  };
  try {
    const predicted = c.predict(c.scenarios.map((s) => estimate(s, catalog)));
    if (!Number.isFinite(predicted))
      return { ...row, predicted: null, errorPct: null, note: `${c.note}; the engine returned ${String(predicted)}` };
    return { ...row, predicted, errorPct: errorPct(c.published, predicted), note: c.note };
  } catch (err) {
    return { ...row, predicted: null, errorPct: null, note: `${c.note}; engine error: ${describe(err)}` };
  }
};

export const evaluateComparisons = (
  comparisons: Comparison[],
  catalog: Catalog,
  estimate: Estimator,
): AccuracyReport => {
  const rows = comparisons.map((c) => evaluateComparison(c, catalog, estimate));
  return { rows, summary: summarize(rows.map((r) => r.errorPct)), catalogDate: catalog.date };
};

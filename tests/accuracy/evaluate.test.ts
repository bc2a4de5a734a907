// Comparison bookkeeping with hand-made estimators: errors, engine failures and the summary.
import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../shared/catalog';
import { evaluateComparisons } from '../../shared/validation/evaluate';
import { errorPct, median, summarize } from '../../shared/validation/summary';
import { gpt3Comparisons } from '../../shared/validation/comparisons/training';
import type { Estimate } from '../../shared/engine/types';
import type { Scenario } from '../../shared/schema/scenario';

// Fills only what the GPT-3 comparisons read; the rest of an Estimate is irrelevant to them.
const flopsOnly = (f: (s: Scenario) => number) => (s: Scenario) => ({ trainingFlops: f(s) }) as unknown as Estimate;

describe('evaluateComparisons', () => {
  const comparisons = gpt3Comparisons().slice(0, 3);

  it("takes the error from the estimator's figure", () => {
    const report = evaluateComparisons(
      comparisons,
      defaultCatalog,
      flopsOnly((s) => 1.1 * 6 * (s.model.parameters ?? 0) * (s.training.tokens ?? 0)),
    );
    for (const [i, r] of report.rows.entries()) {
      const published = comparisons[i]!.published;
      expect(r.predicted).toBeCloseTo(1.1 * 6 * 300e9 * [125e6, 356e6, 760e6][i]!, -10);
      expect(r.errorPct).toBeCloseTo(errorPct(published, r.predicted!), 12);
    }
    expect(report.rows[0]!.errorPct).toBeCloseTo(10, 9);
  });

  it('keeps a failed estimate as a row with the error in its note', () => {
    const report = evaluateComparisons(comparisons, defaultCatalog, () => {
      throw new Error('unknown GPU "v100-32gb"');
    });
    expect(report.rows.every((r) => r.predicted === null && r.errorPct === null)).toBe(true);
    expect(report.rows[0]!.note).toContain('engine error: Error: unknown GPU "v100-32gb"');
    expect(report.summary).toMatchObject({ rows: 3, compared: 0, failed: 3, medianAbsErrorPct: null });
  });

  it('treats a non-finite prediction as a failure, not a number', () => {
    const report = evaluateComparisons(
      comparisons,
      defaultCatalog,
      flopsOnly(() => Number.NaN),
    );
    expect(report.rows[0]).toMatchObject({ predicted: null, errorPct: null });
    expect(report.rows[0]!.note).toContain('the engine returned NaN');
  });
});

describe('summary statistics', () => {
  it('signed error relative to the published figure', () => {
    expect(errorPct(200, 150)).toBe(-25);
    expect(errorPct(4, 5)).toBe(25);
  });
  it('median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
  it('shares within ±10 % and ±25 %, ignoring failed rows', () => {
    const s = summarize([-5, 12, null, -30, 25]);
    expect(s).toEqual({
      rows: 5,
      compared: 4,
      failed: 1,
      medianAbsErrorPct: 18.5,
      maxAbsErrorPct: 30,
      within10Pct: 0.25,
      within25Pct: 0.75,
    });
  });
});

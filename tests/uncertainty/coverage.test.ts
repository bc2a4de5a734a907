// How many published runs fall inside the default P10–P90 interval. The ranges were
// set from their sources (default-ranges.ts), not fitted to these runs.
import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../shared/catalog';
import { rangeCoverage } from '../../shared/uncertainty/coverage';
import { llama2Runs } from '../../shared/validation/published-runs';

describe('published runs inside the default 80% interval', () => {
  const report = rangeCoverage(defaultCatalog);

  it('covers the Llama 2 GPU-hours and emissions and the H200 measured hours', () => {
    const ids = report.rows.map((r) => r.id);
    for (const run of llama2Runs) {
      expect(ids).toContain(`${run.id}-gpu-hours`);
      expect(ids).toContain(`${run.id}-co2e`);
    }
    expect(ids.filter((id) => id.startsWith('h200-')).length).toBeGreaterThanOrEqual(6);
    // Derived figures (ratios, the article's own arithmetic) are left out.
    expect(ids.some((id) => id.startsWith('article-') || id.includes('full-vs-selective'))).toBe(false);
  });

  it('counts a run inside exactly when P10 ≤ published ≤ P90', () => {
    for (const row of report.rows) {
      expect(row.p10).toBeLessThan(row.p90);
      expect(row.inside).toBe(row.published >= row.p10 && row.published <= row.p90);
    }
    expect(report.inside).toBe(report.rows.filter((r) => r.inside).length);
  });

  it('meets the 8-in-10 target', () => {
    expect(report.inside / report.total).toBeGreaterThanOrEqual(report.target);
  });
});

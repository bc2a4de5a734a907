import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../shared/catalog';
import { SeededPermutation } from '../../shared/search/permutation';
import { parseSearchSpec, runSearch, SearchRun } from '../../shared/search/run-search';
import { runSearchTask } from '../../src-main/search/search-task';
import { smallSpec } from './small-space';

describe('determinism and cancellation', () => {
  it('the same spec gives the same result, exhaustive or sampled', () => {
    expect(JSON.stringify(runSearch(smallSpec(), defaultCatalog))).toBe(
      JSON.stringify(runSearch(smallSpec(), defaultCatalog)),
    );
    const sampled = smallSpec({ maxCandidates: 1_000, seed: 3 });
    const a = runSearch(sampled, defaultCatalog);
    expect(a.sampled).toBe(true);
    expect(a.evaluated).toBe(1_000);
    expect(JSON.stringify(runSearch(sampled, defaultCatalog))).toBe(JSON.stringify(a));
    expect(JSON.stringify(runSearch({ ...sampled, seed: 4 }, defaultCatalog))).not.toBe(JSON.stringify(a));
  });

  it('the sample permutation visits each candidate once', () => {
    for (const n of [1, 2, 7, 1000, 4097]) {
      const p = new SeededPermutation(n, 11);
      const seen = new Set<number>();
      for (let i = 0; i < n; i++) seen.add(p.at(i));
      expect(seen.size).toBe(n);
      expect(Math.max(...seen)).toBe(n - 1);
    }
  });

  it('step-wise runs equal one-shot runs whatever the chunk size', () => {
    const spec = parseSearchSpec(smallSpec());
    const run = new SearchRun(spec, defaultCatalog);
    while (!run.done) run.step(777);
    expect(JSON.stringify(run.result())).toBe(JSON.stringify(runSearch(smallSpec(), defaultCatalog)));
  });

  it('cancels between chunks and returns the partial result, marked cancelled', () => {
    let chunks = 0;
    const result = runSearchTask(
      { spec: { goal: { kind: 'compute', flops: 1e22 } } },
      {
        onProgress: () => {
          chunks++;
        },
        isCancelled: () => chunks >= 2,
      },
    );
    expect(result.cancelled).toBe(true);
    expect(result.evaluated).toBe(2 * 65_536);
    expect(result.evaluated).toBeLessThan(result.planned);
  });
});

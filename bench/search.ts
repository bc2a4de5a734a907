// Search benchmark (issue 7): candidates evaluated per second on one core by the
// hot loop alone, and the wall time of the default search (≥ 1,000,000 candidates).
import { defaultCatalog } from '../shared/catalog/index';
import { compileSearch } from '../shared/search/compile';
import { CandidateEvaluator } from '../shared/search/evaluator';
import { METRIC_COUNT } from '../shared/search/metrics';
import { SeededPermutation } from '../shared/search/permutation';
import { parseSearchSpec, SearchRun } from '../shared/search/run-search';
import type { SearchSpecInput } from '../shared/search/spec';

export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  target: string;
  ok: boolean;
}

/** The default search: the spec's default space under a compute goal (the Chinchilla question). */
export const DEFAULT_SEARCH: SearchSpecInput = { goal: { kind: 'compute', flops: 1e23 } };

/** The hot loop alone over the default space: in enumeration order (odometer), or decoding ids in a random order. */
const evaluatorRate = (randomOrder: boolean): number => {
  const compiled = compileSearch(parseSearchSpec(DEFAULT_SEARCH), defaultCatalog);
  const ev = new CandidateEvaluator(compiled);
  const order = new SeededPermutation(compiled.total, 1);
  const out = new Float64Array(METRIC_COUNT);
  let sink = 0;
  const pass = (n: number) => {
    ev.decode(0);
    for (let i = 0; i < n; i++) {
      if (randomOrder) sink += ev.evaluate(order.at(i), out);
      else {
        sink += ev.evaluateDigits(out);
        ev.advance();
      }
    }
  };
  const n = Math.min(compiled.total, 2_000_000);
  pass(200_000); // warm-up (JIT)
  const t0 = performance.now();
  pass(n);
  const seconds = (performance.now() - t0) / 1000;
  if (sink < 0) console.log(sink);
  return n / seconds;
};

const defaultSearch = (): { seconds: number; candidates: number } => {
  const t0 = performance.now();
  const run = new SearchRun(parseSearchSpec(DEFAULT_SEARCH), defaultCatalog);
  while (!run.done) run.step(1 << 16);
  run.result();
  return { seconds: (performance.now() - t0) / 1000, candidates: run.planned };
};

export const benchSearch = (): BenchRow[] => {
  const rate = evaluatorRate(false);
  const sampledRate = evaluatorRate(true);
  defaultSearch(); // warm-up (JIT)
  const { seconds, candidates } = defaultSearch();
  return [
    {
      name: 'search: candidates evaluated per second (one core)',
      value: rate,
      unit: '/s',
      target: '≥ 1,000,000/s',
      ok: rate >= 1e6,
    },
    {
      name: 'search: candidates per second, sampled (random order)',
      value: sampledRate,
      unit: '/s',
      target: '≥ 1,000,000/s',
      ok: sampledRate >= 1e6,
    },
    {
      name: 'search: default search candidates',
      value: candidates,
      unit: '',
      target: '≥ 1,000,000',
      ok: candidates >= 1e6,
    },
    {
      name: 'search: default search wall time (frontier, top-k, results)',
      value: seconds,
      unit: 's',
      target: '≤ 2 s',
      ok: seconds <= 2,
    },
  ];
};

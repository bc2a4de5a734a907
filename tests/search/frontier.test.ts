import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../shared/catalog';
import { describeCandidate, type CandidateResult } from '../../shared/search/candidate';
import { compileSearch } from '../../shared/search/compile';
import { ParetoFrontier } from '../../shared/search/frontier';
import { parseSearchSpec, runSearch } from '../../shared/search/run-search';
import { TopK } from '../../shared/search/top-k';
import { smallSpec } from './small-space';

/** Indices not weakly dominated by an earlier point nor strictly dominated by any. */
const bruteForceFrontier = (points: number[][]): number[] => {
  const le = (p: number[], q: number[]) => p.every((v, j) => v <= q[j]!);
  const eq = (p: number[], q: number[]) => p.every((v, j) => v === q[j]!);
  return points
    .map((_, i) => i)
    .filter((i) => points.every((q, k) => k === i || !(le(q, points[i]!) && (!eq(q, points[i]!) || k < i))));
};

describe('Pareto frontier', () => {
  it('equals brute force on random point sets (with ties)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 3, maxLength: 3 }), { maxLength: 80 }),
        (points) => {
          const f = new ParetoFrontier(3, 2);
          points.forEach((p, i) => f.offer(Float64Array.from(p), i));
          expect(f.candidateIds()).toEqual(bruteForceFrontier(points));
        },
      ),
      { numRuns: 300, seed: 42 },
    );
  });

  it('equals brute force over every candidate of a small search space', () => {
    const spec = parseSearchSpec(smallSpec());
    const compiled = compileSearch(spec, defaultCatalog);
    expect(compiled.total).toBeGreaterThan(5_000);
    const all: CandidateResult[] = [];
    for (let id = 0; id < compiled.total; id++) all.push(describeCandidate(compiled, id));
    const feasible = all.filter((c) => c.feasible);
    const values = feasible.map((c) => [c.loss, c.cost, c.wallClockHours, c.co2eKg].map(Math.fround));
    const expected = bruteForceFrontier(values).map((i) => feasible[i]!.id);
    const result = runSearch(spec, defaultCatalog);
    expect(result.feasible).toBe(feasible.length);
    expect(result.frontier.map((c) => c.id)).toEqual(expected);
    expect(result.frontier.length).toBeGreaterThan(3);
    // Top-k by cost equals sorting all feasible plans.
    const byCost = [...feasible]
      .sort((a, b) => a.cost - b.cost || a.id - b.id)
      .slice(0, 10)
      .map((c) => c.id);
    expect(result.top.map((c) => c.id)).toEqual(byCost);
  });
});

describe('top-k', () => {
  it('keeps the k smallest keys, ties to the earlier id', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 200 }),
        fc.integer({ min: 1, max: 12 }),
        (keys, k) => {
          const t = new TopK(k);
          keys.forEach((key, id) => t.offer(key, id));
          const expected = keys
            .map((key, id) => ({ key, id }))
            .sort((a, b) => a.key - b.key || a.id - b.id)
            .slice(0, k)
            .map((e) => e.id);
          expect(t.candidateIds()).toEqual(expected);
        },
      ),
      { numRuns: 300, seed: 7 },
    );
  });

  it('breaks equal keys by the tie-break key, then the earlier id', () => {
    const pair = fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 }));
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 200 }), fc.integer({ min: 1, max: 12 }), (entries, k) => {
        const t = new TopK(k);
        entries.forEach(([key, tie], id) => t.offer(key, id, tie));
        const expected = entries
          .map(([key, tie], id) => ({ key, tie, id }))
          .sort((a, b) => a.key - b.key || a.tie - b.tie || a.id - b.id)
          .slice(0, k)
          .map((e) => e.id);
        expect(t.candidateIds()).toEqual(expected);
      }),
      { numRuns: 300, seed: 11 },
    );
  });
});

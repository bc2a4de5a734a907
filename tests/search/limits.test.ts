import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../shared/catalog';
import { describeCandidate } from '../../shared/search/candidate';
import { compileSearch } from '../../shared/search/compile';
import { parseSearchSpec, runSearch } from '../../shared/search/run-search';
import type { SearchLimitsInput } from '../../shared/search/spec';
import { smallSpec } from './small-space';

interface LimitCase {
  name: string;
  limits: SearchLimitsInput;
  ok: (c: never) => boolean;
}

const limitCases: LimitCase[] = [
  { name: 'maxCost', limits: { maxCost: 80 }, ok: (c: { cost: number }) => c.cost <= 80 },
  { name: 'deadlineHours', limits: { deadlineHours: 3 }, ok: (c: { wallClockHours: number }) => c.wallClockHours <= 3 },
  { name: 'maxGpus', limits: { maxGpus: 16 }, ok: (c: { gpuCount: number }) => c.gpuCount <= 16 },
  { name: 'maxCo2eKg', limits: { maxCo2eKg: 3 }, ok: (c: { co2eKg: number }) => c.co2eKg <= 3 },
  { name: 'maxEnergyKWh', limits: { maxEnergyKWh: 20 }, ok: (c: { energyKWh: number }) => c.energyKWh <= 20 },
  {
    name: 'memoryMustFit',
    limits: {},
    ok: (c: { memoryPerGpuBytes: number; usableMemoryBytes: number }) => c.memoryPerGpuBytes <= c.usableMemoryBytes,
  },
  { name: 'allowedGpus', limits: { allowedGpus: ['h100-sxm'] }, ok: (c: { gpu: string }) => c.gpu === 'h100-sxm' },
  {
    name: 'allowedRegions',
    limits: { allowedRegions: ['france'] },
    ok: (c: { region: string }) => c.region === 'france',
  },
];

describe('every limit is honoured', () => {
  for (const lc of limitCases) {
    it(lc.name, () => {
      const spec = smallSpec({ limits: lc.limits });
      const result = runSearch(spec, defaultCatalog, { scatterSize: 10_000 });
      const shown = [...result.top, ...result.frontier, ...result.scatter];
      expect(shown.length).toBeGreaterThan(0);
      for (const c of shown) {
        expect(c.feasible).toBe(true);
        expect(lc.ok(c as never)).toBe(true);
      }
      // The feasible count equals a brute-force count of plans that meet every limit.
      const compiled = compileSearch(parseSearchSpec(spec), defaultCatalog);
      let feasible = 0;
      let violating = 0;
      for (let id = 0; id < compiled.total; id++) {
        const c = describeCandidate(compiled, id);
        if (c.feasible) feasible++;
        if (c.status !== 'invalid parallel layout' && c.status !== 'precision unsupported on GPU' && !lc.ok(c as never))
          violating++;
      }
      expect(result.feasible).toBe(feasible);
      if (lc.name !== 'allowedGpus' && lc.name !== 'allowedRegions') expect(violating).toBeGreaterThan(0); // the limit really cut something
    });
  }

  it('reports which limit binds, most used first', () => {
    const result = runSearch(smallSpec({ limits: { maxCost: 80, deadlineHours: 3 } }), defaultCatalog);
    for (const c of result.top) {
      expect(c.limits.map((l) => l.limit).sort()).toEqual(['deadline', 'maxCost', 'memory']);
      expect(c.binding).toEqual(c.limits[0]);
      for (let i = 1; i < c.limits.length; i++)
        expect(c.limits[i - 1]!.share).toBeGreaterThanOrEqual(c.limits[i]!.share);
      expect(c.binding!.share).toBeLessThanOrEqual(1);
    }
  });

  it('budget goals spend the budget: every plan costs the budget, ranked by loss', () => {
    const result = runSearch(smallSpec({ goal: { kind: 'cost-budget', amount: 500 } }), defaultCatalog);
    expect(result.rankBy).toBe('loss');
    for (const c of result.top) expect(c.cost).toBeCloseTo(500, 6);
    for (let i = 1; i < result.top.length; i++)
      expect(result.top[i]!.loss).toBeGreaterThanOrEqual(result.top[i - 1]!.loss);
  });

  it('target-loss goal: every plan reaches the target loss', () => {
    const result = runSearch(smallSpec({ goal: { kind: 'target-loss', loss: 2.4 } }), defaultCatalog);
    expect(result.top.length).toBeGreaterThan(0);
    for (const c of result.frontier) expect(c.loss).toBeCloseTo(2.4, 9);
  });

  it('names the field of a bad spec', () => {
    expect(() => parseSearchSpec({ goal: { kind: 'compute', flops: -1 } })).toThrow(
      /goal\.flops: compute budget \(FLOPs\) must be greater than 0/,
    );
    expect(() => parseSearchSpec({ goal: { kind: 'wish' } })).toThrow(/goal/);
    expect(() =>
      runSearch({ goal: { kind: 'compute', flops: 1e21 }, space: { gpus: ['nope'] } }, defaultCatalog),
    ).toThrow(/space.gpus: unknown GPU "nope"/);
    expect(() =>
      runSearch({ goal: { kind: 'compute', flops: 1e21 }, base: { energy: { pue: 9 } } }, defaultCatalog),
    ).toThrow(/base\.energy\.pue/);
  });
});

// Properties over random valid scenarios and options: applying a technique never
// throws, always yields a valid scenario, and with default options succeeds
// wherever the technique says it applies.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateScenario } from '../../shared/engine/estimate';
import { runTechnique, savingMetricIds, techniques, type TechniqueRun } from '../../shared/engine/techniques';
import {
  fineTuneMethodIds,
  loraTargetIds,
  methodIds,
  precisionIds,
  scenarioSchema,
  weightPrecisionIds,
  workloadIds,
  type Scenario,
} from '../../shared/schema/scenario';
import { catalog } from './fixtures';

const logUniform = (min: number, max: number) =>
  fc.double({ min: Math.log10(min), max: Math.log10(max), noNaN: true }).map((x) => 10 ** x);
const power2 = (maxExp: number) => fc.integer({ min: 0, max: maxExp }).map((e) => 2 ** e);

const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    workload: fc.constantFrom(...workloadIds),
    method: fc.constantFrom(...methodIds),
    parameters: logUniform(1e6, 1e12),
    tokens: fc.option(logUniform(1e6, 1e13), { nil: undefined }),
    gpu: fc.constantFrom(...catalog.gpus.map((g) => g.id)),
    gpuCount: fc.option(fc.integer({ min: 1, max: 64 }), { nil: undefined }),
    precision: fc.constantFrom(...precisionIds),
    weightPrecision: fc.constantFrom(...weightPrecisionIds),
    fineTune: fc.constantFrom(...fineTuneMethodIds),
    tp: power2(3),
    pp: power2(2),
    seq: power2(14),
    mfu: fc.option(fc.double({ min: 0.05, max: 0.9, noNaN: true }), { nil: undefined }),
    pue: fc.double({ min: 1, max: 3, noNaN: true }),
    region: fc.option(fc.constantFrom(...catalog.regions.map((r) => r.id)), { nil: undefined }),
    rps: logUniform(0.01, 1e4),
    onPrem: fc.boolean(),
  })
  .map((r) =>
    scenarioSchema.parse({
      id: 'p',
      name: 'property',
      workload: r.workload,
      method: r.method,
      model: { parameters: r.parameters },
      training: {
        tokens: r.tokens,
        precision: r.precision,
        tensorParallel: r.tp,
        pipelineParallel: r.pp,
        seqLength: r.seq,
      },
      fineTuning: { method: r.fineTune },
      inference: { weightPrecision: r.weightPrecision, requestsPerSecond: r.rps },
      hardware: { gpu: r.gpu, gpuCount: r.gpuCount === undefined ? undefined : r.gpuCount * r.tp * r.pp, mfu: r.mfu },
      energy: { pue: r.pue, region: r.region },
      pricing: { mode: r.onPrem ? 'on-prem' : 'cloud' },
    }),
  );

/** Options within each technique's schema (some combinations are legitimately infeasible). */
const optionArbs: Record<string, fc.Arbitrary<Record<string, unknown>>> = {
  quantization: fc.record({
    precision: fc.constantFrom('int8', 'int4', 'nf4', 'fp8'),
    kvCachePrecision: fc.constantFrom('keep', 'fp8', 'int8'),
  }),
  distillation: fc.record({
    studentShare: fc.double({ min: 0.001, max: 0.9, noNaN: true }),
    oneOffHours: logUniform(1, 1e4),
  }),
  'sparse-training': fc.record({
    pattern: fc.constantFrom('2:4', 'unstructured'),
    sparsity: fc.double({ min: 0.05, max: 0.99, noNaN: true }),
    realizedShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: '' }),
  }),
  'compute-optimal': fc.record({
    goal: fc.constantFrom('same-loss', 'same-compute'),
    rule: fc.constantFrom('hoffmann', 'besiroglu', 'twenty-tokens'),
  }),
  'transfer-learning': fc.record({ tokens: logUniform(1e6, 1e12) }),
  petl: fc.record({
    method: fc.constantFrom('lora', 'qlora'),
    rank: fc.integer({ min: 1, max: 512 }),
    targets: fc.subarray([...loraTargetIds], { minLength: 1 }),
  }),
  'green-computing': fc.record({
    pue: fc.double({ min: 1, max: 3, noNaN: true }),
    region: fc.option(fc.constantFrom(...catalog.regions.map((r) => r.id)), { nil: '' }),
    renewableShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: '' }),
  }),
  cloud: fc.record({ priceId: fc.option(fc.constantFrom(...catalog.prices.map((p) => p.id)), { nil: '' }) }),
  'adaptive-scaling': fc.record({
    smallShare: fc.double({ min: 0.01, max: 0.99, noNaN: true }),
    smallSizeShare: fc.double({ min: 0.001, max: 0.9, noNaN: true }),
  }),
  'edge-deployment': fc.record({
    precision: fc.constantFrom(...weightPrecisionIds),
    batchSize: fc.integer({ min: 1, max: 8 }),
  }),
  'data-reduction': fc.record({
    share: fc.double({ min: 0.01, max: 0.95, noNaN: true }),
    kind: fc.constantFrom('deduplication', 'compression', 'feature-selection'),
  }),
};

const estimable = (s: Scenario) => {
  try {
    estimateScenario(s, catalog);
    return true;
  } catch {
    return false;
  }
};

/** The only acceptable failures: the technique does not apply, or an option is infeasible for this scenario (named). */
const checkRun = (r: TechniqueRun) => {
  if (!r.ok) {
    expect(r.reason).toMatch(/does not apply: \S|: options\.[a-zA-Z]+: \S/);
    return;
  }
  expect(scenarioSchema.safeParse(r.result.scenario).success).toBe(true);
  if (r.result.baseline) expect(scenarioSchema.safeParse(r.result.baseline).success).toBe(true);
  for (const x of r.result.extraRuns) expect(scenarioSchema.safeParse(x.scenario).success).toBe(true);
  for (const id of savingMetricIds) {
    for (const v of [
      r.comparison.savings[id].after,
      r.comparison.savingsIncludingOneOff[id].saved,
      r.comparison.savings[id].savedPercent,
    ]) {
      expect(Number.isFinite(v)).toBe(true);
    }
  }
};

describe('technique properties', () => {
  it('every technique has an options generator here', () => {
    expect(Object.keys(optionArbs).sort()).toEqual(techniques.map((t) => t.id).sort());
  });

  for (const t of techniques) {
    it(`${t.id}: never throws and yields valid scenarios for random valid inputs`, () => {
      fc.assert(
        fc.property(scenarioArb, optionArbs[t.id]!, (s, options) => {
          fc.pre(estimable(s));
          checkRun(runTechnique(t, s, options, catalog));
        }),
        { numRuns: 40, seed: 20260101 },
      );
    });

    it(`${t.id}: with default options, succeeds wherever it says it applies`, () => {
      fc.assert(
        fc.property(scenarioArb, (s) => {
          fc.pre(estimable(s));
          const applicable = t.applicable(s, catalog);
          const r = runTechnique(t, s, {}, catalog);
          if (applicable.ok && !r.ok) throw new Error(`${t.id}: ${r.reason}`);
          checkRun(r);
        }),
        { numRuns: 40, seed: 20260102 },
      );
    });
  }
});

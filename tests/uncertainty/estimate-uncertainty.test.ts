import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../shared/catalog';
import { estimateScenario } from '../../shared/engine/estimate';
import { scenarioSchema, type ScenarioInput } from '../../shared/schema/scenario';
import { estimateRange, estimateUncertainty } from '../../shared/uncertainty';

const build = (input: Omit<ScenarioInput, 'id' | 'name'>) => scenarioSchema.parse({ id: 's', name: 's', ...input });
const run = (input: Omit<ScenarioInput, 'id' | 'name'>) => {
  const scenario = build(input);
  return {
    scenario,
    result: estimateUncertainty(scenario, estimateScenario(scenario, defaultCatalog), defaultCatalog),
  };
};

describe('estimateUncertainty', () => {
  it('reports the ranges used, where each came from, and its evidence', () => {
    const { result } = run({
      model: { parameters: 7e9 },
      training: { tokens: 1e11 },
      hardware: { gpu: 'h100-sxm', gpuCount: 64 },
      uncertainty: { ranges: { pue: { low: 1, likely: 1, high: 1.4 } } },
    });
    expect(result.inputs.find((i) => i.id === 'pue')).toMatchObject({
      origin: 'scenario',
      range: { high: 1.4, distribution: 'triangular' },
    });
    expect(result.inputs.find((i) => i.id === 'mfu')).toMatchObject({
      origin: 'default',
      range: { distribution: 'lognormal' },
    });
    expect(result.samples).toBe(10_000);
    expect(result.tornado.bars.gpuHours[0]!.input).toBe('mfu');
  });

  it('follows the scenario seed and sample count', () => {
    const a = build({
      model: { parameters: 1e9 },
      training: { tokens: 2e10 },
      hardware: { gpu: 'a100-80gb', gpuCount: 8 },
      uncertainty: { seed: 1, samples: 2000 },
    });
    const b = { ...a, uncertainty: { ...a.uncertainty, seed: 2 } };
    const e = estimateScenario(a, defaultCatalog);
    expect(estimateRange(a, e, defaultCatalog)).toEqual(estimateRange(a, e, defaultCatalog));
    expect(estimateRange(b, e, defaultCatalog).cost.p50).not.toBe(estimateRange(a, e, defaultCatalog).cost.p50);
  });

  it('says which ranges do not act on serving, and keeps its GPU-hours fixed', () => {
    const { result } = run({ workload: 'inference', model: { parameters: 7e9 }, hardware: { gpu: 'h100-sxm' } });
    expect(result.assumptions.join(' ')).toMatch(/Serving: .*MFU, token and restart ranges do not act/);
    expect(result.range.gpuHours.p10).toBe(result.range.gpuHours.p90);
    expect(result.range.energyKWh.p10).toBeLessThan(result.range.energyKWh.p90);
    expect(result.tornado.bars.gpuHours.every((b) => b.swing === 0)).toBe(true);
  });

  it('warns when the P90 wall-clock misses a deadline the GPU count was sized for', () => {
    const { result } = run({
      model: { parameters: 7e9 },
      training: { tokens: 2e11 },
      hardware: { gpu: 'h100-sxm', deadlineHours: 100 },
    });
    expect(result.range.wallClockHours.p90).toBeGreaterThan(100);
    expect(result.assumptions.join(' ')).toMatch(/P90 wall-clock \(\d+ h\) misses the 100 h deadline/);
  });

  it('explains a range given without the schema, naming the field', () => {
    const scenario = build({
      model: { parameters: 1e9 },
      training: { tokens: 1e10 },
      hardware: { gpu: 'a100-80gb', gpuCount: 8 },
    });
    const bad = {
      ...scenario,
      uncertainty: {
        ...scenario.uncertainty,
        ranges: { tokens: { low: 1.2, likely: 1, high: 1.1, distribution: 'triangular' as const } },
      },
    };
    expect(() => estimateRange(bad, estimateScenario(scenario, defaultCatalog), defaultCatalog)).toThrow(
      'uncertainty.ranges.tokens: a range needs low ≤ likely ≤ high; found 1.2 / 1 / 1.1',
    );
  });
});

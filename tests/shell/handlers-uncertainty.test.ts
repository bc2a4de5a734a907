// 'engine:uncertainty': ranges for one scenario through the real handler table.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlerTable, dispatch } from '../../src-main/ipc/handlers';
import { resolveCatalog } from '../../shared/catalog/index';
import { estimateScenario } from '../../shared/engine/estimate';
import { scenarioSchema, type ScenarioInput } from '../../shared/schema/scenario';
import { estimateUncertainty, type UncertaintyResult } from '../../shared/uncertainty/index';
import { createTestHandlerDeps } from './handler-test-deps';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'aiplan-uncertainty-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const table = () => createHandlerTable(createTestHandlerDeps(dir).deps);
const llama7b: ScenarioInput = {
  id: 'a',
  name: 'Llama 7B',
  model: { parameters: 7e9 },
  training: { tokens: 1e12 },
  hardware: { gpuCount: 64 },
};

const rangesOf = async (scenario: ScenarioInput): Promise<UncertaintyResult> => {
  const env = await dispatch(table(), 'engine:uncertainty', { scenario });
  if (!env.ok) throw new Error(env.error.message);
  return env.result as UncertaintyResult;
};

describe("'engine:uncertainty'", () => {
  it('answers what estimateUncertainty computes, and the answer survives JSON (what IPC carries)', async () => {
    const result = await rangesOf(llama7b);
    const scenario = scenarioSchema.parse(llama7b);
    const catalog = resolveCatalog(undefined);
    const direct = estimateUncertainty(scenario, estimateScenario(scenario, catalog), catalog);
    expect(result).toEqual(direct);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(result.samples).toBe(10_000);
    for (const output of ['gpuHours', 'wallClockHours', 'energyKWh', 'co2eKg', 'cost'] as const) {
      const { p10, p50, p90 } = result.range[output];
      expect(p10).toBeLessThan(p50);
      expect(p50).toBeLessThan(p90);
    }
    expect(result.tornado.bars.cost[0]!.swing).toBeGreaterThanOrEqual(result.tornado.bars.cost.at(-1)!.swing);
    expect(result.inputs.every((i) => i.basis.length > 0)).toBe(true);
  });

  it("uses the scenario's own ranges: a wider price range widens the cost interval only", async () => {
    const base = await rangesOf(llama7b);
    const wide = await rangesOf({
      ...llama7b,
      uncertainty: { ranges: { pricePerGpuHour: { low: 0.5, likely: 1, high: 2 } } },
    });
    const width = (r: UncertaintyResult, k: 'cost' | 'gpuHours') => r.range[k].p90 - r.range[k].p10;
    expect(width(wide, 'cost')).toBeGreaterThan(width(base, 'cost') * 1.5);
    expect(wide.range.gpuHours).toEqual(base.range.gpuHours);
    expect(wide.inputs.find((i) => i.id === 'pricePerGpuHour')).toMatchObject({
      origin: 'scenario',
      range: { low: 0.5, high: 2 },
    });
  });

  it('refuses a bad range with its path and the rule it breaks', async () => {
    const env = await dispatch(table(), 'engine:uncertainty', {
      scenario: { ...llama7b, uncertainty: { ranges: { mfu: { low: 1.2, likely: 1, high: 1.3 } } } },
    });
    expect(env).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    if (!env.ok) {
      expect(env.error.issues?.map((i) => i.path)).toContain('scenario.uncertainty.ranges.mfu.likely');
      expect(env.error.message).toContain('low ≤ likely ≤ high');
    }
    const missing = await dispatch(table(), 'engine:uncertainty', { scenarios: [llama7b] });
    expect(missing).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  });

  it('applies catalog overrides: a dearer price moves the cost range', async () => {
    const scenario = scenarioSchema.parse(llama7b);
    const catalog = resolveCatalog(undefined);
    const price = catalog.prices.find((p) => p.gpu === scenario.hardware.gpu && p.currency === 'USD');
    if (!price) throw new Error(`no price for ${scenario.hardware.gpu} in the catalog`);
    const base = await rangesOf({ ...llama7b, pricing: { priceId: price.id } });
    const env = await dispatch(table(), 'engine:uncertainty', {
      scenario: { ...llama7b, pricing: { priceId: price.id } },
      overrides: { prices: [{ ...price, pricePerGpuHour: price.pricePerGpuHour * 2 }] },
    });
    if (!env.ok) throw new Error(env.error.message);
    expect((env.result as UncertaintyResult).range.cost.p50).toBeGreaterThan(base.range.cost.p50 * 1.5);
  });
});

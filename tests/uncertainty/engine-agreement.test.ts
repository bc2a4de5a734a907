// The fast model must not drift from the engine: at the point it returns
// estimateScenario's numbers exactly, and away from it it agrees with a fresh
// engine run whose inputs were changed the same way.
import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../shared/catalog';
import { estimateScenario } from '../../shared/engine/estimate';
import { scenarioSchema, type Scenario, type ScenarioInput } from '../../shared/schema/scenario';
import { uncertainInputIds, type Range } from '../../shared/schema/uncertainty';
import type { Estimate } from '../../shared/engine/types';
import type { Catalog } from '../../shared/catalog/types';
import { baselineFromEstimate } from '../../shared/uncertainty/baseline-from-estimate';
import { estimateRange } from '../../shared/uncertainty/estimate-range';
import { outputIds, pointDraw, respond, type InputDraw, type OutputValues } from '../../shared/uncertainty/response';

const catalog = defaultCatalog;
const build = (input: Omit<ScenarioInput, 'id' | 'name'>): Scenario =>
  scenarioSchema.parse({ id: 'x', name: 'x', ...input });

const scenarios: Record<string, Scenario> = {
  'H100 pretraining, USD catalog price': build({
    model: { parameters: 7e9 },
    training: { tokens: 1e12, zeroStage: 3 },
    hardware: { gpu: 'h100-sxm', gpuCount: 256 },
  }),
  'A100, EUR scenario over a USD price, embodied carbon, pipeline, restarts': build({
    model: { parameters: 13e9 },
    training: { tokens: 3e11, tensorParallel: 2, pipelineParallel: 4, restartOverhead: 0.05 },
    hardware: { gpu: 'a100-40gb', gpuCount: 512 },
    energy: { region: 'germany', includeEmbodied: true, renewableShare: 0.3 },
    pricing: { currency: 'EUR' },
  }),
  'owned H200 in GBP': build({
    model: { parameters: 1.3e9 },
    training: { tokens: 5e10, epochs: 2 },
    hardware: { gpu: 'h200', gpuCount: 8, mfu: 0.45 },
    energy: { loadFactor: 0.8, pue: 1.5 },
    pricing: {
      mode: 'on-prem',
      currency: 'GBP',
      onPrem: { purchasePricePerGpu: 30_000, electricityPricePerKWh: 0.25 },
    },
  }),
  'LoRA fine-tuning, fewest GPUs that fit': build({
    workload: 'fine-tuning',
    model: { parameters: 7e9 },
    training: { tokens: 2e8 },
    hardware: { gpu: 'h100-sxm' },
  }),
  'owned A100 in EUR at the catalog purchase price (converted from USD)': build({
    model: { parameters: 3e9 },
    training: { tokens: 6e10 },
    hardware: { gpu: 'a100-80gb', gpuCount: 16 },
    pricing: { mode: 'on-prem', currency: 'EUR' },
  }),
};

/** Workloads whose GPU-hours do not follow MFU, tokens and restarts: only the downstream inputs are compared. */
const downstreamOnly: Record<string, Scenario> = {
  'serving a 7B model in EUR': build({
    workload: 'inference',
    model: { parameters: 7e9 },
    hardware: { gpu: 'h100-sxm' },
    pricing: { currency: 'EUR' },
  }),
  "the source article's GPT-3.5 method": build({
    method: 'article',
    model: { parameters: 175e9 },
    hardware: { gpu: 'v100-32gb' },
    pricing: { priceId: 'azure-nc-v100-westeurope', currency: 'EUR' },
  }),
};

/** The scenario (and catalog) with inputs changed as `draw` says, for a fresh engine run. */
const applyDraw = (s: Scenario, e: Estimate, draw: InputDraw): { scenario: Scenario; catalog: Catalog } => {
  const gpuW = e.steps.find((st) => st.id === 'gpu-power')!.value;
  const rate =
    s.pricing.exchangeRatePerUsd ?? catalog.exchangeRates.find((r) => r.currency === s.pricing.currency)!.perUsd;
  const onPrem = e.cost.electricity > 0 || e.cost.operations > 0;
  const ownPurchase = s.pricing.onPrem.purchasePricePerGpu;
  // A catalog purchase price (USD) moves with the price multiplier in the catalog itself.
  const changedCatalog: Catalog =
    onPrem && ownPurchase === undefined
      ? {
          ...catalog,
          gpus: catalog.gpus.map((g) =>
            g.id === e.gpu.id ? { ...g, purchasePriceUsd: g.purchasePriceUsd! * draw.pricePerGpuHour } : g,
          ),
        }
      : catalog;
  const scenario: Scenario = {
    ...s,
    training: {
      ...s.training,
      tokens: (e.tokens / s.training.epochs) * draw.tokens,
      restartOverhead: draw.restartOverhead,
    },
    hardware: { ...s.hardware, mfu: e.mfu * draw.mfu, gpuCount: e.gpuCount },
    energy: {
      ...s.energy,
      gpuPowerW: gpuW * draw.loadFactor,
      pue: s.energy.pue * draw.pue,
      carbonIntensityKgPerKWh: e.carbonIntensityKgPerKWh * draw.carbonIntensity,
    },
    pricing: onPrem
      ? {
          ...s.pricing,
          exchangeRatePerUsd: rate * draw.exchangeRate,
          onPrem: {
            ...s.pricing.onPrem,
            purchasePricePerGpu: ownPurchase === undefined ? undefined : ownPurchase * draw.pricePerGpuHour,
          },
        }
      : // A given price is not converted: fold the FX change into it when the catalog price was converted.
        {
          ...s.pricing,
          pricePerGpuHour:
            e.cost.pricePerGpuHour *
            draw.pricePerGpuHour *
            (baselineFromEstimate(s, e, catalog).priceConverted ? draw.exchangeRate : 1),
        },
  };
  return { scenario, catalog: changedCatalog };
};

/** Only the inputs each workload's engine path responds to as the fast model assumes. */
const downstreamScenario = (s: Scenario, e: Estimate, draw: InputDraw): { scenario: Scenario; catalog: Catalog } => {
  const changed = applyDraw(s, e, draw);
  const scenario: Scenario = {
    ...changed.scenario,
    training:
      s.method === 'article' ? { ...s.training, tokens: (e.tokens / s.training.epochs) * draw.tokens } : s.training,
    hardware: s.hardware,
    energy:
      s.method === 'article'
        ? { ...changed.scenario.energy, gpuPowerW: s.energy.gpuPowerW, pue: s.energy.pue }
        : changed.scenario.energy,
  };
  return { scenario, catalog: changed.catalog };
};

const headline = (e: Estimate): OutputValues => ({
  gpuHours: e.gpuHours,
  wallClockHours: e.wallClockHours,
  energyKWh: e.energyKWh,
  co2eKg: e.co2eKg,
  cost: e.cost.total,
});
const fresh = (): OutputValues => ({ gpuHours: 0, wallClockHours: 0, energyKWh: 0, co2eKg: 0, cost: 0 });

const away: Partial<InputDraw>[] = [
  { mfu: 0.7 },
  { mfu: 1.3 },
  { tokens: 1.15 },
  { restartOverhead: 0.12 },
  { loadFactor: 0.85 },
  { pue: 1.3 },
  { carbonIntensity: 0.8 },
  { pricePerGpuHour: 1.3 },
  { exchangeRate: 0.9 },
  {
    mfu: 0.8,
    tokens: 0.95,
    restartOverhead: 0.08,
    loadFactor: 1.1,
    pue: 0.95,
    carbonIntensity: 1.2,
    pricePerGpuHour: 0.7,
    exchangeRate: 1.1,
  },
];

describe.each(Object.entries(scenarios))('fast model vs engine: %s', (_name, scenario) => {
  const estimate = estimateScenario(scenario, catalog);
  const baseline = baselineFromEstimate(scenario, estimate, catalog);

  it('reproduces estimateScenario exactly at the point', () => {
    expect(respond(baseline, pointDraw(baseline), fresh())).toEqual(headline(estimate));
  });

  it('gives P10 = P50 = P90 = the engine value when every range is degenerate', () => {
    const point = (v: number): Range => ({ low: v, likely: v, high: v, distribution: 'triangular' });
    const ranges = Object.fromEntries(
      uncertainInputIds.map((id) => [id, point(id === 'restartOverhead' ? scenario.training.restartOverhead : 1)]),
    );
    const range = estimateRange({ ...scenario, uncertainty: { ranges, samples: 500, seed: 3 } }, estimate, catalog);
    for (const id of outputIds)
      expect(range[id]).toEqual({
        p10: headline(estimate)[id],
        p50: headline(estimate)[id],
        p90: headline(estimate)[id],
      });
  });

  it.each(away.map((d) => [JSON.stringify(d), d] as const))(
    'agrees with a fresh engine run at %s',
    (_label, change) => {
      const draw = { ...pointDraw(baseline), ...change };
      const fast = respond(baseline, draw, fresh());
      const changed = applyDraw(scenario, estimate, draw);
      const engine = headline(estimateScenario(changed.scenario, changed.catalog));
      for (const id of outputIds) expect(fast[id] / engine[id]).toBeCloseTo(1, 9);
    },
  );
});

const downstreamDraws: Record<string, Partial<InputDraw>[]> = {
  'serving a 7B model in EUR': [
    { loadFactor: 0.85 },
    { pue: 1.3 },
    { carbonIntensity: 1.25 },
    { pricePerGpuHour: 0.7, exchangeRate: 1.1 },
  ],
  "the source article's GPT-3.5 method": [{ tokens: 1.15 }, { carbonIntensity: 0.8 }, { pricePerGpuHour: 1.3 }],
};

describe.each(Object.entries(downstreamOnly))('fast model vs engine: %s', (name, scenario) => {
  const estimate = estimateScenario(scenario, catalog);
  const baseline = baselineFromEstimate(scenario, estimate, catalog);

  it('reproduces estimateScenario exactly at the point', () => {
    expect(respond(baseline, pointDraw(baseline), fresh())).toEqual(headline(estimate));
  });

  it("reads power parts from the engine's facility-power step, not from the scenario", () => {
    if (scenario.method === 'article') {
      // The article doubles the GPU draw for the rest of the server and uses no PUE.
      expect(baseline.gpuPowerShare).toBe(0.5);
      expect(baseline.pue).toBe(1);
    } else {
      expect(baseline.pue).toBe(scenario.energy.pue);
    }
  });

  it('holds GPU-hours where the method does not use MFU or restarts', () => {
    const out = respond(
      baseline,
      {
        ...pointDraw(baseline),
        mfu: 0.5,
        restartOverhead: 0.3,
        ...(scenario.method === 'article' ? { pue: 1.3 } : {}),
      },
      fresh(),
    );
    expect(out.gpuHours).toBe(estimate.gpuHours);
    expect(out.energyKWh).toBe(estimate.energyKWh);
  });

  it.each(downstreamDraws[name]!.map((d) => [JSON.stringify(d), d] as const))(
    'agrees with a fresh engine run at %s',
    (_label, change) => {
      const draw = { ...pointDraw(baseline), ...change };
      const fast = respond(baseline, draw, fresh());
      const changed = downstreamScenario(scenario, estimate, draw);
      const engine = headline(estimateScenario(changed.scenario, changed.catalog));
      for (const id of outputIds) expect(fast[id] / engine[id]).toBeCloseTo(1, 9);
    },
  );
});

describe('default ranges on a real scenario', () => {
  const scenario = scenarios['H100 pretraining, USD catalog price']!;
  const estimate = estimateScenario(scenario, catalog);
  const range = estimateRange(scenario, estimate, catalog);

  it('bracket the point estimate with an 80% interval', () => {
    for (const id of outputIds) {
      expect(range[id].p10).toBeLessThan(headline(estimate)[id]);
      expect(range[id].p90).toBeGreaterThan(headline(estimate)[id]);
      expect(range[id].p10).toBeLessThan(range[id].p50);
      expect(range[id].p50).toBeLessThan(range[id].p90);
    }
  });

  it('are the same on every call (seeded)', () => {
    expect(estimateRange(scenario, estimate, catalog)).toEqual(range);
  });
});

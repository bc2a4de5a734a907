// Edge cases a planner meets at the boundaries of the engine: methods outside their
// scope, parallel layouts a model cannot take, unreachable deadlines, currencies.
import { describe, expect, it } from 'vitest';
import { EngineError } from '../../shared/engine/errors';
import { estimate, scenario } from './fixtures';
import { scenarioSchema } from '../../shared/schema/scenario';
import { defaultCatalog } from '../../shared/catalog';
import { estimateScenario } from '../../shared/engine/estimate';

const dense7b = { layers: 32, hidden: 4096, heads: 32 };
const moe = { layers: 32, hidden: 4096, heads: 32, ffn: 14336, gatedFfn: true, experts: 8, expertsTopK: 2 };
const step = (e: ReturnType<typeof estimate>, id: string) => e.steps.find((s) => s.id === id);

const engineError = (fn: () => unknown): EngineError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof EngineError) return e;
    throw e;
  }
  throw new Error('expected an EngineError');
};

describe("the article's method outside pre-training", () => {
  it('inference is refused, naming the method field', () => {
    const e = engineError(() =>
      estimate({
        method: 'article',
        workload: 'inference',
        model: { parameters: 7e9 },
        hardware: { gpu: 'v100-32gb' },
      }),
    );
    expect(e.field).toBe('method');
    expect(e.message).toMatch(/training only.*"standard"/);
  });
  it('LoRA fine-tuning is refused, naming the fine-tuning method', () => {
    const e = engineError(() =>
      estimate({
        method: 'article',
        workload: 'fine-tuning',
        model: { parameters: 7e9 },
        hardware: { gpu: 'v100-32gb' },
      }),
    );
    expect(e.field).toBe('fineTuning.method');
  });
  it('full fine-tuning without a token count assumes fine-tuning data, not 20 tokens per parameter', () => {
    const e = estimate({
      method: 'article',
      workload: 'fine-tuning',
      fineTuning: { method: 'full' },
      model: { parameters: 7e9 },
      hardware: { gpu: 'v100-32gb' },
    });
    const standard = estimate({
      workload: 'fine-tuning',
      fineTuning: { method: 'full' },
      model: { parameters: 7e9 },
      hardware: { gpu: 'v100-32gb' },
    });
    expect(e.tokens).toBe(standard.tokens);
    expect(e.warnings.some((w) => w.includes('100M tokens assumed'))).toBe(true);
  });
  it('mixture of experts: compute counts the active parameters (as the standard method), memory all of them', () => {
    const e = estimate({
      method: 'article',
      model: { architecture: moe },
      training: { tokens: 1e12 },
      hardware: { gpu: 'v100-32gb' },
    });
    expect(e.trainingFlops).toBeCloseTo(6 * e.parameters.active * 1e12, -10);
    expect(step(e, 'article-memory')!.value).toBeCloseTo(24 * e.parameters.total, -3);
    expect(step(e, 'training-flops')!.inputs[0]!.from).toBe('active-parameters');
  });
});

describe('parallel layouts the model cannot take', () => {
  it('tensor-parallel size must divide the attention heads (training and serving)', () => {
    for (const workload of ['pretraining', 'inference'] as const) {
      const e = engineError(() =>
        estimate({
          workload,
          model: { architecture: { layers: 4, hidden: 256, heads: 4 } },
          training: { tensorParallel: 8 },
        }),
      );
      expect(e.field).toBe('training.tensorParallel');
      expect(e.message).toMatch(/must divide the 4 attention heads/);
    }
  });
  it('pipeline stages cannot outnumber layers', () => {
    const e = engineError(() =>
      estimate({ model: { architecture: { layers: 2, hidden: 256, heads: 4 } }, training: { pipelineParallel: 4 } }),
    );
    expect(e.field).toBe('training.pipelineParallel');
  });
});

describe('deadlines and restarts', () => {
  it('a global batch caps data parallelism: an unreachable deadline says so instead of adding idle replicas', () => {
    const e = estimate({
      model: { parameters: 7e9 },
      training: { globalBatch: 64, pipelineParallel: 4 },
      hardware: { gpu: 'h100-sxm', deadlineHours: 10 },
    });
    expect(e.parallelism.data).toBeLessThanOrEqual(64);
    expect(
      e.warnings.some((w) => /deadline \(hardware\.deadlineHours\) cannot be met.*global batch of 64/.test(w)),
    ).toBe(true);
  });
  it('a deadline no GPU count can meet is reported as such, with the hours it takes', () => {
    const e = estimate({ model: { parameters: 175e9 }, hardware: { gpu: 'h100-sxm', deadlineHours: 0.01 } });
    expect(e.warnings.some((w) => w.includes("cannot be met within the engine's limit"))).toBe(true);
    expect(e.warnings.find((w) => w.startsWith('Misses'))).toMatch(/0\.258 h/);
  });
  it('a restart share of 1 (the run never finishes) is rejected, naming the field', () => {
    const r = scenarioSchema.safeParse({
      id: 'x',
      name: 'x',
      model: { parameters: 7e9 },
      training: { restartOverhead: 1 },
    });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0]!.path.join('.')).toBe('training.restartOverhead');
    expect(() => scenario({ model: { parameters: 7e9 }, training: { restartOverhead: 0.9 } })).not.toThrow();
  });
});

describe('currencies and price entries', () => {
  it('a catalog price already in the scenario currency is not converted, whatever exchange rate is given', () => {
    const at = (exchangeRatePerUsd?: number) =>
      estimate({
        model: { parameters: 1e9 },
        hardware: { gpu: 'v100-32gb' },
        pricing: { currency: 'EUR', priceId: 'azure-nc-v100-westeurope', exchangeRatePerUsd },
      });
    expect(at().cost.pricePerGpuHour).toBe(3.3926);
    expect(at(1).cost.pricePerGpuHour).toBe(3.3926);
    expect(step(at(1), 'price-per-gpu-hour')!.formula).toBe('chosen catalog price');
  });
  it('a USD price is converted at the given rate and the step shows both rates', () => {
    const e = estimate({
      model: { parameters: 1e9 },
      hardware: { gpu: 'h100-sxm' },
      pricing: { currency: 'EUR', exchangeRatePerUsd: 0.5 },
    });
    const usd = estimate({ model: { parameters: 1e9 }, hardware: { gpu: 'h100-sxm' } });
    expect(e.cost.pricePerGpuHour).toBeCloseTo(usd.cost.pricePerGpuHour * 0.5, 12);
    expect(step(e, 'price-per-gpu-hour')!.formula).toMatch(/converted USD → EUR/);
    expect(step(e, 'price-per-gpu-hour')!.inputs.map((i) => i.name)).toContain('EUR per USD');
  });
  it('a price entry for another GPU is not applied to this one; the warning names the field', () => {
    const e = estimate({
      model: { parameters: 7e9 },
      hardware: { gpu: 'h100-sxm' },
      pricing: { priceId: 'aws-p4d-a100-on-demand' },
    });
    const cheapest = estimate({ model: { parameters: 7e9 }, hardware: { gpu: 'h100-sxm' } });
    expect(e.cost.pricePerGpuHour).toBe(cheapest.cost.pricePerGpuHour);
    expect(e.warnings.some((w) => w.includes('pricing.priceId') && w.includes('a100-40gb'))).toBe(true);
  });
});

describe('the activation step states the formula it computed', () => {
  it('fused attention drops the 5·a·s/h score term; tensor parallelism without sequence parallelism keeps 10·s·b·h replicated', () => {
    const flash = step(estimate({ model: { architecture: dense7b } }), 'activations-bytes')!;
    expect(flash.formula).toBe('L·s·b·h·(34)/t + 4·s·b·V/t');
    const tp = step(
      estimate({ model: { architecture: dense7b }, training: { tensorParallel: 4, flashAttention: false } }),
      'activations-bytes',
    )!;
    expect(tp.formula).toBe('L·s·b·h·(10 + (34 − 10)/t + 5·a·s/(h·t)) + 4·s·b·V/t');
    const full = step(
      estimate({
        model: { architecture: dense7b },
        training: { recompute: 'full', sequenceParallel: true, tensorParallel: 2 },
      }),
      'activations-bytes',
    )!;
    expect(full.formula).toMatch(/^L·2·s·b·h\/t \+ one layer/);
  });
  it('the formula evaluates to the value shown (no recomputation, TP without SP)', () => {
    const e = estimate({
      model: { architecture: dense7b },
      training: { tensorParallel: 4, flashAttention: false, seqLength: 2048, microBatch: 2 },
    });
    const [s, b, h, a, t, L, V] = [2048, 2, 4096, 32, 4, 32, 32_000];
    expect(e.memoryPerGpuBytes.activations).toBeCloseTo(
      L * s * b * h * (10 + 24 / t + (5 * a * s) / (h * t)) + (4 * s * b * V) / t,
      -2,
    );
  });
});

describe('serving', () => {
  it('a given GPU count is honoured; a fleet short of the demand serves what it can, with a warning', () => {
    const base = { workload: 'inference' as const, model: { architecture: dense7b } };
    const sized = estimate(base);
    expect(sized.gpuCount).toBeGreaterThan(1);
    const fixed = estimate({ ...base, hardware: { gpuCount: 1 } });
    expect(fixed.gpuCount).toBe(1);
    expect(fixed.tokens).toBeLessThan(sized.tokens);
    expect(fixed.warnings.some((w) => w.includes('inference.requestsPerSecond'))).toBe(true);
    const big = estimate({ ...base, hardware: { gpuCount: 100 } });
    expect(big.gpuCount).toBe(100);
    expect(big.tokens).toBeCloseTo(sized.tokens, 0);
  });
  it('MoE decode at batch 1 reads only the routed experts, not every expert', () => {
    const e = estimate({ workload: 'inference', model: { architecture: moe }, inference: { batchSize: 1 } });
    const read = step(e, 'weights-read-per-step')!.value;
    const weights = step(e, 'weights-bytes')!.value;
    const experts = 32 * 8 * 3 * 4096 * 14336 * 2;
    expect(read).toBeCloseTo(weights - experts * (6 / 8), -3);
    // A large batch touches every expert.
    const large = estimate({ workload: 'inference', model: { architecture: moe }, inference: { batchSize: 512 } });
    expect(step(large, 'weights-read-per-step')!.value / step(large, 'weights-bytes')!.value).toBeCloseTo(1, 9);
  });
  it('every headline serving figure has a step', () => {
    const e = estimate({ workload: 'inference', model: { architecture: dense7b } });
    const i = e.inference!;
    expect(step(e, 'time-to-first-token')!.value).toBe(i.timeToFirstTokenS);
    expect(step(e, 'energy-per-million-tokens')!.value).toBe(i.energyPerMillionTokensKWh);
    expect(step(e, 'tokens-per-second-demand')!.value).toBe(i.tokensPerSecondDemand);
    expect(step(e, 'cost-per-million-tokens')!.unit).toBe('USD/M tokens');
  });
});

describe('owned-hardware defaults follow the scenario currency', () => {
  const owned = (currency: string, exchangeRatePerUsd?: number, onPrem: Record<string, number> = {}) =>
    estimateScenario(
      scenarioSchema.parse({
        id: 'o',
        name: 'owned',
        model: { parameters: 7e9 },
        training: { tokens: 1e10 },
        hardware: { gpu: 'h100-sxm', gpuCount: 8 },
        pricing: { mode: 'on-prem', currency, exchangeRatePerUsd, onPrem: { purchasePricePerGpu: 1e6, ...onPrem } },
      }),
      defaultCatalog,
    );

  it('converts the US$0.30/GPU-h operations and US$0.15/kWh electricity defaults', () => {
    const usd = owned('USD');
    const yen = owned('JPY', 150);
    expect(yen.cost.operations).toBeCloseTo(usd.cost.operations * 150, 6);
    expect(yen.cost.electricity).toBeCloseTo(usd.cost.electricity * 150, 6);
    expect(usd.cost.operations).toBeCloseTo(usd.gpuHours * 0.3, 9);
    expect(usd.cost.electricity).toBeCloseTo(usd.energyKWh * 0.15, 9);
  });

  it('uses given rates as amounts in the scenario currency, unconverted', () => {
    const yen = owned('JPY', 150, { operationsPerGpuHour: 40, electricityPricePerKWh: 25 });
    expect(yen.cost.operations).toBeCloseTo(yen.gpuHours * 40, 6);
    expect(yen.cost.electricity).toBeCloseTo(yen.energyKWh * 25, 6);
  });
});

describe('deadline sizing', () => {
  it('finds the fewest replicas that meet the deadline even when a pipeline bubble flattens the time curve', () => {
    const base = {
      id: 'd',
      name: 'deadline',
      model: { architecture: { layers: 32, hidden: 4096, heads: 32, vocab: 32000 } },
      training: {
        tokens: 2e11,
        tensorParallel: 2,
        pipelineParallel: 8,
        globalBatch: 4096,
        microBatch: 1,
        zeroStage: 1,
      },
    };
    const run = (hardware: Record<string, number | string>) =>
      estimateScenario(scenarioSchema.parse({ ...base, hardware: { gpu: 'h100-sxm', ...hardware } }), defaultCatalog);
    const unbounded = run({ gpuCount: 16 * 256 }).wallClockHours;
    const deadlineHours = unbounded * 1.05; // close to the floor the bubble sets
    const e = run({ deadlineHours });
    expect(e.wallClockHours).toBeLessThanOrEqual(deadlineHours);
    const fewer = run({ gpuCount: e.gpuCount - 16 });
    expect(fewer.wallClockHours).toBeGreaterThan(deadlineHours);
  });
});

describe('owned hardware at the catalog purchase price', () => {
  it('cites where the purchase price comes from, and nothing when the user gives one', () => {
    const run = (onPrem: Record<string, number>) =>
      estimateScenario(
        scenarioSchema.parse({
          id: 'p',
          name: 'p',
          model: { parameters: 7e9 },
          training: { tokens: 1e10 },
          hardware: { gpu: 'h100-sxm', gpuCount: 8 },
          pricing: { mode: 'on-prem', onPrem },
        }),
        defaultCatalog,
      ).steps.find((st) => st.id === 'price-per-gpu-hour');
    expect(run({})?.source).toMatch(/^Assumption: rounded typical price per GPU/);
    expect(run({ purchasePricePerGpu: 25_000 })?.source).toBeUndefined();
  });
});

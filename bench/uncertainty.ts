// Benchmark: 10,000 Monte Carlo samples for one scenario (target ≤ 50 ms).
// The engine runs once (as the app does: the point estimate exists already);
// what is timed is estimateRange / estimateUncertainty on top of it.
import { defaultCatalog } from '../shared/catalog';
import { estimateScenario } from '../shared/engine/estimate';
import { scenarioSchema } from '../shared/schema/scenario';
import { estimateRange, estimateUncertainty } from '../shared/uncertainty';

export interface UncertaintyBenchRow {
  name: string;
  samples: number;
  runs: number;
  medianMs: number;
  maxMs: number;
  targetMs: number;
  pass: boolean;
}

const TARGET_MS = 50;
const SAMPLES = 10_000;

const scenario = scenarioSchema.parse({
  id: 'bench-uncertainty',
  name: 'Llama-2-7B-like pretraining on 256 H100',
  model: { parameters: 7e9 },
  training: { tokens: 2e12, zeroStage: 3 },
  hardware: { gpu: 'h100-sxm', gpuCount: 256 },
  pricing: { currency: 'EUR' },
  uncertainty: { samples: SAMPLES, seed: 7 },
});

const timeRuns = (fn: () => unknown, runs: number): number[] => {
  for (let i = 0; i < 3; i++) fn(); // warm-up: JIT
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    ms.push(performance.now() - start);
  }
  return ms.sort((a, b) => a - b);
};

const row = (name: string, ms: number[]): UncertaintyBenchRow => {
  const medianMs = ms[Math.floor(ms.length / 2)]!;
  return {
    name,
    samples: SAMPLES,
    runs: ms.length,
    medianMs,
    maxMs: ms[ms.length - 1]!,
    targetMs: TARGET_MS,
    pass: medianMs <= TARGET_MS,
  };
};

/** Called from bench/run.ts; returns rows for its table. */
export const benchUncertainty = (runs = 20): UncertaintyBenchRow[] => {
  const estimate = estimateScenario(scenario, defaultCatalog);
  return [
    row(
      'uncertainty: estimateRange (10k samples)',
      timeRuns(() => estimateRange(scenario, estimate, defaultCatalog), runs),
    ),
    row(
      'uncertainty: estimateUncertainty (10k samples + tornado)',
      timeRuns(() => estimateUncertainty(scenario, estimate, defaultCatalog), runs),
    ),
  ];
};

export const printUncertaintyBench = (rows = benchUncertainty()): void => {
  console.table(
    rows.map((r) => ({
      benchmark: r.name,
      samples: r.samples,
      runs: r.runs,
      'median ms': r.medianMs.toFixed(2),
      'max ms': r.maxMs.toFixed(2),
      'target ms': r.targetMs,
      ok: r.pass ? 'yes' : 'NO',
    })),
  );
};

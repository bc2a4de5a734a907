// Engine benchmark: full training estimates (with every derivation step) per second on one core.
import { defaultCatalog } from '../shared/catalog';
import { estimateScenario } from '../shared/engine/estimate';
import { scenarioSchema } from '../shared/schema/scenario';
import type { BenchRow } from './search';

const scenarios = [
  {
    id: 'llama2-7b',
    name: 'Llama 2 7B pre-training',
    model: { architecture: { layers: 32, hidden: 4096, heads: 32, ffn: 11008, gatedFfn: true, vocab: 32000 } },
    training: { tokens: 2e12 },
    hardware: { gpu: 'a100-80gb' },
  },
  {
    id: 'gpt3',
    name: 'GPT-3 175B, deadline',
    model: { parameters: 175e9 },
    training: { tokens: 300e9, zeroStage: 3, tensorParallel: 8, recompute: 'full' },
    hardware: { gpu: 'h100-sxm', deadlineHours: 24 * 60 },
  },
  {
    id: 'serve-70b',
    name: 'Serve 70B INT4',
    workload: 'inference',
    model: { parameters: 70e9 },
    inference: { weightPrecision: 'int4' },
  },
].map((s) => scenarioSchema.parse(s));

const rate = (fn: () => unknown, seconds: number): number => {
  const warmUpEnd = performance.now() + 300;
  while (performance.now() < warmUpEnd) fn();
  let n = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  while (performance.now() < end) {
    for (let i = 0; i < 1000; i++) fn();
    n += 1000;
  }
  return n / ((performance.now() - start) / 1000);
};

export const benchEngine = (seconds = 1.5): BenchRow[] => {
  const training = scenarios[0]!;
  const perSecond = rate(() => estimateScenario(training, defaultCatalog), seconds);
  const mixed =
    rate(() => {
      for (const s of scenarios) estimateScenario(s, defaultCatalog);
    }, seconds) * scenarios.length;
  const parseRate = rate(
    () => scenarioSchema.parse({ id: 'p', name: 'parse', model: { parameters: 7e9 } }),
    seconds / 2,
  );
  return [
    {
      name: 'engine: full training estimate (Llama 2 7B, with derivation)',
      value: perSecond,
      unit: 'estimates/s',
      target: '≥ 200,000/s',
      ok: perSecond >= 200_000,
    },
    {
      name: 'engine: mixed estimates (training, deadline search, inference)',
      value: mixed,
      unit: 'estimates/s',
      target: '—',
      ok: true,
    },
    {
      name: 'schema: validate + apply defaults to a scenario',
      value: parseRate,
      unit: 'scenarios/s',
      target: '—',
      ok: true,
    },
  ];
};

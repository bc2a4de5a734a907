// The source article's GPT-3.5 worked example under the engine's 'article' method:
// the product must reproduce the article's method (not its arithmetic slips).
import type { Estimate } from '../../engine/types';
import { type Comparison, GB, only } from '../comparison';
import { articleGpt35 as a } from '../runs/article-gpt35';
import { articleScenario } from '../scenarios';

const stepValue = (e: Estimate, id: string): number => {
  const step = e.steps.find((s) => s.id === id);
  if (!step) throw new Error(`the estimate has no "${id}" derivation step`);
  return step.value;
};

const setup =
  "method 'article', 175B parameters, V100 32GB, 164 GPUs (the article's adjustment), tokens set so 6·N·D = 3,700 PF/s-days, Azure West Europe €3.3926/GPU-h";

const row = (
  key: string,
  quantity: string,
  unit: string,
  published: number,
  predict: (e: Estimate) => number,
  extra = '',
): Comparison => ({
  id: `article-gpt35-${key}`,
  label: 'GPT-3.5 (article)',
  group: 'Source article',
  quantity,
  unit,
  published,
  source: a.source,
  note: extra ? `${setup}; ${extra}` : setup,
  scenarios: [articleScenario(a)],
  predict: (e) => predict(only(e)),
});

export const articleComparisons = (): Comparison[] => [
  row('memory', 'training memory (24 B/parameter)', 'GB', a.memoryGb, (e) => stepValue(e, 'article-memory') / GB),
  row('gpus-by-memory', 'GPUs by memory (30 GB usable)', 'GPUs', a.gpusByMemory, (e) =>
    stepValue(e, 'article-gpus-by-memory'),
  ),
  row('gpu-days', 'GPU-days', 'GPU-days', a.gpuDays, (e) => e.gpuHours / 24),
  row(
    'duration',
    'training duration',
    'days',
    a.durationDays,
    (e) => e.wallClockHours / 24,
    'the article rounds 29,600 ÷ 164 = 180.49 to 180.5',
  ),
  row(
    'energy',
    'energy (the table says "kW")',
    'kWh',
    a.energyKWh,
    (e) => e.energyKWh,
    '500 W per GPU incl. overhead, no PUE',
  ),
  row(
    'cost',
    'total cost',
    'EUR',
    a.totalCostEur,
    (e) => e.cost.total,
    '€556.47 × 24 × 180.5 = €2,410,628 (the table\'s "~€2.41 million"; the text\'s €2,403,738.88 is an arithmetic slip)',
  ),
];

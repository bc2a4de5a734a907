// The inputs of a scenario as a labelled list for its detail page.
import type { Estimate } from '../engine/types';
import type { Scenario } from '../schema/scenario';
import type { LabelledValue } from './types';
import { formatMoney, formatNumber, formatScientific } from './format';
import { formatPercent } from './units';

const row = (label: string, text: string): LabelledValue => ({ label, text });

const trainingRows = (s: Scenario): LabelledValue[] => [
  row('Precision', s.training.precision),
  row('Optimizer', `${s.training.optimizer}, ZeRO stage ${s.training.zeroStage}`),
  row('Parallelism (tensor × pipeline)', `${s.training.tensorParallel} × ${s.training.pipelineParallel}`),
  row('Sequence length × micro-batch', `${formatNumber(s.training.seqLength)} × ${s.training.microBatch}`),
  row('Activation recomputation', s.training.recompute),
  row('Epochs', formatNumber(s.training.epochs, s.training.epochs % 1 === 0 ? 0 : 2)),
];

const inferenceRows = (s: Scenario): LabelledValue[] => [
  row('Weight / KV-cache precision', `${s.inference.weightPrecision} / ${s.inference.kvCachePrecision}`),
  row(
    'Prompt + output tokens',
    `${formatNumber(s.inference.promptTokens)} + ${formatNumber(s.inference.outputTokens)}`,
  ),
  row('Batch size', formatNumber(s.inference.batchSize)),
  row('Requests per second', formatNumber(s.inference.requestsPerSecond, 2)),
  row('Serving period', `${formatNumber(s.inference.hours)} h`),
];

const pricingRow = (s: Scenario, e: Estimate): LabelledValue =>
  s.pricing.mode === 'cloud'
    ? row('Price per GPU-hour', `${formatMoney(e.cost.pricePerGpuHour, e.cost.currency, 4)} (${e.cost.priceSource})`)
    : row(
        'On-premises',
        `${s.pricing.onPrem.purchasePricePerGpu === undefined ? 'catalog purchase price' : formatMoney(s.pricing.onPrem.purchasePricePerGpu, s.pricing.currency)} per GPU over ${s.pricing.onPrem.lifetimeYears} years, ${formatMoney(e.cost.pricePerGpuHour, e.cost.currency, 4)} per GPU-hour`,
      );

export const scenarioInputs = (s: Scenario, e: Estimate): LabelledValue[] => [
  row(
    'Workload / method',
    `${s.workload} / ${s.method}${s.workload === 'fine-tuning' ? ` (${s.fineTuning.method})` : ''}`,
  ),
  row('Parameters', formatScientific(e.parameters.total)),
  row('Tokens', formatScientific(e.tokens)),
  ...(s.workload === 'inference' ? inferenceRows(s) : trainingRows(s)),
  row('GPU', `${e.gpuCount} × ${e.gpu.name}`),
  row('MFU', formatPercent(e.mfu)),
  row('PUE', formatNumber(s.energy.pue, 2)),
  row(
    'Carbon intensity',
    `${formatNumber(e.carbonIntensityKgPerKWh, 3)} kg CO₂e/kWh${s.energy.region ? ` (${s.energy.region})` : ''}`,
  ),
  pricingRow(s, e),
];

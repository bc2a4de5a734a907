// The source article's method, as a named method: 24 bytes per parameter, GPUs
// by memory at 30 of 32 GB usable, duration from PF/s-days with 1 PF/s-day =
// 8 V100-days (i.e. 100% of tensor peak), 500 W per GPU with overhead, PUE 1.
import type { Catalog, Gpu } from '../catalog/types';
import type { Scenario } from '../schema/scenario';
import type { Estimate } from './types';
import { Derivation, input } from './derivation';
import { setupModel } from './model-setup';
import { PFS_DAY_FLOPS } from './compute';
import { computeOptimalTokens } from './scaling-laws';
import { accountRun } from './account';
import { EngineError } from './errors';
import { DEFAULT_FINE_TUNING_TOKENS, FINE_TUNING_TOKENS_WARNING } from './fine-tuning';

const ARTICLE = 'Source article, "Quantifying the Computational Demands of AI" (GPT-3.5 worked example)';
export const ARTICLE_BYTES_PER_PARAMETER = 24;
/** "each V100 GPU (32GB variant) can effectively use about 30GB for training". */
export const ARTICLE_USABLE_SHARE = 30 / 32;
/** "Each Nvidia V100 GPU has a power consumption of about 250 watts … with overhead … about 500W". */
export const ARTICLE_V100_POWER_W = 250;

/** The article sizes training of every weight; serving and adapter fine-tuning are outside its method. */
const checkArticleScope = (s: Scenario): void => {
  if (s.workload === 'inference') {
    throw new EngineError(
      'unsupported',
      'method',
      'the source article\'s method estimates training only (24 B per parameter, PF/s-days); choose method "standard" to estimate inference',
    );
  }
  if (s.workload === 'fine-tuning' && s.fineTuning.method !== 'full') {
    throw new EngineError(
      'unsupported',
      'fineTuning.method',
      `the source article's method assumes every parameter is trained (24 B per parameter); ${s.fineTuning.method.toUpperCase()} needs method "standard", or fine-tuning method "full"`,
    );
  }
};

export const estimateArticle = (s: Scenario, catalog: Catalog, gpu: Gpu): Estimate => {
  checkArticleScope(s);
  const d = new Derivation();
  const warnings: string[] = [];
  const m = setupModel(s, d);
  const n = m.params.total;
  // Memory holds every expert; compute touches only the active ones per token (equal for dense models).
  const active = m.params.active;

  const memory = d.add({
    id: 'article-memory',
    label: 'Training memory (article rule)',
    formula: 'parameters × 24 bytes',
    value: n * ARTICLE_BYTES_PER_PARAMETER,
    unit: 'bytes',
    inputs: [
      input({ key: 'parameters', name: 'parameters', value: n, unit: '', from: 'parameters' }),
      input({ key: 'bytesPerParameter', name: 'bytes per parameter', value: ARTICLE_BYTES_PER_PARAMETER, unit: 'B' }),
    ],
    source: ARTICLE,
  });
  const usable = d.add({
    id: 'usable-memory',
    label: 'Usable memory per GPU (article)',
    formula: 'capacity × 30/32',
    value: gpu.memoryBytes * ARTICLE_USABLE_SHARE,
    unit: 'bytes',
    inputs: [input({ key: 'capacity', name: 'capacity', value: gpu.memoryBytes, unit: 'bytes' })],
    source: ARTICLE,
  });
  const byMemory = d.add({
    id: 'article-gpus-by-memory',
    label: 'GPUs by memory',
    formula: '⌈memory ÷ usable per GPU⌉',
    value: Math.ceil(memory / usable - 1e-9),
    unit: 'GPUs',
    inputs: [
      input({ key: 'memory', name: 'memory', value: memory, unit: 'bytes', from: 'article-memory' }),
      input({ key: 'usablePerGpu', name: 'usable per GPU', value: usable, unit: 'bytes', from: 'usable-memory' }),
    ],
    source: ARTICLE,
  });
  const gpuCount = d.add({
    id: 'gpu-count',
    label: 'GPUs',
    formula:
      s.hardware.gpuCount !== undefined ? 'given (the article adjusts for "practical efficiency")' : 'GPUs by memory',
    value: s.hardware.gpuCount ?? byMemory,
    unit: 'GPUs',
    inputs: [
      input({ key: 'byMemory', name: 'by memory', value: byMemory, unit: 'GPUs', from: 'article-gpus-by-memory' }),
    ],
    source: ARTICLE,
  });

  const perEpoch =
    s.training.tokens ?? (s.workload === 'fine-tuning' ? DEFAULT_FINE_TUNING_TOKENS : computeOptimalTokens(n));
  if (s.training.tokens === undefined && s.workload === 'fine-tuning') warnings.push(FINE_TUNING_TOKENS_WARNING);
  const tokens = d.add({
    id: 'tokens',
    label: 'Training tokens',
    formula: `${s.training.tokens !== undefined ? 'given' : s.workload === 'fine-tuning' ? 'assumed fine-tuning data' : '20 × parameters'} × epochs`,
    value: perEpoch * s.training.epochs,
    unit: 'tokens',
    inputs: [
      input({ key: 'tokensPerEpoch', name: 'tokens per epoch', value: perEpoch, unit: 'tokens' }),
      input({ key: 'epochs', name: 'epochs', value: s.training.epochs, unit: '' }),
    ],
  });
  const flops = d.add({
    id: 'training-flops',
    label: 'Training compute',
    formula: active === n ? '6 × parameters × tokens' : '6 × active parameters × tokens',
    value: 6 * active * tokens,
    unit: 'FLOP',
    inputs: [
      input({
        key: 'parameters',
        name: active === n ? 'parameters' : 'active parameters',
        value: active,
        unit: '',
        from: active === n ? 'parameters' : 'active-parameters',
      }),
      input({ key: 'tokens', name: 'tokens', value: tokens, unit: 'tokens', from: 'tokens' }),
    ],
    source: 'Kaplan et al. 2020',
  });
  const pfsDays = d.add({
    id: 'article-pfs-days',
    label: 'Compute in PF/s-days',
    formula: 'FLOPs ÷ (10¹⁵ × 86,400)',
    value: flops / PFS_DAY_FLOPS,
    unit: 'PF/s-days',
    inputs: [input({ key: 'compute', name: 'compute', value: flops, unit: 'FLOP', from: 'training-flops' })],
  });
  const peak = gpu.peakFlops.fp16;
  const gpuDaysPerPfsDay = 1e15 / peak;
  const gpuDays = d.add({
    id: 'article-gpu-days',
    label: 'GPU-days',
    formula: 'PF/s-days × (10¹⁵ ÷ 16-bit tensor peak) — 8 for a V100',
    value: pfsDays * gpuDaysPerPfsDay,
    unit: 'GPU-days',
    inputs: [
      input({ key: 'pfsDays', name: 'PF/s-days', value: pfsDays, unit: 'PF/s-days', from: 'article-pfs-days' }),
      input({ key: 'gpuDaysPerPfsDay', name: 'GPU-days per PF/s-day', value: gpuDaysPerPfsDay, unit: '' }),
    ],
    source: `${ARTICLE}: "1 petaflop/s-day equals the effort of 8 V100 GPUs running for 24 hours"`,
  });
  const days = gpuDays / gpuCount;
  const wallClockHours = d.add({
    id: 'wall-clock',
    label: 'Wall-clock time',
    formula: 'GPU-days ÷ GPUs × 24 h',
    value: days * 24,
    unit: 'h',
    inputs: [
      input({ key: 'gpuDays', name: 'GPU-days', value: gpuDays, unit: 'GPU-days', from: 'article-gpu-days' }),
      input({ key: 'gpus', name: 'GPUs', value: gpuCount, unit: '', from: 'gpu-count' }),
    ],
    source: ARTICLE,
  });
  const gpuHours = d.add({
    id: 'gpu-hours',
    label: 'GPU-hours',
    formula: 'GPU-days × 24',
    value: gpuDays * 24,
    unit: 'GPU-h',
    inputs: [input({ key: 'gpuDays', name: 'GPU-days', value: gpuDays, unit: 'GPU-days', from: 'article-gpu-days' })],
  });

  // The article's power: the GPU's draw doubled for "power supplies, CPU, disks" and no PUE.
  const gpuW = s.energy.gpuPowerW ?? (gpu.id.startsWith('v100') ? ARTICLE_V100_POWER_W : gpu.tdpW);
  const articleScenario: Scenario = {
    ...s,
    energy: { ...s.energy, gpuPowerW: gpuW, serverOverheadWPerGpu: gpuW, pue: 1 },
  };
  const account = accountRun(articleScenario, catalog, gpu, gpuCount, wallClockHours, gpuHours, d, warnings);

  const standardMfu = s.hardware.mfu ?? gpu.defaultMfu;
  warnings.push(
    `Article method: assumes 100% of the GPU's 16-bit tensor peak (1 PF/s-day = ${gpuDaysPerPfsDay.toFixed(1)} ${gpu.name}-days). At a realistic ${Math.round(standardMfu * 100)}% MFU the same run takes ${(1 / standardMfu).toFixed(1)}× longer; compare with the standard method.`,
  );
  if (s.hardware.gpuCount !== undefined && s.hardware.gpuCount !== byMemory) {
    warnings.push(`GPU count set to ${s.hardware.gpuCount}; the article's memory rule gives ${byMemory}.`);
  }

  const perGpu = (bytesPerParam: number) => (n * bytesPerParam) / gpuCount;
  // The article does not split its 24 B; shown as FP32 weights, gradients, Adam moments, and the rest for activations and buffers.
  const weights = perGpu(4);
  const gradients = perGpu(4);
  const optimizer = perGpu(8);
  const activations = perGpu(8);
  const total = memory / gpuCount;
  d.add({
    id: 'memory-total',
    label: 'Memory per GPU',
    formula: '24 B × parameters ÷ GPUs',
    value: total,
    unit: 'bytes',
    inputs: [
      input({ key: 'memory', name: 'memory', value: memory, unit: 'bytes', from: 'article-memory' }),
      input({ key: 'gpus', name: 'GPUs', value: gpuCount, unit: '', from: 'gpu-count' }),
    ],
    source: ARTICLE,
  });
  return {
    scenarioId: s.id,
    name: s.name,
    workload: s.workload,
    method: 'article',
    parameters: m.params,
    tokens,
    trainingFlops: flops,
    gpu: { id: gpu.id, name: gpu.name, memoryBytes: gpu.memoryBytes },
    gpuCount,
    parallelism: { data: gpuCount, tensor: 1, pipeline: 1 },
    memoryPerGpuBytes: {
      weights,
      gradients,
      optimizer,
      activations,
      kvCache: 0,
      overhead: 0,
      total,
      usable,
      capacity: gpu.memoryBytes,
      fits: total <= usable,
    },
    mfu: 1,
    gpuHours,
    wallClockHours,
    facilityPowerKW: account.facilityPowerKW,
    energyKWh: account.energyKWh,
    co2eKg: account.co2eKg,
    embodiedCo2eKg: account.embodiedCo2eKg,
    carbonIntensityKgPerKWh: account.carbonIntensityKgPerKWh,
    cost: account.cost,
    warnings,
    steps: d.steps,
    catalogDate: catalog.date,
  };
};

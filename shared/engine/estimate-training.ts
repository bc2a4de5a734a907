// Pre-training and fine-tuning under the standard method: memory per GPU,
// the fewest GPUs that fit (or meet a deadline), time, then energy, CO2 and cost.
import type { Catalog, Gpu } from '../catalog/types';
import type { Scenario } from '../schema/scenario';
import type { Estimate } from './types';
import { Derivation, input } from './derivation';
import { checkModelParallelLayout, setupModel, type ModelSetup } from './model-setup';
import { trainingPrecisions } from './precision';
import { fewestReplicasThatFit, fitWarnings, memoryModel, recordMemorySteps } from './training-memory';
import { chooseDataParallel } from './training-gpu-count';
import { attentionFlopsPerToken, loraFlopsPerToken, recomputeFactor, trainingFlopsPerToken } from './compute';
import { computeSeconds, hoursFromSeconds, pipelineBubbleFraction, withRestartOverhead } from './time';
import { computeOptimalTokens } from './scaling-laws';
import { peakFor } from './peak';
import { accountRun } from './account';
import { DEFAULT_FINE_TUNING_TOKENS, FINE_TUNING_TOKENS_WARNING } from './fine-tuning';

const MAX_GPUS = 10_000_000;
/** Without a global batch, assume 8 micro-batches per pipeline stage in flight per step. */
const DEFAULT_MICRO_BATCHES_PER_STAGE = 8;

const trainingTokens = (s: Scenario, m: ModelSetup, d: Derivation, warnings: string[]): number => {
  const t = s.training;
  let perEpoch: number;
  if (t.tokens !== undefined) {
    perEpoch = t.tokens;
  } else if (s.workload === 'pretraining') {
    perEpoch = computeOptimalTokens(m.params.total);
    d.add(
      'compute-optimal-tokens',
      'Compute-optimal tokens',
      '≈ 20 tokens per parameter',
      perEpoch,
      'tokens',
      [input('parameters', m.params.total, '', 'parameters')],
      'Hoffmann et al. 2022 (Chinchilla), as used by the source article',
    );
  } else {
    perEpoch = DEFAULT_FINE_TUNING_TOKENS;
    warnings.push(FINE_TUNING_TOKENS_WARNING);
  }
  return d.add('tokens', 'Training tokens', 'tokens per epoch × epochs', perEpoch * t.epochs, 'tokens', [
    input('tokens per epoch', perEpoch, 'tokens'),
    input('epochs', t.epochs, ''),
  ]);
};

export const estimateTraining = (s: Scenario, catalog: Catalog, gpu: Gpu): Estimate => {
  const d = new Derivation();
  const warnings: string[] = [];
  const t = s.training;
  checkModelParallelLayout(s, t.pipelineParallel);
  const m = setupModel(s, d);
  const tokens = trainingTokens(s, m, d, warnings);

  const attention = t.attentionFlops ? attentionFlopsPerToken(m.arch.layers, m.arch.hidden, t.seqLength) : 0;
  const flopsPerToken = m.adapters
    ? d.add(
        'flops-per-token',
        'FLOPs per token (LoRA)',
        '4·N (frozen base: forward + activation gradients) + 6·N_trainable',
        loraFlopsPerToken(m.params.active, m.params.trainable),
        'FLOP',
        [
          input('active parameters N', m.params.active, '', 'parameters'),
          input('trainable', m.params.trainable, '', 'trainable-parameters'),
        ],
        "No weight gradients for frozen weights; matches the 2/3 ratio of this project's H200 LoRA runs",
      )
    : d.add(
        'flops-per-token',
        'FLOPs per token',
        t.attentionFlops ? '6·N + 12·L·h·s' : '6·N',
        trainingFlopsPerToken(m.params.active, attention),
        'FLOP',
        [
          input('active parameters N', m.params.active, '', 'parameters'),
          ...(t.attentionFlops ? [input('attention 12·L·h·s', attention, 'FLOP')] : []),
        ],
        'Kaplan et al. 2020; attention term: Chowdhery et al. 2022 (PaLM), appendix B',
      );
  const flops = d.add(
    'training-flops',
    'Training compute',
    'FLOPs per token × tokens',
    flopsPerToken * tokens,
    'FLOP',
    [input('FLOPs per token', flopsPerToken, 'FLOP', 'flops-per-token'), input('tokens', tokens, 'tokens', 'tokens')],
  );

  // Memory and GPU count.
  const mem = memoryModel(s, m);
  const modelParallel = t.tensorParallel * t.pipelineParallel;
  const usable = d.add(
    'usable-memory',
    'Usable memory per GPU',
    'capacity × (1 − headroom)',
    gpu.memoryBytes * (1 - s.hardware.memoryHeadroom),
    'bytes',
    [input('capacity', gpu.memoryBytes, 'bytes'), input('headroom', s.hardware.memoryHeadroom, '')],
    gpu.source,
  );
  const maxReplicas = Math.floor(MAX_GPUS / modelParallel);
  const fitReplicas = fewestReplicasThatFit(mem.at, usable, maxReplicas);

  const peak = peakFor(gpu, trainingPrecisions[t.precision].computeFormat);
  if (peak.fellBackFrom)
    warnings.push(
      `${gpu.name} has no ${peak.fellBackFrom.toUpperCase()} tensor throughput in the catalog: computed at its ${peak.format.toUpperCase()} peak.`,
    );
  const mfu = s.hardware.mfu ?? gpu.defaultMfu;
  const recompute = recomputeFactor(t.recompute);
  const bubbleAt = (dp: number) => {
    const microBatches =
      t.globalBatch !== undefined
        ? Math.max(1, t.globalBatch / (dp * t.microBatch))
        : DEFAULT_MICRO_BATCHES_PER_STAGE * t.pipelineParallel;
    return pipelineBubbleFraction(t.pipelineParallel, microBatches);
  };
  const hoursAt = (dp: number) =>
    hoursFromSeconds(
      withRestartOverhead(
        computeSeconds(flops * recompute, dp * modelParallel, peak.flops, mfu) * (1 + bubbleAt(dp)),
        t.restartOverhead,
      ),
    );

  const { dataParallel, countRule } = chooseDataParallel({
    s,
    fitReplicas,
    maxReplicas,
    modelParallel,
    hoursAt,
    warnings,
    maxGpus: MAX_GPUS,
  });
  const gpuCount = d.add(
    'gpu-count',
    'GPUs',
    countRule === 'given' ? 'given' : 'tensor-parallel × pipeline-parallel × data-parallel',
    dataParallel * modelParallel,
    'GPUs',
    [
      input('tensor-parallel', t.tensorParallel, ''),
      input('pipeline-parallel', t.pipelineParallel, ''),
      input('data-parallel', dataParallel, ''),
      input('rule', countRule, ''),
    ],
  );

  const parts = mem.at(dataParallel);
  recordMemorySteps(d, s, m, mem, parts, dataParallel);
  const fits = parts.total <= usable;
  d.add(
    'memory-total',
    'Memory per GPU',
    'weights + gradients + optimizer + activations + overhead',
    parts.total,
    'bytes',
    [
      input('weights', parts.weights, 'bytes', 'weights-bytes'),
      input('gradients', parts.gradients, 'bytes', 'gradients-bytes'),
      input('optimizer', parts.optimizer, 'bytes', 'optimizer-bytes'),
      input('activations', parts.activations, 'bytes', 'activations-bytes'),
      input('overhead', parts.overhead, 'bytes', 'overhead-bytes'),
    ],
  );
  if (!fits) {
    const zero3 = { ...s, training: { ...t, zeroStage: 3 } };
    const zeroFits = fewestReplicasThatFit(memoryModel(zero3, m).at, usable, maxReplicas) !== undefined;
    warnings.push(fitWarnings(s, gpu, parts.total, usable, zeroFits));
  }

  // Time.
  d.add(
    'peak-flops',
    `Peak ${peak.format.toUpperCase()} throughput per GPU`,
    'datasheet, dense',
    peak.flops,
    'FLOP/s',
    [input('GPU', gpu.name, '')],
    `${gpu.source} (${gpu.date})`,
  );
  d.add(
    'mfu',
    'Model FLOPs utilization',
    s.hardware.mfu !== undefined ? 'given' : `default for ${gpu.generation}`,
    mfu,
    '',
    [],
    s.hardware.mfu !== undefined ? undefined : gpu.mfuBasis,
  );
  const bubble = bubbleAt(dataParallel);
  const seconds = computeSeconds(flops * recompute, gpuCount, peak.flops, mfu) * (1 + bubble);
  const wallClockHours = d.add(
    'wall-clock',
    'Wall-clock time',
    'compute × recompute factor ÷ (GPUs × peak × MFU) × (1 + bubble) ÷ (1 − restart share)',
    hoursFromSeconds(withRestartOverhead(seconds, t.restartOverhead)),
    'h',
    [
      input('compute', flops, 'FLOP', 'training-flops'),
      input('recompute factor', recompute, ''),
      input('GPUs', gpuCount, '', 'gpu-count'),
      input('peak', peak.flops, 'FLOP/s', 'peak-flops'),
      input('MFU', mfu, '', 'mfu'),
      input('pipeline bubble', bubble, ''),
      input('restart share', t.restartOverhead, ''),
    ],
    'Narayanan et al. 2021 (pipeline bubble (p − 1)/m)',
  );
  const gpuHours = d.add('gpu-hours', 'GPU-hours', 'GPUs × wall-clock hours', gpuCount * wallClockHours, 'GPU-h', [
    input('GPUs', gpuCount, '', 'gpu-count'),
    input('wall-clock', wallClockHours, 'h', 'wall-clock'),
  ]);
  if (s.hardware.deadlineHours !== undefined && wallClockHours > s.hardware.deadlineHours * (1 + 1e-9)) {
    warnings.push(
      `Misses the ${s.hardware.deadlineHours} h deadline: ${wallClockHours.toPrecision(3)} h with ${gpuCount} GPUs.`,
    );
  }

  const account = accountRun(s, catalog, gpu, gpuCount, wallClockHours, gpuHours, d, warnings);
  return {
    scenarioId: s.id,
    name: s.name,
    workload: s.workload,
    method: s.method,
    parameters: m.params,
    tokens,
    trainingFlops: flops,
    gpu: { id: gpu.id, name: gpu.name, memoryBytes: gpu.memoryBytes },
    gpuCount,
    parallelism: { data: dataParallel, tensor: t.tensorParallel, pipeline: t.pipelineParallel },
    memoryPerGpuBytes: {
      weights: parts.weights,
      gradients: parts.gradients,
      optimizer: parts.optimizer,
      activations: parts.activations,
      kvCache: 0,
      overhead: parts.overhead,
      total: parts.total,
      usable,
      capacity: gpu.memoryBytes,
      fits,
    },
    mfu,
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

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
    d.add({
      id: 'compute-optimal-tokens',
      label: 'Compute-optimal tokens',
      formula: '≈ 20 tokens per parameter',
      value: perEpoch,
      unit: 'tokens',
      inputs: [input({ key: 'parameters', name: 'parameters', value: m.params.total, unit: '', from: 'parameters' })],
      source: 'Hoffmann et al. 2022 (Chinchilla), as used by the source article',
    });
  } else {
    perEpoch = DEFAULT_FINE_TUNING_TOKENS;
    warnings.push(FINE_TUNING_TOKENS_WARNING);
  }
  return d.add({
    id: 'tokens',
    label: 'Training tokens',
    formula: 'tokens per epoch × epochs',
    value: perEpoch * t.epochs,
    unit: 'tokens',
    inputs: [
      input({ key: 'tokensPerEpoch', name: 'tokens per epoch', value: perEpoch, unit: 'tokens' }),
      input({ key: 'epochs', name: 'epochs', value: t.epochs, unit: '' }),
    ],
  });
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
    ? d.add({
        id: 'flops-per-token',
        label: 'FLOPs per token (LoRA)',
        formula: '4·N (frozen base: forward + activation gradients) + 6·N_trainable',
        value: loraFlopsPerToken(m.params.active, m.params.trainable),
        unit: 'FLOP',
        inputs: [
          input({
            key: 'activeParameters',
            name: 'active parameters N',
            value: m.params.active,
            unit: '',
            from: 'parameters',
          }),
          input({
            key: 'trainable',
            name: 'trainable',
            value: m.params.trainable,
            unit: '',
            from: 'trainable-parameters',
          }),
        ],
        source: "No weight gradients for frozen weights; matches the 2/3 ratio of this project's H200 LoRA runs",
      })
    : d.add({
        id: 'flops-per-token',
        label: 'FLOPs per token',
        formula: t.attentionFlops ? '6·N + 12·L·h·s' : '6·N',
        value: trainingFlopsPerToken(m.params.active, attention),
        unit: 'FLOP',
        inputs: [
          input({
            key: 'activeParameters',
            name: 'active parameters N',
            value: m.params.active,
            unit: '',
            from: 'parameters',
          }),
          ...(t.attentionFlops
            ? [input({ key: 'attention', name: 'attention 12·L·h·s', value: attention, unit: 'FLOP' })]
            : []),
        ],
        source: 'Kaplan et al. 2020; attention term: Chowdhery et al. 2022 (PaLM), appendix B',
      });
  const flops = d.add({
    id: 'training-flops',
    label: 'Training compute',
    formula: 'FLOPs per token × tokens',
    value: flopsPerToken * tokens,
    unit: 'FLOP',
    inputs: [
      input({
        key: 'flopsPerToken',
        name: 'FLOPs per token',
        value: flopsPerToken,
        unit: 'FLOP',
        from: 'flops-per-token',
      }),
      input({ key: 'tokens', name: 'tokens', value: tokens, unit: 'tokens', from: 'tokens' }),
    ],
  });

  // Memory and GPU count.
  const mem = memoryModel(s, m);
  const modelParallel = t.tensorParallel * t.pipelineParallel;
  const usable = d.add({
    id: 'usable-memory',
    label: 'Usable memory per GPU',
    formula: 'capacity × (1 − headroom)',
    value: gpu.memoryBytes * (1 - s.hardware.memoryHeadroom),
    unit: 'bytes',
    inputs: [
      input({ key: 'capacity', name: 'capacity', value: gpu.memoryBytes, unit: 'bytes' }),
      input({ key: 'headroom', name: 'headroom', value: s.hardware.memoryHeadroom, unit: '' }),
    ],
    source: gpu.source,
  });
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
  const gpuCount = d.add({
    id: 'gpu-count',
    label: 'GPUs',
    formula: countRule === 'given' ? 'given' : 'tensor-parallel × pipeline-parallel × data-parallel',
    value: dataParallel * modelParallel,
    unit: 'GPUs',
    inputs: [
      input({ key: 'tensorParallel', name: 'tensor-parallel', value: t.tensorParallel, unit: '' }),
      input({ key: 'pipelineParallel', name: 'pipeline-parallel', value: t.pipelineParallel, unit: '' }),
      input({ key: 'dataParallel', name: 'data-parallel', value: dataParallel, unit: '' }),
      input({ key: 'rule', name: 'rule', value: countRule, unit: '' }),
    ],
  });

  const parts = mem.at(dataParallel);
  recordMemorySteps(d, s, m, mem, parts, dataParallel);
  const fits = parts.total <= usable;
  d.add({
    id: 'memory-total',
    label: 'Memory per GPU',
    formula: 'weights + gradients + optimizer + activations + overhead',
    value: parts.total,
    unit: 'bytes',
    inputs: [
      input({ key: 'weights', name: 'weights', value: parts.weights, unit: 'bytes', from: 'weights-bytes' }),
      input({ key: 'gradients', name: 'gradients', value: parts.gradients, unit: 'bytes', from: 'gradients-bytes' }),
      input({ key: 'optimizer', name: 'optimizer', value: parts.optimizer, unit: 'bytes', from: 'optimizer-bytes' }),
      input({
        key: 'activations',
        name: 'activations',
        value: parts.activations,
        unit: 'bytes',
        from: 'activations-bytes',
      }),
      input({ key: 'overhead', name: 'overhead', value: parts.overhead, unit: 'bytes', from: 'overhead-bytes' }),
    ],
  });
  if (!fits) {
    const zero3 = { ...s, training: { ...t, zeroStage: 3 } };
    const zeroFits = fewestReplicasThatFit(memoryModel(zero3, m).at, usable, maxReplicas) !== undefined;
    warnings.push(fitWarnings(s, gpu, parts.total, usable, zeroFits));
  }

  // Time.
  d.add({
    id: 'peak-flops',
    label: `Peak ${peak.format.toUpperCase()} throughput per GPU`,
    formula: 'datasheet, dense',
    value: peak.flops,
    unit: 'FLOP/s',
    inputs: [input({ key: 'gpu', name: 'GPU', value: gpu.name, unit: '' })],
    source: `${gpu.source} (${gpu.date})`,
  });
  d.add({
    id: 'mfu',
    label: 'Model FLOPs utilization',
    formula: s.hardware.mfu !== undefined ? 'given' : `default for ${gpu.generation}`,
    value: mfu,
    unit: '',
    inputs: [],
    source: s.hardware.mfu !== undefined ? undefined : gpu.mfuBasis,
  });
  const bubble = bubbleAt(dataParallel);
  const seconds = computeSeconds(flops * recompute, gpuCount, peak.flops, mfu) * (1 + bubble);
  const wallClockHours = d.add({
    id: 'wall-clock',
    label: 'Wall-clock time',
    formula: 'compute × recompute factor ÷ (GPUs × peak × MFU) × (1 + bubble) ÷ (1 − restart share)',
    value: hoursFromSeconds(withRestartOverhead(seconds, t.restartOverhead)),
    unit: 'h',
    inputs: [
      input({ key: 'compute', name: 'compute', value: flops, unit: 'FLOP', from: 'training-flops' }),
      input({ key: 'recomputeFactor', name: 'recompute factor', value: recompute, unit: '' }),
      input({ key: 'gpus', name: 'GPUs', value: gpuCount, unit: '', from: 'gpu-count' }),
      input({ key: 'peak', name: 'peak', value: peak.flops, unit: 'FLOP/s', from: 'peak-flops' }),
      input({ key: 'mfu', name: 'MFU', value: mfu, unit: '', from: 'mfu' }),
      input({ key: 'pipelineBubble', name: 'pipeline bubble', value: bubble, unit: '' }),
      input({ key: 'restartShare', name: 'restart share', value: t.restartOverhead, unit: '' }),
    ],
    source: 'Narayanan et al. 2021 (pipeline bubble (p − 1)/m)',
  });
  const gpuHours = d.add({
    id: 'gpu-hours',
    label: 'GPU-hours',
    formula: 'GPUs × wall-clock hours',
    value: gpuCount * wallClockHours,
    unit: 'GPU-h',
    inputs: [
      input({ key: 'gpus', name: 'GPUs', value: gpuCount, unit: '', from: 'gpu-count' }),
      input({ key: 'wallClock', name: 'wall-clock', value: wallClockHours, unit: 'h', from: 'wall-clock' }),
    ],
  });
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

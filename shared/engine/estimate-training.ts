// Pre-training and fine-tuning under the standard method: memory per GPU,
// the fewest GPUs that fit (or meet a deadline), time, then energy, CO2 and cost.
import type { Catalog, Gpu } from '../catalog/types';
import type { Scenario } from '../schema/scenario';
import type { Estimate, MemoryPerGpuBytes } from './types';
import { Derivation, input } from './derivation';
import { checkModelParallelLayout, setupModel, type ModelSetup } from './model-setup';
import { numberFormat, trainingPrecisions } from './precision';
import { modelStateBytesPerGpu, modelStateBytesPerParam } from './memory';
import { activationBytesPerGpu, activationFormula, mlpActivationScale, type ActivationInput } from './activations';
import { attentionFlopsPerToken, loraFlopsPerToken, recomputeFactor, trainingFlopsPerToken } from './compute';
import { computeSeconds, hoursFromSeconds, pipelineBubbleFraction, withRestartOverhead } from './time';
import { computeOptimalTokens } from './scaling-laws';
import { peakFor } from './peak';
import { accountRun } from './account';
import { errors } from './errors';
import { DEFAULT_FINE_TUNING_TOKENS, FINE_TUNING_TOKENS_WARNING } from './fine-tuning';

const MAX_GPUS = 10_000_000;
/** Without a global batch, assume 8 micro-batches per pipeline stage in flight per step. */
const DEFAULT_MICRO_BATCHES_PER_STAGE = 8;

type MemoryParts = Omit<MemoryPerGpuBytes, 'usable' | 'capacity' | 'fits'>;

const memoryModel = (s: Scenario, m: ModelSetup) => {
  const t = s.training;
  const precision = trainingPrecisions[t.precision];
  const perParam = modelStateBytesPerParam(precision, t.optimizer, t.masterWeights, m.arch.hidden);
  const frozenWeightBytes = s.fineTuning.method === 'qlora' && m.adapters ? numberFormat('nf4').bytes : precision.weightBytes;
  const activation: ActivationInput = {
    seqLength: t.seqLength, microBatch: t.microBatch, hidden: m.arch.hidden, heads: m.arch.heads, layers: m.arch.layers, vocab: m.arch.vocab,
    tensorParallel: t.tensorParallel, pipelineParallel: t.pipelineParallel, sequenceParallel: t.sequenceParallel,
    recompute: t.recompute, flashAttention: t.flashAttention,
    mlpScale: mlpActivationScale(m.arch.hidden, m.arch.ffn, m.arch.gatedFfn, m.arch.expertsTopK),
  };
  const activations = activationBytesPerGpu(activation);
  const at = (dataParallel: number): MemoryParts => {
    const states = modelStateBytesPerGpu({
      frozen: m.adapters ? m.params.total : 0, trainable: m.params.trainable, frozenWeightBytes, perParam,
      zeroStage: t.zeroStage, dataParallel, modelParallel: t.tensorParallel * t.pipelineParallel,
    });
    const overhead = t.frameworkOverheadBytes;
    // Explicit fields, not a spread: `{ ...x, more }` takes a slow runtime path in V8 and this runs ~25 times per estimate.
    return {
      weights: states.weights, gradients: states.gradients, optimizer: states.optimizer, activations, kvCache: 0, overhead,
      total: states.weights + states.gradients + states.optimizer + activations + overhead,
    };
  };
  return { at, perParam, frozenWeightBytes, activation };
};

/**
 * Fewest data-parallel replicas whose per-GPU memory fits. Memory per GPU is
 * fixed + sharded/dp (ZeRO divides the sharded states by dp), so solve for dp directly.
 */
const fewestReplicasThatFit = (at: (dp: number) => MemoryParts, usable: number, maxReplicas: number): number | undefined => {
  const one = at(1).total;
  if (one <= usable) return 1;
  const fixed = at(Number.POSITIVE_INFINITY).total; // what no amount of sharding removes
  if (fixed >= usable) return undefined;
  const sharded = one - fixed;
  let dp = Math.ceil(sharded / (usable - fixed));
  // Guard floating-point edges: the answer must fit and dp − 1 must not.
  while (dp > 1 && at(dp - 1).total <= usable) dp--;
  while (at(dp).total > usable) dp++;
  return dp <= maxReplicas ? dp : undefined;
};

const trainingTokens = (s: Scenario, m: ModelSetup, d: Derivation, warnings: string[]): number => {
  const t = s.training;
  let perEpoch: number;
  if (t.tokens !== undefined) {
    perEpoch = t.tokens;
  } else if (s.workload === 'pretraining') {
    perEpoch = computeOptimalTokens(m.params.total);
    d.add('compute-optimal-tokens', 'Compute-optimal tokens', '≈ 20 tokens per parameter', perEpoch, 'tokens', [input('parameters', m.params.total, '', 'parameters')],
      'Hoffmann et al. 2022 (Chinchilla), as used by the source article');
  } else {
    perEpoch = DEFAULT_FINE_TUNING_TOKENS;
    warnings.push(FINE_TUNING_TOKENS_WARNING);
  }
  return d.add('tokens', 'Training tokens', 'tokens per epoch × epochs', perEpoch * t.epochs, 'tokens', [
    input('tokens per epoch', perEpoch, 'tokens'), input('epochs', t.epochs, ''),
  ]);
};

const fitWarnings = (s: Scenario, gpu: Gpu, total: number, usable: number, zeroFits: boolean): string => {
  const gb = (b: number) => `${(b / 1e9).toFixed(1)} GB`;
  const fixes = [
    s.training.zeroStage < 3 && zeroFits ? 'ZeRO stage 3 (shards weights across GPUs)' : '',
    'more tensor or pipeline parallelism',
    s.training.recompute !== 'full' ? 'full activation recomputation' : '',
    s.training.microBatch > 1 ? 'a smaller micro-batch' : '',
    'a GPU with more memory',
  ].filter(Boolean);
  return `Does not fit: ${gb(total)} needed per GPU, ${gb(usable)} usable on ${gpu.name}. Try ${fixes.join(', or ')}.`;
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
    ? d.add('flops-per-token', 'FLOPs per token (LoRA)', '4·N (frozen base: forward + activation gradients) + 6·N_trainable', loraFlopsPerToken(m.params.active, m.params.trainable), 'FLOP', [
      input('active parameters N', m.params.active, '', 'parameters'), input('trainable', m.params.trainable, '', 'trainable-parameters'),
    ], 'No weight gradients for frozen weights; matches the 2/3 ratio of this project\'s H200 LoRA runs')
    : d.add('flops-per-token', 'FLOPs per token', t.attentionFlops ? '6·N + 12·L·h·s' : '6·N', trainingFlopsPerToken(m.params.active, attention), 'FLOP', [
      input('active parameters N', m.params.active, '', 'parameters'), ...(t.attentionFlops ? [input('attention 12·L·h·s', attention, 'FLOP')] : []),
    ], 'Kaplan et al. 2020; attention term: Chowdhery et al. 2022 (PaLM), appendix B');
  const flops = d.add('training-flops', 'Training compute', 'FLOPs per token × tokens', flopsPerToken * tokens, 'FLOP', [
    input('FLOPs per token', flopsPerToken, 'FLOP', 'flops-per-token'), input('tokens', tokens, 'tokens', 'tokens'),
  ]);

  // Memory and GPU count.
  const mem = memoryModel(s, m);
  const modelParallel = t.tensorParallel * t.pipelineParallel;
  const usable = d.add('usable-memory', 'Usable memory per GPU', 'capacity × (1 − headroom)', gpu.memoryBytes * (1 - s.hardware.memoryHeadroom), 'bytes', [
    input('capacity', gpu.memoryBytes, 'bytes'), input('headroom', s.hardware.memoryHeadroom, ''),
  ], gpu.source);
  const maxReplicas = Math.floor(MAX_GPUS / modelParallel);
  const fitReplicas = fewestReplicasThatFit(mem.at, usable, maxReplicas);

  const peak = peakFor(gpu, trainingPrecisions[t.precision].computeFormat);
  if (peak.fellBackFrom) warnings.push(`${gpu.name} has no ${peak.fellBackFrom.toUpperCase()} tensor throughput in the catalog: computed at its ${peak.format.toUpperCase()} peak.`);
  const mfu = s.hardware.mfu ?? gpu.defaultMfu;
  const recompute = recomputeFactor(t.recompute);
  const bubbleAt = (dp: number) => {
    const microBatches = t.globalBatch !== undefined ? Math.max(1, t.globalBatch / (dp * t.microBatch)) : DEFAULT_MICRO_BATCHES_PER_STAGE * t.pipelineParallel;
    return pipelineBubbleFraction(t.pipelineParallel, microBatches);
  };
  const hoursAt = (dp: number) =>
    hoursFromSeconds(withRestartOverhead(computeSeconds(flops * recompute, dp * modelParallel, peak.flops, mfu) * (1 + bubbleAt(dp)), t.restartOverhead));

  const batchReplicaLimit = t.globalBatch !== undefined ? Math.max(1, Math.floor(t.globalBatch / t.microBatch)) : undefined;
  let dataParallel: number;
  let countRule: string;
  if (s.hardware.gpuCount !== undefined) {
    if (s.hardware.gpuCount % modelParallel !== 0) throw errors.parallelismMismatch(s.hardware.gpuCount, t.tensorParallel, t.pipelineParallel);
    dataParallel = s.hardware.gpuCount / modelParallel;
    countRule = 'given';
  } else {
    dataParallel = fitReplicas ?? 1;
    countRule = 'fewest that fit memory: tensor × pipeline × data-parallel replicas';
    if (s.hardware.deadlineHours !== undefined) {
      // Each replica needs at least one micro-batch of the global batch per step: more replicas would idle.
      const replicaLimit = Math.max(dataParallel, Math.min(maxReplicas, batchReplicaLimit ?? maxReplicas));
      // Hours never rise with more replicas (compute ÷ dp, plus a bubble that tends to a constant when the
      // global batch is fixed), so the fewest replicas that meet the deadline can be found by bisection.
      const deadline = s.hardware.deadlineHours;
      const meets = (dp: number) => hoursAt(dp) <= deadline * (1 + 1e-12);
      if (!meets(dataParallel)) {
        let lo = dataParallel + 1;
        let hi = replicaLimit;
        if (!meets(hi)) lo = hi;
        while (lo < hi) {
          const mid = Math.floor((lo + hi) / 2);
          if (meets(mid)) hi = mid; else lo = mid + 1;
        }
        dataParallel = lo;
      }
      countRule = 'enough to meet the deadline (and fit memory)';
      if (hoursAt(dataParallel) > s.hardware.deadlineHours * (1 + 1e-9) && dataParallel >= replicaLimit) {
        warnings.push(replicaLimit === batchReplicaLimit
          ? `The ${s.hardware.deadlineHours} h deadline (hardware.deadlineHours) cannot be met: the global batch of ${t.globalBatch} sequences ÷ micro-batch ${t.microBatch} allows at most ${replicaLimit} data-parallel replicas. Raise the global batch or relax the deadline.`
          : `The ${s.hardware.deadlineHours} h deadline (hardware.deadlineHours) cannot be met within the engine's limit of ${MAX_GPUS.toLocaleString('en-US')} GPUs.`);
      }
    }
  }
  if (batchReplicaLimit !== undefined && dataParallel > batchReplicaLimit) {
    warnings.push(`${dataParallel} data-parallel replicas exceed the global batch of ${t.globalBatch} sequences ÷ micro-batch ${t.microBatch} = ${batchReplicaLimit}: replicas beyond that would idle, so the time shown is optimistic.`);
  }
  const gpuCount = d.add('gpu-count', 'GPUs', countRule === 'given' ? 'given' : 'tensor-parallel × pipeline-parallel × data-parallel', dataParallel * modelParallel, 'GPUs', [
    input('tensor-parallel', t.tensorParallel, ''), input('pipeline-parallel', t.pipelineParallel, ''), input('data-parallel', dataParallel, ''), input('rule', countRule, ''),
  ]);

  const parts = mem.at(dataParallel);
  const p = mem.perParam;
  const shard = `÷ (t·p = ${modelParallel})`;
  d.add('weights-bytes', 'Weights per GPU', `trainable × ${p.weights} B ${m.adapters ? `+ frozen × ${mem.frozenWeightBytes} B ` : ''}${shard}${t.zeroStage >= 3 ? ' ÷ data-parallel (ZeRO-3)' : ''}`, parts.weights, 'bytes', [
    input('parameters', m.params.total, '', 'parameters'), input('data-parallel', dataParallel, ''),
  ], 'Rajbhandari et al. 2020 (ZeRO)');
  d.add('gradients-bytes', 'Gradients per GPU', `trainable × ${p.gradients} B ${shard}${t.zeroStage >= 2 ? ' ÷ data-parallel (ZeRO-2)' : ''}`, parts.gradients, 'bytes', [
    input('trainable parameters', m.params.trainable, ''),
  ], 'Rajbhandari et al. 2020 (ZeRO)');
  d.add('optimizer-bytes', 'Optimizer states per GPU', `trainable × ${p.optimizer.toFixed(3)} B (${t.optimizer}, master copy included) ${shard}${t.zeroStage >= 1 ? ' ÷ data-parallel (ZeRO-1)' : ''}`, parts.optimizer, 'bytes', [
    input('trainable parameters', m.params.trainable, ''), input('optimizer', t.optimizer, ''), input('ZeRO stage', t.zeroStage, ''),
  ], 'Rajbhandari et al. 2020 (ZeRO): K = 12 bytes for mixed-precision Adam');
  d.add('activations-bytes', 'Activations per GPU', activationFormula(mem.activation), parts.activations, 'bytes', [
    input('sequence s', t.seqLength, 'tokens'), input('micro-batch b', t.microBatch, ''), input('hidden h', m.arch.hidden, ''), input('layers L', m.arch.layers, ''),
    input('heads a', m.arch.heads, ''), input('tensor-parallel t', t.tensorParallel, ''), input('vocabulary V', m.arch.vocab, ''),
    input('K = 15 + 19 × MLP scale (34 for a dense 4h MLP)', 15 + 19 * mem.activation.mlpScale, ''), input('sequence parallel', String(t.sequenceParallel), ''),
    input('recompute', t.recompute, ''), input('fused attention', String(t.flashAttention), ''),
  ], 'Korthikanti et al. 2022, "Reducing Activation Recomputation in Large Transformer Models"');
  d.add('overhead-bytes', 'Framework overhead per GPU', 'given', parts.overhead, 'bytes', [], 'CUDA context, NCCL buffers, allocator fragmentation');
  const fits = parts.total <= usable;
  d.add('memory-total', 'Memory per GPU', 'weights + gradients + optimizer + activations + overhead', parts.total, 'bytes', [
    input('weights', parts.weights, 'bytes', 'weights-bytes'), input('gradients', parts.gradients, 'bytes', 'gradients-bytes'),
    input('optimizer', parts.optimizer, 'bytes', 'optimizer-bytes'), input('activations', parts.activations, 'bytes', 'activations-bytes'), input('overhead', parts.overhead, 'bytes', 'overhead-bytes'),
  ]);
  if (!fits) {
    const zero3 = { ...s, training: { ...t, zeroStage: 3 } };
    const zeroFits = fewestReplicasThatFit(memoryModel(zero3, m).at, usable, maxReplicas) !== undefined;
    warnings.push(fitWarnings(s, gpu, parts.total, usable, zeroFits));
  }

  // Time.
  d.add('peak-flops', `Peak ${peak.format.toUpperCase()} throughput per GPU`, 'datasheet, dense', peak.flops, 'FLOP/s', [input('GPU', gpu.name, '')], `${gpu.source} (${gpu.date})`);
  d.add('mfu', 'Model FLOPs utilization', s.hardware.mfu !== undefined ? 'given' : `default for ${gpu.generation}`, mfu, '', [], s.hardware.mfu !== undefined ? undefined : gpu.mfuBasis);
  const bubble = bubbleAt(dataParallel);
  const seconds = computeSeconds(flops * recompute, gpuCount, peak.flops, mfu) * (1 + bubble);
  const wallClockHours = d.add('wall-clock', 'Wall-clock time', 'compute × recompute factor ÷ (GPUs × peak × MFU) × (1 + bubble) ÷ (1 − restart share)', hoursFromSeconds(withRestartOverhead(seconds, t.restartOverhead)), 'h', [
    input('compute', flops, 'FLOP', 'training-flops'), input('recompute factor', recompute, ''), input('GPUs', gpuCount, '', 'gpu-count'),
    input('peak', peak.flops, 'FLOP/s', 'peak-flops'), input('MFU', mfu, '', 'mfu'), input('pipeline bubble', bubble, ''), input('restart share', t.restartOverhead, ''),
  ], 'Narayanan et al. 2021 (pipeline bubble (p − 1)/m)');
  const gpuHours = d.add('gpu-hours', 'GPU-hours', 'GPUs × wall-clock hours', gpuCount * wallClockHours, 'GPU-h', [
    input('GPUs', gpuCount, '', 'gpu-count'), input('wall-clock', wallClockHours, 'h', 'wall-clock'),
  ]);
  if (s.hardware.deadlineHours !== undefined && wallClockHours > s.hardware.deadlineHours * (1 + 1e-9)) {
    warnings.push(`Misses the ${s.hardware.deadlineHours} h deadline: ${wallClockHours.toPrecision(3)} h with ${gpuCount} GPUs.`);
  }

  const account = accountRun(s, catalog, gpu, gpuCount, wallClockHours, gpuHours, d, warnings);
  return {
    scenarioId: s.id, name: s.name, workload: s.workload, method: s.method,
    parameters: m.params, tokens, trainingFlops: flops,
    gpu: { id: gpu.id, name: gpu.name, memoryBytes: gpu.memoryBytes }, gpuCount,
    parallelism: { data: dataParallel, tensor: t.tensorParallel, pipeline: t.pipelineParallel },
    memoryPerGpuBytes: {
      weights: parts.weights, gradients: parts.gradients, optimizer: parts.optimizer, activations: parts.activations, kvCache: 0, overhead: parts.overhead,
      total: parts.total, usable, capacity: gpu.memoryBytes, fits,
    },
    mfu, gpuHours, wallClockHours,
    facilityPowerKW: account.facilityPowerKW, energyKWh: account.energyKWh, co2eKg: account.co2eKg, embodiedCo2eKg: account.embodiedCo2eKg, carbonIntensityKgPerKWh: account.carbonIntensityKgPerKWh, cost: account.cost,
    warnings, steps: d.steps, catalogDate: catalog.date,
  };
};

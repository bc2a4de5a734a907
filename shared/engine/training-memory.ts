// Memory per GPU for training: the model states and activations at a data-parallel
// size, the fewest replicas that fit, the steps that explain it and what to try when it does not fit.
import type { Gpu } from '../catalog/types';
import type { Scenario } from '../schema/scenario';
import type { MemoryPerGpuBytes } from './types';
import { Derivation, input } from './derivation';
import type { ModelSetup } from './model-setup';
import { numberFormat, trainingPrecisions } from './precision';
import { modelStateBytesPerGpu, modelStateBytesPerParam } from './memory';
import { activationBytesPerGpu, activationFormula, mlpActivationScale, type ActivationInput } from './activations';

export type MemoryParts = Omit<MemoryPerGpuBytes, 'usable' | 'capacity' | 'fits'>;

export const memoryModel = (s: Scenario, m: ModelSetup) => {
  const t = s.training;
  const precision = trainingPrecisions[t.precision];
  const perParam = modelStateBytesPerParam(precision, t.optimizer, t.masterWeights, m.arch.hidden);
  const frozenWeightBytes =
    s.fineTuning.method === 'qlora' && m.adapters ? numberFormat('nf4').bytes : precision.weightBytes;
  const activation: ActivationInput = {
    seqLength: t.seqLength,
    microBatch: t.microBatch,
    hidden: m.arch.hidden,
    heads: m.arch.heads,
    layers: m.arch.layers,
    vocab: m.arch.vocab,
    tensorParallel: t.tensorParallel,
    pipelineParallel: t.pipelineParallel,
    sequenceParallel: t.sequenceParallel,
    recompute: t.recompute,
    flashAttention: t.flashAttention,
    mlpScale: mlpActivationScale(m.arch.hidden, m.arch.ffn, m.arch.gatedFfn, m.arch.expertsTopK),
  };
  const activations = activationBytesPerGpu(activation);
  const at = (dataParallel: number): MemoryParts => {
    const states = modelStateBytesPerGpu({
      frozen: m.adapters ? m.params.total : 0,
      trainable: m.params.trainable,
      frozenWeightBytes,
      perParam,
      zeroStage: t.zeroStage,
      dataParallel,
      modelParallel: t.tensorParallel * t.pipelineParallel,
    });
    const overhead = t.frameworkOverheadBytes;
    // Explicit fields, not a spread: `{ ...x, more }` takes a slow runtime path in V8, and this is on the estimate hot path.
    return {
      weights: states.weights,
      gradients: states.gradients,
      optimizer: states.optimizer,
      activations,
      kvCache: 0,
      overhead,
      total: states.weights + states.gradients + states.optimizer + activations + overhead,
    };
  };
  return { at, perParam, frozenWeightBytes, activation };
};

/**
 * Fewest data-parallel replicas whose per-GPU memory fits. Memory per GPU is
 * fixed + sharded/dp (ZeRO divides the sharded states by dp), so solve for dp directly.
 */
export const fewestReplicasThatFit = (
  at: (dp: number) => MemoryParts,
  usable: number,
  maxReplicas: number,
): number | undefined => {
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

export type MemoryModel = ReturnType<typeof memoryModel>;

export const fitWarnings = (s: Scenario, gpu: Gpu, total: number, usable: number, zeroFits: boolean): string => {
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

/** The derivation steps of each memory part at the chosen data-parallel size. */
export const recordMemorySteps = (
  d: Derivation,
  s: Scenario,
  m: ModelSetup,
  mem: MemoryModel,
  parts: MemoryParts,
  dataParallel: number,
): void => {
  const t = s.training;
  const modelParallel = t.tensorParallel * t.pipelineParallel;
  const p = mem.perParam;
  const shard = `÷ (t·p = ${modelParallel})`;
  d.add(
    'weights-bytes',
    'Weights per GPU',
    `trainable × ${p.weights} B ${m.adapters ? `+ frozen × ${mem.frozenWeightBytes} B ` : ''}${shard}${t.zeroStage >= 3 ? ' ÷ data-parallel (ZeRO-3)' : ''}`,
    parts.weights,
    'bytes',
    [input('parameters', m.params.total, '', 'parameters'), input('data-parallel', dataParallel, '')],
    'Rajbhandari et al. 2020 (ZeRO)',
  );
  d.add(
    'gradients-bytes',
    'Gradients per GPU',
    `trainable × ${p.gradients} B ${shard}${t.zeroStage >= 2 ? ' ÷ data-parallel (ZeRO-2)' : ''}`,
    parts.gradients,
    'bytes',
    [input('trainable parameters', m.params.trainable, '')],
    'Rajbhandari et al. 2020 (ZeRO)',
  );
  d.add(
    'optimizer-bytes',
    'Optimizer states per GPU',
    `trainable × ${p.optimizer.toFixed(3)} B (${t.optimizer}, master copy included) ${shard}${t.zeroStage >= 1 ? ' ÷ data-parallel (ZeRO-1)' : ''}`,
    parts.optimizer,
    'bytes',
    [
      input('trainable parameters', m.params.trainable, ''),
      input('optimizer', t.optimizer, ''),
      input('ZeRO stage', t.zeroStage, ''),
    ],
    'Rajbhandari et al. 2020 (ZeRO): K = 12 bytes for mixed-precision Adam',
  );
  d.add(
    'activations-bytes',
    'Activations per GPU',
    activationFormula(mem.activation),
    parts.activations,
    'bytes',
    [
      input('sequence s', t.seqLength, 'tokens'),
      input('micro-batch b', t.microBatch, ''),
      input('hidden h', m.arch.hidden, ''),
      input('layers L', m.arch.layers, ''),
      input('heads a', m.arch.heads, ''),
      input('tensor-parallel t', t.tensorParallel, ''),
      input('vocabulary V', m.arch.vocab, ''),
      input('K = 15 + 19 × MLP scale (34 for a dense 4h MLP)', 15 + 19 * mem.activation.mlpScale, ''),
      input('sequence parallel', String(t.sequenceParallel), ''),
      input('recompute', t.recompute, ''),
      input('fused attention', String(t.flashAttention), ''),
    ],
    'Korthikanti et al. 2022, "Reducing Activation Recomputation in Large Transformer Models"',
  );
  d.add(
    'overhead-bytes',
    'Framework overhead per GPU',
    'given',
    parts.overhead,
    'bytes',
    [],
    'CUDA context, NCCL buffers, allocator fragmentation',
  );
};

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
  d.add({
    id: 'weights-bytes',
    label: 'Weights per GPU',
    formula: `trainable × ${p.weights} B ${m.adapters ? `+ frozen × ${mem.frozenWeightBytes} B ` : ''}${shard}${t.zeroStage >= 3 ? ' ÷ data-parallel (ZeRO-3)' : ''}`,
    value: parts.weights,
    unit: 'bytes',
    inputs: [
      input({ key: 'parameters', name: 'parameters', value: m.params.total, unit: '', from: 'parameters' }),
      input({ key: 'dataParallel', name: 'data-parallel', value: dataParallel, unit: '' }),
    ],
    source: 'Rajbhandari et al. 2020 (ZeRO)',
  });
  d.add({
    id: 'gradients-bytes',
    label: 'Gradients per GPU',
    formula: `trainable × ${p.gradients} B ${shard}${t.zeroStage >= 2 ? ' ÷ data-parallel (ZeRO-2)' : ''}`,
    value: parts.gradients,
    unit: 'bytes',
    inputs: [input({ key: 'trainableParameters', name: 'trainable parameters', value: m.params.trainable, unit: '' })],
    source: 'Rajbhandari et al. 2020 (ZeRO)',
  });
  d.add({
    id: 'optimizer-bytes',
    label: 'Optimizer states per GPU',
    formula: `trainable × ${p.optimizer.toFixed(3)} B (${t.optimizer}, master copy included) ${shard}${t.zeroStage >= 1 ? ' ÷ data-parallel (ZeRO-1)' : ''}`,
    value: parts.optimizer,
    unit: 'bytes',
    inputs: [
      input({ key: 'trainableParameters', name: 'trainable parameters', value: m.params.trainable, unit: '' }),
      input({ key: 'optimizer', name: 'optimizer', value: t.optimizer, unit: '' }),
      input({ key: 'zeroStage', name: 'ZeRO stage', value: t.zeroStage, unit: '' }),
    ],
    source: 'Rajbhandari et al. 2020 (ZeRO): K = 12 bytes for mixed-precision Adam',
  });
  d.add({
    id: 'activations-bytes',
    label: 'Activations per GPU',
    formula: activationFormula(mem.activation),
    value: parts.activations,
    unit: 'bytes',
    inputs: [
      input({ key: 'sequence', name: 'sequence s', value: t.seqLength, unit: 'tokens' }),
      input({ key: 'microBatch', name: 'micro-batch b', value: t.microBatch, unit: '' }),
      input({ key: 'hidden', name: 'hidden h', value: m.arch.hidden, unit: '' }),
      input({ key: 'layers', name: 'layers L', value: m.arch.layers, unit: '' }),
      input({ key: 'heads', name: 'heads a', value: m.arch.heads, unit: '' }),
      input({ key: 'tensorParallel', name: 'tensor-parallel t', value: t.tensorParallel, unit: '' }),
      input({ key: 'vocabulary', name: 'vocabulary V', value: m.arch.vocab, unit: '' }),
      input({
        key: 'k',
        name: 'K = 15 + 19 × MLP scale (34 for a dense 4h MLP)',
        value: 15 + 19 * mem.activation.mlpScale,
        unit: '',
      }),
      input({ key: 'sequenceParallel', name: 'sequence parallel', value: String(t.sequenceParallel), unit: '' }),
      input({ key: 'recompute', name: 'recompute', value: t.recompute, unit: '' }),
      input({ key: 'fusedAttention', name: 'fused attention', value: String(t.flashAttention), unit: '' }),
    ],
    source: 'Korthikanti et al. 2022, "Reducing Activation Recomputation in Large Transformer Models"',
  });
  d.add({
    id: 'overhead-bytes',
    label: 'Framework overhead per GPU',
    formula: 'given',
    value: parts.overhead,
    unit: 'bytes',
    inputs: [],
    source: 'CUDA context, NCCL buffers, allocator fragmentation',
  });
};

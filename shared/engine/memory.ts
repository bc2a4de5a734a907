// Model-state memory per GPU: weights, gradients, optimizer states, with
// tensor/pipeline splitting and ZeRO sharding over data parallelism
// (Rajbhandari et al. 2020: stage 1 shards optimizer states, 2 adds gradients, 3 adds weights).
import type { OptimizerId } from '../schema/scenario';
import type { TrainingPrecision } from './precision';

/** Optimizer state values kept per trainable parameter, and their size. */
export const optimizerStateBytesPerParam = (
  optimizer: OptimizerId,
  precision: TrainingPrecision,
  hidden: number,
): number => {
  switch (optimizer) {
    case 'adamw':
      return 2 * precision.stateBytes; // first and second moments
    case 'adam-8bit':
      return 2; // two 8-bit moments, block-wise quantized (Dettmers et al. 2022)
    case 'sgd':
      return precision.stateBytes; // momentum only
    // Factored second moment: (rows + cols) values per h×h-like matrix ≈ 2/h values per parameter.
    case 'adafactor':
      return (2 / hidden) * precision.stateBytes;
  }
};

export interface ModelStateBytesPerParam {
  weights: number;
  gradients: number;
  /** Optimizer states plus the FP32 master copy of the weights, as in the ZeRO paper's K. */
  optimizer: number;
}

/**
 * Bytes per parameter for a fully trained model. With `fp32-weights` (PyTorch
 * autocast) the FP32 master is the weights themselves and gradients are FP32 too.
 */
type MasterWeights = 'separate' | 'fp32-weights';

/** Whether the FP32 master copy is the weights themselves (PyTorch autocast) rather than a separate copy. */
const masterIsWeights = (precision: TrainingPrecision, masterWeights: MasterWeights) =>
  precision.fp32Master && masterWeights === 'fp32-weights';

// Scalar forms (no allocation) for the search's per-candidate loop; modelStateBytesPerParam composes them.
export const weightBytesPerParam = (precision: TrainingPrecision, masterWeights: MasterWeights): number =>
  masterIsWeights(precision, masterWeights) ? 4 : precision.weightBytes;

export const gradientBytesPerParam = (precision: TrainingPrecision, masterWeights: MasterWeights): number =>
  masterIsWeights(precision, masterWeights) ? 4 : precision.gradientBytes;

export const optimizerBytesPerParam = (
  precision: TrainingPrecision,
  optimizer: OptimizerId,
  masterWeights: MasterWeights,
  hidden: number,
): number =>
  optimizerStateBytesPerParam(optimizer, precision, hidden) +
  (precision.fp32Master && !masterIsWeights(precision, masterWeights) ? 4 : 0);

export const modelStateBytesPerParam = (
  precision: TrainingPrecision,
  optimizer: OptimizerId,
  masterWeights: MasterWeights,
  hidden: number,
): ModelStateBytesPerParam => ({
  weights: weightBytesPerParam(precision, masterWeights),
  gradients: gradientBytesPerParam(precision, masterWeights),
  optimizer: optimizerBytesPerParam(precision, optimizer, masterWeights, hidden),
});

export interface ShardingInput {
  /** Parameters held but not updated (a LoRA base model); 0 for full training. */
  frozen: number;
  /** Parameters the optimizer updates (the whole model, or the adapters added to a frozen base). */
  trainable: number;
  /** Bytes per frozen parameter. */
  frozenWeightBytes: number;
  perParam: ModelStateBytesPerParam;
  zeroStage: number;
  dataParallel: number;
  /** tensor × pipeline: each GPU holds this share of the layers' parameters. */
  modelParallel: number;
}

export interface ModelStateBytes {
  weights: number;
  gradients: number;
  optimizer: number;
}

export const modelStateBytesPerGpu = (x: ShardingInput): ModelStateBytes => {
  const split = (bytes: number, shardedFromStage: number) =>
    bytes / x.modelParallel / (x.zeroStage >= shardedFromStage ? x.dataParallel : 1);
  return {
    weights: split(x.frozen * x.frozenWeightBytes + x.trainable * x.perParam.weights, 3),
    gradients: split(x.trainable * x.perParam.gradients, 2),
    optimizer: split(x.trainable * x.perParam.optimizer, 1),
  };
};

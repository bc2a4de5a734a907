// Number formats: bits, exponent/mantissa split and bytes per stored value.
import type { PrecisionId, WeightPrecisionId } from '../schema/scenario';

export interface NumberFormat {
  id: string;
  label: string;
  kind: 'float' | 'integer';
  bits: number;
  /** Exponent bits (0 for integer formats: the article's "7" for INT8 is meaningless). */
  exponentBits: number;
  /** Fraction (mantissa) bits; for integers, the value bits after the sign. */
  mantissaBits: number;
  bytes: number;
  note: string;
}

export const numberFormats: NumberFormat[] = [
  {
    id: 'fp32',
    label: 'FP32',
    kind: 'float',
    bits: 32,
    exponentBits: 8,
    mantissaBits: 23,
    bytes: 4,
    note: 'IEEE 754 single precision',
  },
  {
    id: 'tf32',
    label: 'TF32',
    kind: 'float',
    bits: 19,
    exponentBits: 8,
    mantissaBits: 10,
    bytes: 4,
    note: 'Tensor-core compute format; stored as FP32',
  },
  {
    id: 'fp16',
    label: 'FP16',
    kind: 'float',
    bits: 16,
    exponentBits: 5,
    mantissaBits: 10,
    bytes: 2,
    note: 'IEEE 754 half precision; needs loss scaling in training',
  },
  {
    id: 'bf16',
    label: 'BF16',
    kind: 'float',
    bits: 16,
    exponentBits: 8,
    mantissaBits: 7,
    bytes: 2,
    note: 'FP32 range with 8-bit precision',
  },
  {
    id: 'fp8-e4m3',
    label: 'FP8 E4M3',
    kind: 'float',
    bits: 8,
    exponentBits: 4,
    mantissaBits: 3,
    bytes: 1,
    note: 'Forward pass (weights, activations)',
  },
  {
    id: 'fp8-e5m2',
    label: 'FP8 E5M2',
    kind: 'float',
    bits: 8,
    exponentBits: 5,
    mantissaBits: 2,
    bytes: 1,
    note: 'Backward pass (gradients): more range',
  },
  {
    id: 'int8',
    label: 'INT8',
    kind: 'integer',
    bits: 8,
    exponentBits: 0,
    mantissaBits: 7,
    bytes: 1,
    note: 'Integer with per-channel scales; mainly inference',
  },
  {
    id: 'int4',
    label: 'INT4',
    kind: 'integer',
    bits: 4,
    exponentBits: 0,
    mantissaBits: 3,
    bytes: 0.5,
    note: 'Integer with per-group scales; weight-only quantization',
  },
  // QLoRA (Dettmers et al. 2023): blocks of 64 with double-quantized scales ≈ 4.127 bits per parameter.
  {
    id: 'nf4',
    label: 'NF4',
    kind: 'integer',
    bits: 4,
    exponentBits: 0,
    mantissaBits: 3,
    bytes: 4.127 / 8,
    note: '4-bit NormalFloat with double-quantized block scales (QLoRA)',
  },
];

const formatById = new Map(numberFormats.map((f) => [f.id, f]));

export const numberFormat = (id: string): NumberFormat => {
  const f = formatById.get(id) ?? formatById.get(id === 'fp8' ? 'fp8-e4m3' : '');
  if (!f) throw new Error(`unknown number format ${id}`);
  return f;
};

/** Bytes per stored weight at an inference / storage precision. */
export const weightBytes = (precision: WeightPrecisionId): number => numberFormat(precision).bytes;

/** How a training precision stores weights and gradients, and which peak it computes at. */
export interface TrainingPrecision {
  weightBytes: number;
  gradientBytes: number;
  /** Whether an FP32 master copy of the weights is kept for the update. */
  fp32Master: boolean;
  /** Bytes per optimizer state value (FP32 with a master copy or in FP32 training; else the weight format). */
  stateBytes: number;
  /** Catalog peak to compute at. */
  computeFormat: 'fp32' | 'tf32' | 'fp16' | 'bf16' | 'fp8' | 'int8' | 'int4';
}

export const trainingPrecisions: Record<PrecisionId, TrainingPrecision> = {
  fp32: { weightBytes: 4, gradientBytes: 4, fp32Master: false, stateBytes: 4, computeFormat: 'fp32' },
  tf32: { weightBytes: 4, gradientBytes: 4, fp32Master: false, stateBytes: 4, computeFormat: 'tf32' },
  fp16: { weightBytes: 2, gradientBytes: 2, fp32Master: false, stateBytes: 2, computeFormat: 'fp16' },
  bf16: { weightBytes: 2, gradientBytes: 2, fp32Master: false, stateBytes: 2, computeFormat: 'bf16' },
  'mixed-fp16': { weightBytes: 2, gradientBytes: 2, fp32Master: true, stateBytes: 4, computeFormat: 'fp16' },
  'mixed-bf16': { weightBytes: 2, gradientBytes: 2, fp32Master: true, stateBytes: 4, computeFormat: 'bf16' },
  // FP8 training (Transformer Engine) casts to FP8 per matrix product; weights stay BF16 with an FP32 master.
  fp8: { weightBytes: 2, gradientBytes: 2, fp32Master: true, stateBytes: 4, computeFormat: 'fp8' },
  // Low-bit integer training keeps quantized weights, BF16 gradients and an FP32 master for the update.
  int8: { weightBytes: 1, gradientBytes: 2, fp32Master: true, stateBytes: 4, computeFormat: 'int8' },
  int4: { weightBytes: 0.5, gradientBytes: 2, fp32Master: true, stateBytes: 4, computeFormat: 'int4' },
};

/** The article's rule of thumb: training needs about 20× the storage of the weights. */
export const ARTICLE_TRAINING_TO_STORAGE = 20;

/** The article's precision table: memory to store and to train 1B parameters, bytes. */
export const articlePrecisionTable = (parameters = 1e9) =>
  (['fp32', 'fp16', 'bf16', 'int8'] as const).map((id) => {
    const f = numberFormat(id);
    return {
      id,
      label: f.label,
      bits: f.bits,
      exponentBits: f.exponentBits,
      mantissaBits: f.mantissaBits,
      storageBytes: f.bytes * parameters,
      trainingBytes: f.bytes * parameters * ARTICLE_TRAINING_TO_STORAGE,
    };
  });

// Which dense peak a precision computes at, with a fallback when the GPU lacks the format.
import type { Gpu, PeakFlops } from '../catalog/types';

type PeakKey = keyof PeakFlops;

const fallbacks: Record<PeakKey, PeakKey[]> = {
  fp32: ['fp32'],
  tf32: ['tf32', 'fp32'],
  fp16: ['fp16'],
  bf16: ['bf16', 'fp16'],
  fp8: ['fp8', 'bf16', 'fp16'],
  int8: ['int8', 'fp8', 'bf16', 'fp16'],
  int4: ['int4', 'int8', 'fp8', 'bf16', 'fp16'],
};

export interface PeakChoice {
  format: PeakKey;
  flops: number;
  /** Set when the GPU lacks the requested format and another was used. */
  fellBackFrom?: PeakKey;
}

export const peakFor = (gpu: Gpu, wanted: PeakKey): PeakChoice => {
  for (const key of fallbacks[wanted]) {
    const flops = gpu.peakFlops[key];
    if (flops !== undefined)
      return key === wanted ? { format: key, flops } : { format: key, flops, fellBackFrom: wanted };
  }
  return { format: 'fp16', flops: gpu.peakFlops.fp16, fellBackFrom: wanted };
};

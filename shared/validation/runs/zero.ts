// ZeRO memory per device (Rajbhandari et al. 2020, Figure 1): Ψ = 7.5B, N_d = 64, mixed-precision Adam.
import type { ZeroStageFigure } from '../types';

const source =
  'Rajbhandari et al. 2020, "ZeRO: Memory Optimizations Toward Training Trillion Parameter Models", Figure 1';
const assumptions = [
  'Ψ = 7.5B parameters, N_d = 64 data-parallel devices',
  'mixed-precision Adam: 2 bytes fp16 weights + 2 bytes fp16 gradients + K = 12 bytes optimizer state (fp32 master weights, momentum, variance)',
  'model states only: activations, buffers and fragmentation not counted',
  'GB = 1e9 bytes',
];

const stage = (
  s: ZeroStageFigure['stage'],
  label: string,
  formula: string,
  memoryPerGpuGb: number,
): ZeroStageFigure => ({
  stage: s,
  label,
  formula,
  parameters: 7.5e9,
  dataParallel: 64,
  bytesWeights: 2,
  bytesGradients: 2,
  bytesOptimizer: 12,
  memoryPerGpuGb,
  source,
  assumptions,
});

export const zeroFigure: ZeroStageFigure[] = [
  stage(0, 'Baseline (DDP)', '(2 + 2 + K)·Ψ', 120),
  stage(1, 'ZeRO-1 (P_os)', '2Ψ + 2Ψ + K·Ψ/N_d', 31.4),
  stage(2, 'ZeRO-2 (P_os+g)', '2Ψ + (2 + K)·Ψ/N_d', 16.6),
  stage(3, 'ZeRO-3 (P_os+g+p)', '(2 + 2 + K)·Ψ/N_d', 1.9),
];

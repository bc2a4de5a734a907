// Comparisons against this project's own H200 measurements: static memory (weights +
// optimizer states), peak memory, time for one measured hour of tokens, and average power.
import { type Comparison, GB, only } from '../comparison';
import { h200Measurements, H200_SOURCE, type H200Measurement } from '../runs/h200-measurements';
import { h200Scenario } from '../scenarios';

const modeSetup: Record<H200Measurement['mode'], string> = {
  mixed_adamw:
    "mixed-bf16 with fp32 weights as the master (masterWeights 'fp32-weights': PyTorch autocast keeps fp32 weights + fp32 Adam states)",
  mixed_adamw_ckpt: 'as mixed_adamw, full activation recomputation',
  bf16_adamw: 'pure bf16 weights, gradients and Adam states',
  lora: 'LoRA rank 16 on q, k, v, o, up, down (measured: fused QKV, output, FFN in/out: the engine counts ≈ 12% more adapter parameters), frozen bf16 base, fp32 adapters and Adam states (autocast)',
  inference: 'bf16 weights, no gradients',
};

const label = (m: H200Measurement) => `H200 ${m.name} ${m.mode}`;

const staticMemory = (m: H200Measurement): Comparison => ({
  id: `${m.id}-static`,
  label: label(m),
  group: 'H200 memory',
  quantity: m.mode === 'inference' ? 'weights' : 'static memory (weights + optimizer)',
  unit: 'GB',
  published: m.staticBytes / GB,
  source: H200_SOURCE,
  note: `${modeSetup[m.mode]}; measured after a step with gradients freed, so predicted = weights + optimizer states`,
  scenarios: [h200Scenario(m)],
  predict: (e) => {
    const mem = only(e).memoryPerGpuBytes;
    return (mem.weights + mem.optimizer) / GB;
  },
});

const peakMemory = (m: H200Measurement): Comparison => ({
  id: `${m.id}-peak`,
  label: label(m),
  group: 'H200 memory',
  quantity: 'peak memory in a step',
  unit: 'GB',
  published: m.peakBytes / GB,
  source: H200_SOURCE,
  note: `${modeSetup[m.mode]}; micro-batch ${m.microBatch} × seq ${m.seqLength}, SDPA (fused) attention; framework overhead 0 because PyTorch reports allocated bytes only`,
  scenarios: [h200Scenario(m)],
  predict: (e) => only(e).memoryPerGpuBytes.total / GB,
});

const hourOfTokens = (m: H200Measurement): Comparison => ({
  id: `${m.id}-gpu-hours`,
  label: label(m),
  group: 'H200 throughput',
  quantity: 'GPU-hours for one measured hour of tokens',
  unit: 'GPU-h',
  published: 1,
  source: H200_SOURCE,
  note: `${(m.tokensPerS * 3600).toExponential(3)} tokens (${Math.round(m.tokensPerS)} tokens/s measured, 6N MFU ${(m.mfu6N * 100).toFixed(1)}%); engine at the default Hopper MFU`,
  scenarios: [h200Scenario(m)],
  predict: (e) => only(e).gpuHours,
});

const averagePower = (m: H200Measurement): Comparison => ({
  id: `${m.id}-power`,
  label: label(m),
  group: 'H200 power',
  quantity: 'average GPU power while training',
  unit: 'W',
  published: m.avgPowerW,
  source: H200_SOURCE,
  note: 'engine default: TDP 700 W × training load factor; no server overhead, PUE 1 (energy per token = this × the time error)',
  scenarios: [h200Scenario(m)],
  predict: (e) => (only(e).facilityPowerKW * 1000) / only(e).gpuCount,
});

const training = (m: H200Measurement) => m.mode !== 'inference';
const fullTraining = (m: H200Measurement) =>
  m.mode === 'mixed_adamw' || m.mode === 'bf16_adamw' || m.mode === 'mixed_adamw_ckpt';

export const h200Comparisons = (): Comparison[] => [
  ...h200Measurements.map(staticMemory),
  ...h200Measurements.filter(fullTraining).map(peakMemory),
  ...h200Measurements.filter(training).map(hourOfTokens),
  ...h200Measurements.filter((m) => m.mode === 'mixed_adamw' || m.mode === 'bf16_adamw').map(averagePower),
];

// Serving a model at a traffic level: GPUs per replica by memory, throughput
// bounds, replicas for the demand, then energy, CO2, cost per million tokens.
import type { Catalog, Gpu, PeakFlops } from '../catalog/types';
import type { Scenario, WeightPrecisionId } from '../schema/scenario';
import type { Estimate } from './types';
import { Derivation, input } from './derivation';
import { setupModel } from './model-setup';
import { headDim } from './parameters';
import { weightBytes } from './precision';
import { inferenceFlopsPerToken } from './compute';
import { decodeStepSeconds, gpusPerReplica, kvCacheBytesPerToken, replicasForDemand } from './inference';
import { peakFor } from './peak';
import { accountRun } from './account';

const computeFormatOf: Record<WeightPrecisionId, keyof PeakFlops> = {
  fp32: 'fp32', fp16: 'fp16', bf16: 'bf16', fp8: 'fp8', int8: 'int8', int4: 'int4',
  nf4: 'bf16', // NF4 weights are dequantized to BF16 for the matrix products
};

const MAX_GPUS_PER_REPLICA = 64;

export const estimateInference = (s: Scenario, catalog: Catalog, gpu: Gpu): Estimate => {
  const d = new Derivation();
  const warnings: string[] = [];
  const inf = s.inference;
  const m = setupModel(s, d);
  const a = m.arch;

  const wb = weightBytes(inf.weightPrecision);
  const weights = d.add('weights-bytes', 'Weights (whole model)', `parameters × ${wb} B (${inf.weightPrecision})`, m.params.total * wb, 'bytes', [input('parameters', m.params.total, '', 'parameters')]);
  const kvPerToken = d.add('kv-bytes-per-token', 'KV cache per token', '2 × L × kv heads × head dim × bytes', kvCacheBytesPerToken(a.layers, a.kvHeads, headDim(a), weightBytes(inf.kvCachePrecision)), 'bytes', [
    input('layers', a.layers, ''), input('KV heads', a.kvHeads, ''), input('head dim', headDim(a), ''), input('precision', inf.kvCachePrecision, ''),
  ], 'Pope et al. 2022, "Efficiently Scaling Transformer Inference"');
  const contextTokens = inf.promptTokens + inf.outputTokens;
  const kvFull = d.add('kv-cache-bytes', 'KV cache (batch at full context)', 'KV per token × (prompt + output) × batch', kvPerToken * contextTokens * inf.batchSize, 'bytes', [
    input('KV per token', kvPerToken, 'bytes', 'kv-bytes-per-token'), input('context', contextTokens, 'tokens'), input('batch', inf.batchSize, ''),
  ]);
  const overhead = s.training.frameworkOverheadBytes;
  const usable = d.add('usable-memory', 'Usable memory per GPU', 'capacity × (1 − headroom) − framework overhead', gpu.memoryBytes * (1 - s.hardware.memoryHeadroom) - overhead, 'bytes', [
    input('capacity', gpu.memoryBytes, 'bytes'), input('headroom', s.hardware.memoryHeadroom, ''), input('overhead', overhead, 'bytes'),
  ], gpu.source);
  const group = d.add('gpus-per-replica', 'GPUs per model replica', 'smallest power of two ≥ tensor-parallel that holds weights + KV cache', gpusPerReplica(weights + kvFull, usable, s.training.tensorParallel, MAX_GPUS_PER_REPLICA), 'GPUs', [
    input('weights', weights, 'bytes', 'weights-bytes'), input('KV cache', kvFull, 'bytes', 'kv-cache-bytes'), input('usable per GPU', usable, 'bytes', 'usable-memory'),
  ]);
  const perGpuTotal = (weights + kvFull) / group + overhead;
  const fits = (weights + kvFull) / group <= usable;
  if (!fits) warnings.push(`Does not fit: ${((weights + kvFull) / 1e9).toFixed(0)} GB of weights and KV cache exceed ${MAX_GPUS_PER_REPLICA} × ${gpu.name}. Quantize the weights, cut the batch or context, or choose a larger GPU.`);

  const peak = peakFor(gpu, computeFormatOf[inf.weightPrecision]);
  if (peak.fellBackFrom) warnings.push(`${gpu.name} has no ${peak.fellBackFrom.toUpperCase()} throughput in the catalog: computed at its ${peak.format.toUpperCase()} peak.`);
  const mfu = s.hardware.mfu ?? gpu.defaultMfu;
  const flopsPerToken = inferenceFlopsPerToken(m.params.active);
  // Decode reads all weights and, on average, the KV cache half-way through the output.
  const kvAverage = kvPerToken * (inf.promptTokens + inf.outputTokens / 2) * inf.batchSize;
  const step = decodeStepSeconds((weights + kvAverage) / group, gpu.bandwidthBytesPerS, inf.bandwidthUtilization, (flopsPerToken * inf.batchSize) / group, peak.flops, mfu);
  const tpot = d.add('time-per-output-token', `Decode step (${step.bound}-bound)`, 'max((weights + KV)/GPUs ÷ (bandwidth × utilization), 2·N·batch/GPUs ÷ (peak × MFU))', step.seconds, 's', [
    input('bandwidth', gpu.bandwidthBytesPerS, 'B/s'), input('bandwidth utilization', inf.bandwidthUtilization, ''), input('batch', inf.batchSize, ''), input('GPUs per replica', group, '', 'gpus-per-replica'),
  ]);
  const decodeTps = d.add('decode-throughput', 'Decode throughput per replica', 'batch ÷ step time', inf.batchSize / tpot, 'tokens/s', [input('batch', inf.batchSize, ''), input('step', tpot, 's', 'time-per-output-token')]);
  const prefillTps = d.add('prefill-throughput', 'Prefill throughput per replica (compute-bound)', 'GPUs × peak × MFU ÷ (2·N)', (group * peak.flops * mfu) / flopsPerToken, 'tokens/s', [
    input('GPUs', group, '', 'gpus-per-replica'), input('peak', peak.flops, 'FLOP/s'), input('MFU', mfu, ''), input('FLOPs per token', flopsPerToken, 'FLOP'),
  ]);
  const ttft = inf.promptTokens / prefillTps;
  const replicaSeconds = inf.outputTokens / decodeTps + inf.promptTokens / prefillTps;
  const replicas = d.add('replicas', 'Replicas for the traffic', '⌈requests/s × (output ÷ decode rate + prompt ÷ prefill rate)⌉', replicasForDemand(inf.requestsPerSecond, replicaSeconds), 'replicas', [
    input('requests/s', inf.requestsPerSecond, '1/s'), input('replica-seconds per request', replicaSeconds, 's'),
  ]);
  const gpuCount = d.add('gpu-count', 'GPUs', 'replicas × GPUs per replica', replicas * group, 'GPUs', [input('replicas', replicas, '', 'replicas'), input('per replica', group, '', 'gpus-per-replica')]);
  const wallClockHours = d.add('wall-clock', 'Serving period', 'given', inf.hours, 'h', []);
  const gpuHours = d.add('gpu-hours', 'GPU-hours', 'GPUs × hours', gpuCount * wallClockHours, 'GPU-h', [input('GPUs', gpuCount, '', 'gpu-count'), input('hours', wallClockHours, 'h', 'wall-clock')]);
  const tokens = d.add('tokens', 'Tokens served', 'requests/s × 3,600 × hours × (prompt + output)', inf.requestsPerSecond * 3600 * inf.hours * contextTokens, 'tokens', [
    input('requests/s', inf.requestsPerSecond, '1/s'), input('hours', inf.hours, 'h'), input('tokens per request', contextTokens, 'tokens'),
  ]);
  const flops = d.add('training-flops', 'Compute', '2·N per token × tokens', flopsPerToken * tokens, 'FLOP', [input('tokens', tokens, 'tokens', 'tokens')]);

  const account = accountRun(s, catalog, gpu, gpuCount, wallClockHours, gpuHours, d, warnings);
  const perMillion = 1e6 / tokens;
  d.add('cost-per-million-tokens', 'Cost per million tokens', 'cost ÷ tokens × 10⁶', account.cost.total * perMillion, account.cost.currency, [input('cost', account.cost.total, account.cost.currency, 'cost'), input('tokens', tokens, 'tokens', 'tokens')]);
  return {
    scenarioId: s.id, name: s.name, workload: s.workload, method: s.method,
    parameters: m.params, tokens, trainingFlops: flops,
    gpu: { id: gpu.id, name: gpu.name, memoryBytes: gpu.memoryBytes }, gpuCount,
    parallelism: { data: replicas, tensor: group, pipeline: 1 },
    memoryPerGpuBytes: { weights: weights / group, gradients: 0, optimizer: 0, activations: 0, kvCache: kvFull / group, overhead, total: perGpuTotal, usable: usable + overhead, capacity: gpu.memoryBytes, fits },
    mfu, gpuHours, wallClockHours,
    facilityPowerKW: account.facilityPowerKW, energyKWh: account.energyKWh, co2eKg: account.co2eKg, embodiedCo2eKg: account.embodiedCo2eKg, carbonIntensityKgPerKWh: account.carbonIntensityKgPerKWh, cost: account.cost,
    inference: {
      decodeTokensPerSecondPerReplica: decodeTps, prefillTokensPerSecondPerReplica: prefillTps, timeToFirstTokenS: ttft, timePerOutputTokenS: tpot,
      gpusPerReplica: group, replicas, tokensPerSecondDemand: inf.requestsPerSecond * contextTokens,
      costPerMillionTokens: account.cost.total * perMillion, energyPerMillionTokensKWh: account.energyKWh * perMillion,
    },
    warnings, steps: d.steps, catalogDate: catalog.date,
  };
};

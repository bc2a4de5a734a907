// Serving a model at a traffic level: GPUs per replica by memory, throughput
// bounds, replicas for the demand, then energy, CO2, cost per million tokens.
import type { Catalog, Gpu, PeakFlops } from '../catalog/types';
import type { Scenario, WeightPrecisionId } from '../schema/scenario';
import type { Estimate } from './types';
import { Derivation, input } from './derivation';
import { checkModelParallelLayout, setupModel } from './model-setup';
import { ffnParamsPerExpert, headDim } from './parameters';
import { weightBytes } from './precision';
import { inferenceFlopsPerToken } from './compute';
import {
  decodeStepSeconds,
  expertsTouchedPerStep,
  gpusPerReplica,
  kvCacheBytesPerToken,
  replicasForDemand,
} from './inference';
import { peakFor } from './peak';
import { accountRun } from './account';

const computeFormatOf: Record<WeightPrecisionId, keyof PeakFlops> = {
  fp32: 'fp32',
  fp16: 'fp16',
  bf16: 'bf16',
  fp8: 'fp8',
  int8: 'int8',
  int4: 'int4',
  nf4: 'bf16', // NF4 weights are dequantized to BF16 for the matrix products
};

const MAX_GPUS_PER_REPLICA = 64;

export const estimateInference = (s: Scenario, catalog: Catalog, gpu: Gpu): Estimate => {
  const d = new Derivation();
  const warnings: string[] = [];
  const inf = s.inference;
  // Serving runs no pipeline here (one tensor-parallel group per replica).
  checkModelParallelLayout(s, 1);
  const m = setupModel(s, d);
  const a = m.arch;

  const wb = weightBytes(inf.weightPrecision);
  const weights = d.add({
    id: 'weights-bytes',
    label: 'Weights (whole model)',
    formula: `parameters × ${wb} B (${inf.weightPrecision})`,
    value: m.params.total * wb,
    unit: 'bytes',
    inputs: [input({ key: 'parameters', name: 'parameters', value: m.params.total, unit: '', from: 'parameters' })],
  });
  const kvPerToken = d.add({
    id: 'kv-bytes-per-token',
    label: 'KV cache per token',
    formula: '2 × L × kv heads × head dim × bytes',
    value: kvCacheBytesPerToken(a.layers, a.kvHeads, headDim(a), weightBytes(inf.kvCachePrecision)),
    unit: 'bytes',
    inputs: [
      input({ key: 'layers', name: 'layers', value: a.layers, unit: '' }),
      input({ key: 'kvHeads', name: 'KV heads', value: a.kvHeads, unit: '' }),
      input({ key: 'headDim', name: 'head dim', value: headDim(a), unit: '' }),
      input({ key: 'precision', name: 'precision', value: inf.kvCachePrecision, unit: '' }),
    ],
    source: 'Pope et al. 2022, "Efficiently Scaling Transformer Inference"',
  });
  const contextTokens = inf.promptTokens + inf.outputTokens;
  const kvFull = d.add({
    id: 'kv-cache-bytes',
    label: 'KV cache (batch at full context)',
    formula: 'KV per token × (prompt + output) × batch',
    value: kvPerToken * contextTokens * inf.batchSize,
    unit: 'bytes',
    inputs: [
      input({ key: 'kvPerToken', name: 'KV per token', value: kvPerToken, unit: 'bytes', from: 'kv-bytes-per-token' }),
      input({ key: 'context', name: 'context', value: contextTokens, unit: 'tokens' }),
      input({ key: 'batch', name: 'batch', value: inf.batchSize, unit: '' }),
    ],
  });
  const overhead = s.training.frameworkOverheadBytes;
  const usable = d.add({
    id: 'usable-memory',
    label: 'Usable memory per GPU',
    formula: 'capacity × (1 − headroom) − framework overhead',
    value: gpu.memoryBytes * (1 - s.hardware.memoryHeadroom) - overhead,
    unit: 'bytes',
    inputs: [
      input({ key: 'capacity', name: 'capacity', value: gpu.memoryBytes, unit: 'bytes' }),
      input({ key: 'headroom', name: 'headroom', value: s.hardware.memoryHeadroom, unit: '' }),
      input({ key: 'overhead', name: 'overhead', value: overhead, unit: 'bytes' }),
    ],
    source: gpu.source,
  });
  const group = d.add({
    id: 'gpus-per-replica',
    label: 'GPUs per model replica',
    formula: 'tensor-parallel × the smallest power of two that holds weights + KV cache',
    value: gpusPerReplica(weights + kvFull, usable, s.training.tensorParallel, MAX_GPUS_PER_REPLICA),
    unit: 'GPUs',
    inputs: [
      input({ key: 'weights', name: 'weights', value: weights, unit: 'bytes', from: 'weights-bytes' }),
      input({ key: 'kvCache', name: 'KV cache', value: kvFull, unit: 'bytes', from: 'kv-cache-bytes' }),
      input({ key: 'usablePerGpu', name: 'usable per GPU', value: usable, unit: 'bytes', from: 'usable-memory' }),
    ],
  });
  const perGpuTotal = (weights + kvFull) / group + overhead;
  const fits = (weights + kvFull) / group <= usable;
  if (!fits)
    warnings.push(
      `Does not fit: ${((weights + kvFull) / 1e9).toFixed(0)} GB of weights and KV cache exceed ${MAX_GPUS_PER_REPLICA} × ${gpu.name}. Quantize the weights, cut the batch or context, or choose a larger GPU.`,
    );

  const peak = peakFor(gpu, computeFormatOf[inf.weightPrecision]);
  if (peak.fellBackFrom)
    warnings.push(
      `${gpu.name} has no ${peak.fellBackFrom.toUpperCase()} throughput in the catalog: computed at its ${peak.format.toUpperCase()} peak.`,
    );
  const mfu = s.hardware.mfu ?? gpu.defaultMfu;
  const flopsPerToken = inferenceFlopsPerToken(m.params.active);
  // Decode reads all weights and, on average, the KV cache half-way through the output.
  const kvAverage = kvPerToken * (inf.promptTokens + inf.outputTokens / 2) * inf.batchSize;
  // MoE: a decode step reads only the experts the batch routes to (all of them once the batch is large).
  const weightsRead =
    a.experts > 1
      ? d.add({
          id: 'weights-read-per-step',
          label: 'Weights read per decode step (MoE)',
          formula: 'weights − expert weights × (1 − experts touched ÷ E), experts touched = E·(1 − (1 − k/E)^batch)',
          value:
            weights -
            a.layers *
              a.experts *
              ffnParamsPerExpert(a) *
              wb *
              (1 - expertsTouchedPerStep(a.experts, a.expertsTopK, inf.batchSize) / a.experts),
          unit: 'bytes',
          inputs: [
            input({ key: 'weights', name: 'weights', value: weights, unit: 'bytes', from: 'weights-bytes' }),
            input({ key: 'experts', name: 'experts E', value: a.experts, unit: '' }),
            input({ key: 'activeExperts', name: 'active experts k', value: a.expertsTopK, unit: '' }),
            input({ key: 'batch', name: 'batch', value: inf.batchSize, unit: '' }),
          ],
          source: 'Uniform routing: each sequence picks k of E experts per layer',
        })
      : weights;
  const step = decodeStepSeconds(
    (weightsRead + kvAverage) / group,
    gpu.bandwidthBytesPerS,
    inf.bandwidthUtilization,
    (flopsPerToken * inf.batchSize) / group,
    peak.flops,
    mfu,
  );
  const tpot = d.add({
    id: 'time-per-output-token',
    label: `Decode step (${step.bound}-bound)`,
    formula: `max((${a.experts > 1 ? 'weights read' : 'weights'} + average KV)/GPUs ÷ (bandwidth × utilization), 2·N_active·batch/GPUs ÷ (peak × MFU))`,
    value: step.seconds,
    unit: 's',
    inputs: [
      input({
        key: 'weights',
        name: a.experts > 1 ? 'weights read' : 'weights',
        value: weightsRead,
        unit: 'bytes',
        from: a.experts > 1 ? 'weights-read-per-step' : 'weights-bytes',
      }),
      input({
        key: 'averageKv',
        name: 'average KV = KV per token × (prompt + output/2) × batch',
        value: kvAverage,
        unit: 'bytes',
      }),
      input({ key: 'bandwidth', name: 'bandwidth', value: gpu.bandwidthBytesPerS, unit: 'B/s' }),
      input({ key: 'bandwidthUtilization', name: 'bandwidth utilization', value: inf.bandwidthUtilization, unit: '' }),
      input({ key: 'batch', name: 'batch', value: inf.batchSize, unit: '' }),
      input({ key: 'gpusPerReplica', name: 'GPUs per replica', value: group, unit: '', from: 'gpus-per-replica' }),
      input({ key: 'flopsPerToken', name: 'FLOPs per token 2·N_active', value: flopsPerToken, unit: 'FLOP' }),
      input({ key: 'peak', name: 'peak', value: peak.flops, unit: 'FLOP/s' }),
      input({ key: 'mfu', name: 'MFU', value: mfu, unit: '' }),
    ],
  });
  const decodeTps = d.add({
    id: 'decode-throughput',
    label: 'Decode throughput per replica',
    formula: 'batch ÷ step time',
    value: inf.batchSize / tpot,
    unit: 'tokens/s',
    inputs: [
      input({ key: 'batch', name: 'batch', value: inf.batchSize, unit: '' }),
      input({ key: 'step', name: 'step', value: tpot, unit: 's', from: 'time-per-output-token' }),
    ],
  });
  const prefillTps = d.add({
    id: 'prefill-throughput',
    label: 'Prefill throughput per replica (compute-bound)',
    formula: 'GPUs × peak × MFU ÷ (2·N)',
    value: (group * peak.flops * mfu) / flopsPerToken,
    unit: 'tokens/s',
    inputs: [
      input({ key: 'gpus', name: 'GPUs', value: group, unit: '', from: 'gpus-per-replica' }),
      input({ key: 'peak', name: 'peak', value: peak.flops, unit: 'FLOP/s' }),
      input({ key: 'mfu', name: 'MFU', value: mfu, unit: '' }),
      input({ key: 'flopsPerToken', name: 'FLOPs per token', value: flopsPerToken, unit: 'FLOP' }),
    ],
  });
  const ttft = d.add({
    id: 'time-to-first-token',
    label: 'Time to first token',
    formula: 'prompt tokens ÷ prefill throughput',
    value: inf.promptTokens / prefillTps,
    unit: 's',
    inputs: [
      input({ key: 'prompt', name: 'prompt', value: inf.promptTokens, unit: 'tokens' }),
      input({
        key: 'prefillThroughput',
        name: 'prefill throughput',
        value: prefillTps,
        unit: 'tokens/s',
        from: 'prefill-throughput',
      }),
    ],
  });
  const replicaSeconds = inf.outputTokens / decodeTps + inf.promptTokens / prefillTps;
  const needed = replicasForDemand(inf.requestsPerSecond, replicaSeconds);
  const given = s.hardware.gpuCount;
  const replicas =
    given === undefined || given < group
      ? d.add({
          id: 'replicas',
          label: 'Replicas for the traffic',
          formula: '⌈requests/s × (output ÷ decode rate + prompt ÷ prefill rate)⌉',
          value: needed,
          unit: 'replicas',
          inputs: [
            input({ key: 'requests', name: 'requests/s', value: inf.requestsPerSecond, unit: '1/s' }),
            input({
              key: 'replicaSecondsPerRequest',
              name: 'replica-seconds per request',
              value: replicaSeconds,
              unit: 's',
            }),
          ],
        })
      : d.add({
          id: 'replicas',
          label: 'Replicas on the given GPUs',
          formula: '⌊given GPUs ÷ GPUs per replica⌋',
          value: Math.floor(given / group),
          unit: 'replicas',
          inputs: [
            input({ key: 'gpusGiven', name: 'GPUs (given)', value: given, unit: '' }),
            input({ key: 'perReplica', name: 'per replica', value: group, unit: '', from: 'gpus-per-replica' }),
          ],
        });
  if (given !== undefined && given < group) {
    warnings.push(
      `hardware.gpuCount: ${given} GPUs cannot hold one replica (${group} ${gpu.name} needed for weights and KV cache); sized for the traffic instead.`,
    );
  }
  const gpuCount =
    given !== undefined && given >= group
      ? d.add({
          id: 'gpu-count',
          label: 'GPUs',
          formula: 'given',
          value: given,
          unit: 'GPUs',
          inputs: [
            input({ key: 'replicas', name: 'replicas', value: replicas, unit: '', from: 'replicas' }),
            input({ key: 'perReplica', name: 'per replica', value: group, unit: '', from: 'gpus-per-replica' }),
          ],
        })
      : d.add({
          id: 'gpu-count',
          label: 'GPUs',
          formula: 'replicas × GPUs per replica',
          value: replicas * group,
          unit: 'GPUs',
          inputs: [
            input({ key: 'replicas', name: 'replicas', value: replicas, unit: '', from: 'replicas' }),
            input({ key: 'perReplica', name: 'per replica', value: group, unit: '', from: 'gpus-per-replica' }),
          ],
        });
  if (gpuCount > replicas * group)
    warnings.push(
      `${gpuCount - replicas * group} of the ${gpuCount} GPUs form no full replica of ${group} and sit idle (still paid for).`,
    );
  // A fixed fleet smaller than the demand serves only what it can.
  const capacityRps = replicas / replicaSeconds;
  const servedRps = Math.min(inf.requestsPerSecond, capacityRps);
  if (servedRps < inf.requestsPerSecond) {
    warnings.push(
      `${replicas} replicas serve at most ${capacityRps.toPrecision(3)} of the ${inf.requestsPerSecond} requests/s asked (inference.requestsPerSecond); ${needed} replicas (${needed * group} GPUs) would keep up. Totals count the requests served.`,
    );
  }
  const wallClockHours = d.add({
    id: 'wall-clock',
    label: 'Serving period',
    formula: 'given',
    value: inf.hours,
    unit: 'h',
    inputs: [],
  });
  const gpuHours = d.add({
    id: 'gpu-hours',
    label: 'GPU-hours',
    formula: 'GPUs × hours',
    value: gpuCount * wallClockHours,
    unit: 'GPU-h',
    inputs: [
      input({ key: 'gpus', name: 'GPUs', value: gpuCount, unit: '', from: 'gpu-count' }),
      input({ key: 'hours', name: 'hours', value: wallClockHours, unit: 'h', from: 'wall-clock' }),
    ],
  });
  const tokens = d.add({
    id: 'tokens',
    label: 'Tokens served',
    formula: 'requests/s served × 3,600 × hours × (prompt + output)',
    value: servedRps * 3600 * inf.hours * contextTokens,
    unit: 'tokens',
    inputs: [
      input({ key: 'requestsPerSecondServed', name: 'requests/s served', value: servedRps, unit: '1/s' }),
      input({ key: 'hours', name: 'hours', value: inf.hours, unit: 'h' }),
      input({ key: 'tokensPerRequest', name: 'tokens per request', value: contextTokens, unit: 'tokens' }),
    ],
  });
  const flops = d.add({
    id: 'training-flops',
    label: 'Compute',
    formula: '2·N per token × tokens',
    value: flopsPerToken * tokens,
    unit: 'FLOP',
    inputs: [input({ key: 'tokens', name: 'tokens', value: tokens, unit: 'tokens', from: 'tokens' })],
  });

  const account = accountRun(s, catalog, gpu, gpuCount, wallClockHours, gpuHours, d, warnings);
  const perMillion = 1e6 / tokens;
  const costPerMillion = d.add({
    id: 'cost-per-million-tokens',
    label: 'Cost per million tokens',
    formula: 'cost ÷ tokens × 10⁶',
    value: account.cost.total * perMillion,
    unit: `${account.cost.currency}/M tokens`,
    inputs: [
      input({ key: 'cost', name: 'cost', value: account.cost.total, unit: account.cost.currency, from: 'cost' }),
      input({ key: 'tokens', name: 'tokens', value: tokens, unit: 'tokens', from: 'tokens' }),
    ],
  });
  const energyPerMillion = d.add({
    id: 'energy-per-million-tokens',
    label: 'Energy per million tokens',
    formula: 'energy ÷ tokens × 10⁶',
    value: account.energyKWh * perMillion,
    unit: 'kWh/M tokens',
    inputs: [
      input({ key: 'energy', name: 'energy', value: account.energyKWh, unit: 'kWh', from: 'energy' }),
      input({ key: 'tokens', name: 'tokens', value: tokens, unit: 'tokens', from: 'tokens' }),
    ],
  });
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
    parallelism: { data: replicas, tensor: group, pipeline: 1 },
    memoryPerGpuBytes: {
      weights: weights / group,
      gradients: 0,
      optimizer: 0,
      activations: 0,
      kvCache: kvFull / group,
      overhead,
      total: perGpuTotal,
      usable: usable + overhead,
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
    inference: {
      decodeTokensPerSecondPerReplica: decodeTps,
      prefillTokensPerSecondPerReplica: prefillTps,
      timeToFirstTokenS: ttft,
      timePerOutputTokenS: tpot,
      gpusPerReplica: group,
      replicas,
      tokensPerSecondDemand: d.add({
        id: 'tokens-per-second-demand',
        label: 'Token demand',
        formula: 'requests/s × (prompt + output)',
        value: inf.requestsPerSecond * contextTokens,
        unit: 'tokens/s',
        inputs: [
          input({ key: 'requests', name: 'requests/s', value: inf.requestsPerSecond, unit: '1/s' }),
          input({ key: 'tokensPerRequest', name: 'tokens per request', value: contextTokens, unit: 'tokens' }),
        ],
      }),
      costPerMillionTokens: costPerMillion,
      energyPerMillionTokensKWh: energyPerMillion,
    },
    warnings,
    steps: d.steps,
    catalogDate: catalog.date,
  };
};

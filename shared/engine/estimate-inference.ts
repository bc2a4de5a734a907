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
  const weights = d.add(
    'weights-bytes',
    'Weights (whole model)',
    `parameters × ${wb} B (${inf.weightPrecision})`,
    m.params.total * wb,
    'bytes',
    [input('parameters', m.params.total, '', 'parameters')],
  );
  const kvPerToken = d.add(
    'kv-bytes-per-token',
    'KV cache per token',
    '2 × L × kv heads × head dim × bytes',
    kvCacheBytesPerToken(a.layers, a.kvHeads, headDim(a), weightBytes(inf.kvCachePrecision)),
    'bytes',
    [
      input('layers', a.layers, ''),
      input('KV heads', a.kvHeads, ''),
      input('head dim', headDim(a), ''),
      input('precision', inf.kvCachePrecision, ''),
    ],
    'Pope et al. 2022, "Efficiently Scaling Transformer Inference"',
  );
  const contextTokens = inf.promptTokens + inf.outputTokens;
  const kvFull = d.add(
    'kv-cache-bytes',
    'KV cache (batch at full context)',
    'KV per token × (prompt + output) × batch',
    kvPerToken * contextTokens * inf.batchSize,
    'bytes',
    [
      input('KV per token', kvPerToken, 'bytes', 'kv-bytes-per-token'),
      input('context', contextTokens, 'tokens'),
      input('batch', inf.batchSize, ''),
    ],
  );
  const overhead = s.training.frameworkOverheadBytes;
  const usable = d.add(
    'usable-memory',
    'Usable memory per GPU',
    'capacity × (1 − headroom) − framework overhead',
    gpu.memoryBytes * (1 - s.hardware.memoryHeadroom) - overhead,
    'bytes',
    [
      input('capacity', gpu.memoryBytes, 'bytes'),
      input('headroom', s.hardware.memoryHeadroom, ''),
      input('overhead', overhead, 'bytes'),
    ],
    gpu.source,
  );
  const group = d.add(
    'gpus-per-replica',
    'GPUs per model replica',
    'tensor-parallel × the smallest power of two that holds weights + KV cache',
    gpusPerReplica(weights + kvFull, usable, s.training.tensorParallel, MAX_GPUS_PER_REPLICA),
    'GPUs',
    [
      input('weights', weights, 'bytes', 'weights-bytes'),
      input('KV cache', kvFull, 'bytes', 'kv-cache-bytes'),
      input('usable per GPU', usable, 'bytes', 'usable-memory'),
    ],
  );
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
      ? d.add(
          'weights-read-per-step',
          'Weights read per decode step (MoE)',
          'weights − expert weights × (1 − experts touched ÷ E), experts touched = E·(1 − (1 − k/E)^batch)',
          weights -
            a.layers *
              a.experts *
              ffnParamsPerExpert(a) *
              wb *
              (1 - expertsTouchedPerStep(a.experts, a.expertsTopK, inf.batchSize) / a.experts),
          'bytes',
          [
            input('weights', weights, 'bytes', 'weights-bytes'),
            input('experts E', a.experts, ''),
            input('active experts k', a.expertsTopK, ''),
            input('batch', inf.batchSize, ''),
          ],
          'Uniform routing: each sequence picks k of E experts per layer',
        )
      : weights;
  const step = decodeStepSeconds(
    (weightsRead + kvAverage) / group,
    gpu.bandwidthBytesPerS,
    inf.bandwidthUtilization,
    (flopsPerToken * inf.batchSize) / group,
    peak.flops,
    mfu,
  );
  const tpot = d.add(
    'time-per-output-token',
    `Decode step (${step.bound}-bound)`,
    `max((${a.experts > 1 ? 'weights read' : 'weights'} + average KV)/GPUs ÷ (bandwidth × utilization), 2·N_active·batch/GPUs ÷ (peak × MFU))`,
    step.seconds,
    's',
    [
      input(
        a.experts > 1 ? 'weights read' : 'weights',
        weightsRead,
        'bytes',
        a.experts > 1 ? 'weights-read-per-step' : 'weights-bytes',
      ),
      input('average KV = KV per token × (prompt + output/2) × batch', kvAverage, 'bytes'),
      input('bandwidth', gpu.bandwidthBytesPerS, 'B/s'),
      input('bandwidth utilization', inf.bandwidthUtilization, ''),
      input('batch', inf.batchSize, ''),
      input('GPUs per replica', group, '', 'gpus-per-replica'),
      input('FLOPs per token 2·N_active', flopsPerToken, 'FLOP'),
      input('peak', peak.flops, 'FLOP/s'),
      input('MFU', mfu, ''),
    ],
  );
  const decodeTps = d.add(
    'decode-throughput',
    'Decode throughput per replica',
    'batch ÷ step time',
    inf.batchSize / tpot,
    'tokens/s',
    [input('batch', inf.batchSize, ''), input('step', tpot, 's', 'time-per-output-token')],
  );
  const prefillTps = d.add(
    'prefill-throughput',
    'Prefill throughput per replica (compute-bound)',
    'GPUs × peak × MFU ÷ (2·N)',
    (group * peak.flops * mfu) / flopsPerToken,
    'tokens/s',
    [
      input('GPUs', group, '', 'gpus-per-replica'),
      input('peak', peak.flops, 'FLOP/s'),
      input('MFU', mfu, ''),
      input('FLOPs per token', flopsPerToken, 'FLOP'),
    ],
  );
  const ttft = d.add(
    'time-to-first-token',
    'Time to first token',
    'prompt tokens ÷ prefill throughput',
    inf.promptTokens / prefillTps,
    's',
    [
      input('prompt', inf.promptTokens, 'tokens'),
      input('prefill throughput', prefillTps, 'tokens/s', 'prefill-throughput'),
    ],
  );
  const replicaSeconds = inf.outputTokens / decodeTps + inf.promptTokens / prefillTps;
  const needed = replicasForDemand(inf.requestsPerSecond, replicaSeconds);
  const given = s.hardware.gpuCount;
  const replicas =
    given === undefined || given < group
      ? d.add(
          'replicas',
          'Replicas for the traffic',
          '⌈requests/s × (output ÷ decode rate + prompt ÷ prefill rate)⌉',
          needed,
          'replicas',
          [
            input('requests/s', inf.requestsPerSecond, '1/s'),
            input('replica-seconds per request', replicaSeconds, 's'),
          ],
        )
      : d.add(
          'replicas',
          'Replicas on the given GPUs',
          '⌊given GPUs ÷ GPUs per replica⌋',
          Math.floor(given / group),
          'replicas',
          [input('GPUs (given)', given, ''), input('per replica', group, '', 'gpus-per-replica')],
        );
  if (given !== undefined && given < group) {
    warnings.push(
      `hardware.gpuCount: ${given} GPUs cannot hold one replica (${group} ${gpu.name} needed for weights and KV cache); sized for the traffic instead.`,
    );
  }
  const gpuCount =
    given !== undefined && given >= group
      ? d.add('gpu-count', 'GPUs', 'given', given, 'GPUs', [
          input('replicas', replicas, '', 'replicas'),
          input('per replica', group, '', 'gpus-per-replica'),
        ])
      : d.add('gpu-count', 'GPUs', 'replicas × GPUs per replica', replicas * group, 'GPUs', [
          input('replicas', replicas, '', 'replicas'),
          input('per replica', group, '', 'gpus-per-replica'),
        ]);
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
  const wallClockHours = d.add('wall-clock', 'Serving period', 'given', inf.hours, 'h', []);
  const gpuHours = d.add('gpu-hours', 'GPU-hours', 'GPUs × hours', gpuCount * wallClockHours, 'GPU-h', [
    input('GPUs', gpuCount, '', 'gpu-count'),
    input('hours', wallClockHours, 'h', 'wall-clock'),
  ]);
  const tokens = d.add(
    'tokens',
    'Tokens served',
    'requests/s served × 3,600 × hours × (prompt + output)',
    servedRps * 3600 * inf.hours * contextTokens,
    'tokens',
    [
      input('requests/s served', servedRps, '1/s'),
      input('hours', inf.hours, 'h'),
      input('tokens per request', contextTokens, 'tokens'),
    ],
  );
  const flops = d.add('training-flops', 'Compute', '2·N per token × tokens', flopsPerToken * tokens, 'FLOP', [
    input('tokens', tokens, 'tokens', 'tokens'),
  ]);

  const account = accountRun(s, catalog, gpu, gpuCount, wallClockHours, gpuHours, d, warnings);
  const perMillion = 1e6 / tokens;
  const costPerMillion = d.add(
    'cost-per-million-tokens',
    'Cost per million tokens',
    'cost ÷ tokens × 10⁶',
    account.cost.total * perMillion,
    `${account.cost.currency}/M tokens`,
    [input('cost', account.cost.total, account.cost.currency, 'cost'), input('tokens', tokens, 'tokens', 'tokens')],
  );
  const energyPerMillion = d.add(
    'energy-per-million-tokens',
    'Energy per million tokens',
    'energy ÷ tokens × 10⁶',
    account.energyKWh * perMillion,
    'kWh/M tokens',
    [input('energy', account.energyKWh, 'kWh', 'energy'), input('tokens', tokens, 'tokens', 'tokens')],
  );
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
      tokensPerSecondDemand: d.add(
        'tokens-per-second-demand',
        'Token demand',
        'requests/s × (prompt + output)',
        inf.requestsPerSecond * contextTokens,
        'tokens/s',
        [input('requests/s', inf.requestsPerSecond, '1/s'), input('tokens per request', contextTokens, 'tokens')],
      ),
      costPerMillionTokens: costPerMillion,
      energyPerMillionTokensKWh: energyPerMillion,
    },
    warnings,
    steps: d.steps,
    catalogDate: catalog.date,
  };
};

// The per-candidate hot loop: the engine's formulas for one pre-training plan,
// evaluated into a reused Float64Array with no allocation per candidate. It calls
// the engine's pure numeric functions (compute.ts, time.ts, energy.ts, carbon.ts,
// memory.ts, activations.ts, scaling-laws.ts) so it cannot drift from
// `estimateScenario`; tests/search/evaluator-agreement.test.ts checks that it does not.
import { activationBytesPerGpu, mlpActivationScale, type ActivationInput } from '../engine/activations';
import { attentionFlopsPerToken, recomputeFactor, trainingFlopsPerToken } from '../engine/compute';
import { facilityPowerKW } from '../engine/energy';
import { embodiedCo2eKg, operationalCo2eKg } from '../engine/carbon';
import { gradientBytesPerParam, optimizerBytesPerParam, weightBytesPerParam } from '../engine/memory';
import { trainingPrecisions } from '../engine/precision';
import { predictedLoss, tokensForLoss } from '../engine/scaling-laws';
import { computeSeconds, pipelineBubbleFraction, withRestartOverhead } from '../engine/time';
import type { CompiledSearch } from './compile';
import { Metric, METRIC_COUNT, Status } from './metrics';

export class CandidateEvaluator {
  /** Digit per axis of the last decoded candidate. */
  readonly digits: Int32Array;
  private readonly scratch: ActivationInput;
  /** Goals other than budgets fix tokens (and so loss) per shape: cache them for the last shape seen. */
  private readonly tokensPerShape: boolean;
  private cachedShape = -1;
  private cachedTokens = 0;
  private cachedLoss = 0;

  constructor(private readonly c: CompiledSearch) {
    this.digits = new Int32Array(c.radices.length);
    const kind = c.spec.goal.kind;
    this.tokensPerShape = kind === 'target-loss' || kind === 'parameters' || kind === 'compute';
    const t = c.base.training;
    this.scratch = {
      seqLength: 1,
      microBatch: 1,
      hidden: 1,
      heads: 1,
      layers: 1,
      vocab: 1,
      tensorParallel: 1,
      pipelineParallel: 1,
      sequenceParallel: t.sequenceParallel,
      recompute: 'none',
      flashAttention: t.flashAttention,
      mlpScale: 1,
    };
  }

  decode(id: number): void {
    const r = this.c.radices;
    let rest = id;
    for (let axis = r.length - 1; axis >= 0; axis--) {
      const radix = r[axis]!;
      const q = Math.floor(rest / radix);
      this.digits[axis] = rest - q * radix;
      rest = q;
    }
  }

  /** Moves the digits to the next candidate id (odometer, innermost axis fastest): cheaper than decoding. */
  advance(): void {
    const r = this.c.radices;
    const d = this.digits;
    for (let axis = r.length - 1; axis >= 0; axis--) {
      if (++d[axis]! < r[axis]!) return;
      d[axis] = 0;
    }
  }

  /** Evaluates candidate `id` into `out` (see Metric); returns a Status (0 = feasible). */
  evaluate(id: number, out: Float64Array): number {
    this.decode(id);
    return this.evaluateDigits(out);
  }

  /** Evaluates the candidate the digits point at. */
  evaluateDigits(out: Float64Array): number {
    const c = this.c;
    const d = this.digits;
    const arch = c.architectures;
    const hw = c.hardware;
    const a = d[0]!;
    const layers = arch.layers[a]!;
    const hidden = arch.hidden[a]!;
    const heads = arch.heads[a]!;
    const total = arch.totalParameters[a]!;
    const active = arch.activeParameters[a]!;
    const seq = c.seqLength[d[1]!]!;
    const tp = c.tensorParallel[d[8]!]!;
    const pp = c.pipelineParallel[d[9]!]!;
    const g = d[10]!;
    const gpus = c.gpuCount[d[11]!]!;
    out[Metric.gpuCount] = gpus;
    out[Metric.parameters] = total;
    // Layout: tensor-parallel splits heads; pipeline stages need at least one layer each.
    if (gpus % (tp * pp) !== 0 || heads % tp !== 0 || pp > layers) return Status.layout;
    const dp = gpus / (tp * pp);
    const precisionId = c.precision[d[3]!]!;
    const precision = trainingPrecisions[precisionId];
    const peak = hw.peakFlops[g * c.precision.length + d[3]!]!;
    if (peak === 0) return Status.precision;
    const t = c.base.training;
    const microBatch = c.microBatch[d[7]!]!;
    const recompute = c.recompute[d[6]!]!;

    // Memory per GPU (memory.ts: ZeRO stage 1 shards optimizer states, 2 gradients, 3 weights).
    const weightB = weightBytesPerParam(precision, t.masterWeights);
    const gradB = gradientBytesPerParam(precision, t.masterWeights);
    const optB = optimizerBytesPerParam(precision, c.optimizer[d[4]!]!, t.masterWeights, hidden);
    const zero = c.zeroStage[d[5]!]!;
    const perModelShard = total / (tp * pp);
    const s = this.scratch;
    s.seqLength = seq;
    s.microBatch = microBatch;
    s.hidden = hidden;
    s.heads = heads;
    s.layers = layers;
    s.vocab = arch.vocab[a]!;
    s.tensorParallel = tp;
    s.pipelineParallel = pp;
    s.recompute = recompute;
    s.mlpScale = mlpActivationScale(hidden, arch.ffn[a]!, arch.gated[a] === 1, 1);
    const memory =
      perModelShard * (weightB / (zero >= 3 ? dp : 1) + gradB / (zero >= 2 ? dp : 1) + optB / (zero >= 1 ? dp : 1)) +
      activationBytesPerGpu(s) +
      t.frameworkOverheadBytes;
    const usable = hw.memoryBytes[g]! * (1 - c.base.hardware.memoryHeadroom);
    out[Metric.memoryPerGpuBytes] = memory;
    out[Metric.usableBytes] = usable;

    // Work and time per training token (compute.ts, time.ts); every total below is linear in tokens.
    const attention = t.attentionFlops ? attentionFlopsPerToken(layers, hidden, seq) : 0;
    const flopsPerToken = trainingFlopsPerToken(active, attention);
    // estimate-training.ts: without a global batch, 8 micro-batches per pipeline stage.
    const microBatches = t.globalBatch !== undefined ? Math.max(1, t.globalBatch / (dp * microBatch)) : 8 * pp;
    const bubble = pipelineBubbleFraction(pp, microBatches);
    const work = flopsPerToken * recomputeFactor(recompute);
    const secondsPerToken = withRestartOverhead(
      computeSeconds(work, gpus, peak, hw.mfu[g]!) * (1 + bubble),
      t.restartOverhead,
    );
    const hoursPerToken = secondsPerToken / 3600;
    const e = c.base.energy;
    const kWhPerToken = facilityPowerKW(gpus, hw.powerW[g]!, e.serverOverheadWPerGpu, e.pue) * hoursPerToken;
    const gpuHoursPerToken = gpus * hoursPerToken;
    const onPrem = c.base.pricing.onPrem;
    const co2PerToken =
      operationalCo2eKg(kWhPerToken, hw.carbonIntensity[d[12]!]!, e.renewableShare) +
      embodiedCo2eKg(gpuHoursPerToken, hw.embodiedKgPerGpu[g]!, onPrem.lifetimeYears, onPrem.utilization);
    const costPerToken = gpuHoursPerToken * hw.pricePerGpuHour[g]! + kWhPerToken * hw.electricityPricePerKWh[g]!;

    let tokens: number;
    let loss: number;
    const shape = a * c.tokensPerParameter.length + d[2]!;
    if (this.tokensPerShape && shape === this.cachedShape) {
      tokens = this.cachedTokens;
      loss = this.cachedLoss;
    } else {
      tokens = this.tokens(total, active, c.tokensPerParameter[d[2]!]!, costPerToken, kWhPerToken, hoursPerToken);
      loss = predictedLoss(total, tokens, c.fit);
      this.cachedShape = shape;
      this.cachedTokens = tokens;
      this.cachedLoss = loss;
    }
    out[Metric.tokens] = tokens;
    if (!(tokens > 0 && tokens < Infinity)) return Status.unreachable;
    out[Metric.loss] = loss;
    out[Metric.cost] = costPerToken * tokens;
    out[Metric.hours] = hoursPerToken * tokens;
    out[Metric.energyKWh] = kWhPerToken * tokens;
    out[Metric.co2eKg] = co2PerToken * tokens;
    out[Metric.flops] = flopsPerToken * tokens;
    out[Metric.gpuHours] = gpuHoursPerToken * tokens;
    return this.limitStatus(out);
  }

  /** Training tokens the goal implies for this candidate. */
  private tokens(
    total: number,
    active: number,
    tokensPerParameter: number,
    costPerToken: number,
    kWhPerToken: number,
    hoursPerToken: number,
  ): number {
    const goal = this.c.spec.goal;
    switch (goal.kind) {
      case 'target-loss':
        return tokensForLoss(total, goal.loss, this.c.fit);
      case 'parameters':
        return total * tokensPerParameter;
      case 'compute':
        return goal.flops / (6 * active);
      case 'cost-budget':
        return goal.amount / costPerToken;
      case 'energy-budget':
        return goal.kWh / kWhPerToken;
      case 'time-budget':
        return goal.hours / hoursPerToken;
    }
  }

  /** The first limit the plan breaks, in the order the user reads them. */
  private limitStatus(out: Float64Array): number {
    const l = this.c.spec.limits;
    if (l.memoryMustFit && out[Metric.memoryPerGpuBytes]! > out[Metric.usableBytes]!) return Status.memory;
    if (l.maxGpus !== undefined && out[Metric.gpuCount]! > l.maxGpus) return Status.maxGpus;
    if (l.deadlineHours !== undefined && out[Metric.hours]! > l.deadlineHours) return Status.deadline;
    if (l.maxCost !== undefined && out[Metric.cost]! > l.maxCost) return Status.cost;
    if (l.maxEnergyKWh !== undefined && out[Metric.energyKWh]! > l.maxEnergyKWh) return Status.energy;
    if (l.maxCo2eKg !== undefined && out[Metric.co2eKg]! > l.maxCo2eKg) return Status.co2;
    return Status.ok;
  }
}

export const newMetricsBuffer = (): Float64Array => new Float64Array(METRIC_COUNT);

// The closed-form downstream relations of the engine, written as ratios to the
// point estimate: with every input at its point value the outputs are exactly the
// engine's, and a draw only rescales the parts it acts on. This is what makes
// 10,000 samples cheap (no derivation steps per sample).
//
//   GPU-hours  ∝ tokens ÷ MFU ÷ (1 − restart share)        (compute-bound work)
//   wall-clock ∝ GPU-hours                                  (the GPU count stays as planned)
//   energy     ∝ GPU-hours × (GPU power × load + server power) × PUE
//   CO2e       = operational × energy ratio × grid-intensity ratio + embodied × GPU-hours ratio
//   cost       = compute × GPU-hours ratio × price × FX + electricity × energy ratio (× FX) + operations × GPU-hours ratio (× FX)
import type { UncertaintyBaseline } from './baseline';

/** One draw of the uncertain inputs: multipliers, except restartOverhead (a share). */
export interface InputDraw {
  mfu: number;
  loadFactor: number;
  pricePerGpuHour: number;
  pue: number;
  carbonIntensity: number;
  tokens: number;
  restartOverhead: number;
  exchangeRate: number;
}

export interface OutputValues {
  gpuHours: number;
  wallClockHours: number;
  energyKWh: number;
  co2eKg: number;
  cost: number;
}

export const outputIds = ['gpuHours', 'wallClockHours', 'energyKWh', 'co2eKg', 'cost'] as const;
export type OutputId = (typeof outputIds)[number];

/** As shared/engine/time.ts `withRestartOverhead`: at most 99% of the time lost. */
const MAX_LOST_SHARE = 0.99;

/** MFU cannot exceed 1 and PUE cannot fall below 1, whatever the multiplier says. */
const boundedRatio = (point: number, multiplier: number, min: number, max: number) =>
  point > 0 ? Math.min(max, Math.max(min, point * multiplier)) / point : 1;

export const respond = (b: UncertaintyBaseline, draw: InputDraw, out: OutputValues): OutputValues => {
  const responds = b.timeResponds;
  const mfuRatio = responds.mfu ? boundedRatio(b.mfu, draw.mfu, 0, 1) : 1;
  const tokensRatio = responds.tokens ? draw.tokens : 1;
  const restartRatio = responds.restart
    ? (1 - Math.min(b.restartOverhead, MAX_LOST_SHARE)) / (1 - Math.min(draw.restartOverhead, MAX_LOST_SHARE))
    : 1;
  const timeRatio = (tokensRatio / mfuRatio) * restartRatio;
  const pueRatio = b.pueResponds ? boundedRatio(b.pue, draw.pue, 1, Infinity) : 1;
  const powerRatio = 1 + b.gpuPowerShare * (draw.loadFactor - 1);
  const energyRatio = timeRatio * powerRatio * pueRatio;
  out.gpuHours = b.gpuHours * timeRatio;
  out.wallClockHours = b.wallClockHours * timeRatio;
  out.energyKWh = b.energyKWh * energyRatio;
  // Written as point + change so the point draw returns the engine's figures bit for bit.
  out.co2eKg =
    b.co2eKg + b.operationalCo2eKg * (energyRatio * draw.carbonIntensity - 1) + b.embodiedCo2eKg * (timeRatio - 1);
  out.cost =
    b.cost +
    b.computeCost * (timeRatio * draw.pricePerGpuHour * (b.priceConverted ? draw.exchangeRate : 1) - 1) +
    b.electricityCost * (energyRatio * (b.electricityConverted ? draw.exchangeRate : 1) - 1) +
    b.operationsCost * (timeRatio * (b.operationsConverted ? draw.exchangeRate : 1) - 1);
  return out;
};

/** The draw that reproduces the point estimate. */
export const pointDraw = (b: UncertaintyBaseline): InputDraw => ({
  mfu: 1,
  loadFactor: 1,
  pricePerGpuHour: 1,
  pue: 1,
  carbonIntensity: 1,
  tokens: 1,
  restartOverhead: b.restartOverhead,
  exchangeRate: 1,
});

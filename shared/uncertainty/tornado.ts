// One-at-a-time sensitivity: each input at its low and at its high, every other
// input at its likely value. Bars are sorted by swing, so the first bar is the
// input that moves the output most. (For a log-normal range low/high are its
// P10/P90; for a triangular one its minimum and maximum.)
import type { UncertainInputId } from '../schema/uncertainty';
import type { UncertaintyBaseline } from './baseline';
import type { ResolvedRange } from './resolve-ranges';
import { outputIds, respond, type InputDraw, type OutputId, type OutputValues } from './response';

export interface TornadoBar {
  input: UncertainInputId;
  inputLow: number;
  inputHigh: number;
  /** The output with this input at its low / high. */
  outputAtLow: number;
  outputAtHigh: number;
  /** |outputAtHigh − outputAtLow|. */
  swing: number;
}

export interface Tornado {
  /** Every input at its likely value. */
  base: OutputValues;
  bars: Record<OutputId, TornadoBar[]>;
}

const likelyDraw = (ranges: ResolvedRange[]) =>
  Object.fromEntries(ranges.map((r) => [r.id, r.range.likely])) as unknown as InputDraw;

const evaluate = (baseline: UncertaintyBaseline, draw: InputDraw): OutputValues =>
  respond(baseline, draw, { gpuHours: 0, wallClockHours: 0, energyKWh: 0, co2eKg: 0, cost: 0 });

export const tornado = (baseline: UncertaintyBaseline, ranges: ResolvedRange[]): Tornado => {
  const likely = likelyDraw(ranges);
  const ends = ranges.map((r) => ({
    r,
    atLow: evaluate(baseline, { ...likely, [r.id]: r.range.low }),
    atHigh: evaluate(baseline, { ...likely, [r.id]: r.range.high }),
  }));
  const barsFor = (output: OutputId): TornadoBar[] =>
    ends
      .map(({ r, atLow, atHigh }) => ({
        input: r.id,
        inputLow: r.range.low,
        inputHigh: r.range.high,
        outputAtLow: atLow[output],
        outputAtHigh: atHigh[output],
        swing: Math.abs(atHigh[output] - atLow[output]),
      }))
      .sort((a, b) => b.swing - a.swing);
  return {
    base: evaluate(baseline, likely),
    bars: Object.fromEntries(outputIds.map((id) => [id, barsFor(id)])) as Record<OutputId, TornadoBar[]>,
  };
};

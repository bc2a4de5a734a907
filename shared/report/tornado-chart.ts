// Tornado chart (issue 8) for the results panel and the PDF: one horizontal row per
// uncertain input, sorted by swing, with two floating bars from the point value out
// to the output with that input at its low end and at its high end. Pure data,
// like charts.ts: the caller adds the canvas and platform options.
import type { ChartConfiguration } from 'chart.js';
import type { UncertainInputId } from '../schema/uncertainty';
import { rangeUnits } from '../schema/uncertainty';
import type { OutputId } from '../uncertainty/response';
import type { Tornado, TornadoBar } from '../uncertainty/tornado';
import { tickLabel } from './charts';

export const uncertainInputLabels: Record<UncertainInputId, string> = {
  mfu: 'MFU',
  loadFactor: 'GPU power load',
  pricePerGpuHour: 'Price per GPU-hour',
  pue: 'PUE',
  carbonIntensity: 'Grid carbon intensity',
  tokens: 'Training tokens',
  restartOverhead: 'Failures and restarts',
  exchangeRate: 'Exchange rate',
};

/** Axis titles per output; `cost` adds the currency. Values are charted in these units as given. */
export const uncertainOutputLabels: Record<OutputId, string> = {
  gpuHours: 'GPU-hours',
  wallClockHours: 'Wall-clock time (hours)',
  energyKWh: 'Energy (kWh)',
  co2eKg: 'Emissions (kg CO₂e)',
  cost: 'Cost',
};

const outputNouns: Record<OutputId, string> = {
  gpuHours: 'GPU-hours',
  wallClockHours: 'wall-clock time',
  energyKWh: 'energy',
  co2eKg: 'emissions',
  cost: 'cost',
};

export const tornadoColors = { low: '#2e75b6', high: '#c55a11' };

export interface TornadoChartOptions {
  /** Chart title; default "What moves <output> most". */
  title?: string;
  /** ISO code shown in the cost axis title. */
  currency?: string;
  /** Keep the widest bars only (default: all). */
  maxBars?: number;
  /** Also chart inputs that do not move this output (swing 0); default false. */
  includeFlat?: boolean;
}

/** The input's range as a row label: "MFU (0.7×–1.2×)", "Failures and restarts (0%–10%)". */
export const tornadoRowLabel = (bar: Pick<TornadoBar, 'input' | 'inputLow' | 'inputHigh'>): string => {
  const share = rangeUnits[bar.input] === 'share';
  const end = (v: number) =>
    share ? `${tickLabel(Number((v * 100).toPrecision(4)))}%` : `${tickLabel(Number(v.toPrecision(4)))}×`;
  return `${uncertainInputLabels[bar.input]} (${end(bar.inputLow)}–${end(bar.inputHigh)})`;
};

/** Swing below this share of the base value counts as none (rounding in the response). */
const FLAT = 1e-9;

/**
 * Tornado chart for one output.
 * @param tornado `estimateUncertainty(...).tornado`: the base (every input at its likely value) and bars per output, widest first.
 * @param output which output to chart: 'gpuHours' | 'wallClockHours' | 'energyKWh' | 'co2eKg' | 'cost'.
 * @param opts title, currency (cost axis), maxBars, includeFlat.
 */
export const tornadoChartConfig = (
  tornado: Tornado,
  output: OutputId,
  opts: TornadoChartOptions = {},
): ChartConfiguration<'bar'> => {
  const base = tornado.base[output];
  const moving = tornado.bars[output].filter((b) => opts.includeFlat || b.swing > FLAT * Math.abs(base));
  const bars = opts.maxBars === undefined ? moving : moving.slice(0, opts.maxBars);
  const axis = output === 'cost' && opts.currency ? `Cost (${opts.currency})` : uncertainOutputLabels[output];
  const floating = (label: string, end: (b: TornadoBar) => number, color: string) => ({
    label,
    backgroundColor: color,
    grouped: false,
    borderSkipped: false as const,
    data: bars.map((b) => [base, end(b)] as [number, number]),
  });
  return {
    type: 'bar',
    data: {
      labels: bars.map(tornadoRowLabel),
      datasets: [
        floating('Input at its low end', (b) => b.outputAtLow, tornadoColors.low),
        floating('Input at its high end', (b) => b.outputAtHigh, tornadoColors.high),
      ],
    },
    options: {
      indexAxis: 'y',
      plugins: {
        title: { display: true, text: opts.title ?? `What moves ${outputNouns[output]} most` },
        legend: { position: 'bottom' },
      },
      scales: {
        x: {
          type: 'linear',
          beginAtZero: false,
          title: { display: true, text: `${axis}: bars start at ${tickLabel(base)}, every input at its likely value` },
          ticks: { callback: tickLabel },
        },
        y: { ticks: { autoSkip: false } },
      },
    },
  };
};

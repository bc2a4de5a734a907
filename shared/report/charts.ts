// Chart.js configurations shared by the UI and the exporters, so the charts in
// a PDF are the charts on screen. Pure data: the caller adds the canvas and
// platform options (the exporters set animation: false, responsive: false).
import type { ChartConfiguration } from 'chart.js';
import type { Estimate } from '../engine/types';
import { formatSignificant } from './format';

export const chartColors = {
  weights: '#1f4e79',
  gradients: '#2e75b6',
  optimizer: '#9dc3e6',
  activations: '#f4b183',
  kvCache: '#c55a11',
  overhead: '#a6a6a6',
  capacity: '#70ad47',
  cost: '#1f4e79',
  energy: '#c55a11',
  co2: '#548235',
  time: '#7030a0',
};

export interface ChartOptions {
  /** Logarithmic value axis, for scenarios that differ by orders of magnitude. */
  logScale?: boolean;
  title?: string;
}

const GB = 1e9;
const memoryParts = ['weights', 'gradients', 'optimizer', 'activations', 'kvCache', 'overhead'] as const;
const memoryLabels: Record<(typeof memoryParts)[number], string> = {
  weights: 'Weights',
  gradients: 'Gradients',
  optimizer: 'Optimizer states',
  activations: 'Activations',
  kvCache: 'KV cache',
  overhead: 'Framework overhead',
};

/** On a log axis, start a decade below the smallest value so every bar shows. */
const logFloor = (values: number[]): number | undefined => {
  const positive = values.filter((v) => v > 0);
  return positive.length === 0 ? undefined : 10 ** (Math.floor(Math.log10(Math.min(...positive))) - 1);
};

/** Tick labels as the reports print numbers ("0.001", "100", "1,000,000"), never "100.000". */
export const tickLabel = (value: number | string): string =>
  typeof value === 'number'
    ? formatSignificant(value, 3)
        .replace(/(\.\d*?)0+$/, '$1')
        .replace(/\.$/, '')
    : value;

/** On a log axis only 1 and 3 × 10ⁿ are labelled, so the labels never collide. */
export const logTickLabel = (value: number | string): string => {
  if (typeof value !== 'number' || value <= 0) return tickLabel(value);
  const mantissa = value / 10 ** Math.floor(Math.log10(value) + 1e-12);
  return Math.abs(mantissa - 1) < 1e-6 || Math.abs(mantissa - 3) < 1e-6 ? tickLabel(value) : '';
};

const valueAxis = (title: string, log: boolean | undefined, values: number[], stacked = false) => ({
  type: log ? ('logarithmic' as const) : ('linear' as const),
  beginAtZero: !log,
  stacked,
  title: { display: true, text: title },
  ticks: { callback: log ? logTickLabel : tickLabel },
  ...(log ? { min: logFloor(values) } : {}),
});

/** Every scenario gets its label, however many there are. */
const categoryAxis = (stacked: boolean) => ({ stacked, ticks: { autoSkip: false, maxRotation: 30 } });

/** Memory per GPU by component (stacked) beside the usable capacity, one row per scenario. */
export const memoryChart = (estimates: Estimate[], opts: ChartOptions = {}): ChartConfiguration<'bar'> => ({
  type: 'bar',
  data: {
    labels: estimates.map((e) => e.name),
    datasets: [
      ...memoryParts
        .filter((part) => estimates.some((e) => e.memoryPerGpuBytes[part] > 0))
        .map((part) => ({
          label: memoryLabels[part],
          data: estimates.map((e) => e.memoryPerGpuBytes[part] / GB),
          backgroundColor: chartColors[part],
          stack: 'used',
        })),
      {
        label: 'Usable capacity',
        data: estimates.map((e) => e.memoryPerGpuBytes.usable / GB),
        backgroundColor: chartColors.capacity,
        stack: 'capacity',
      },
    ],
  },
  options: {
    indexAxis: 'y',
    plugins: {
      title: { display: true, text: opts.title ?? 'Memory per GPU vs usable capacity (GB)' },
      legend: { position: 'bottom' },
    },
    scales: {
      x: valueAxis(
        'GB per GPU',
        opts.logScale,
        estimates.map((e) => Math.min(e.memoryPerGpuBytes.total, e.memoryPerGpuBytes.usable) / GB),
        !opts.logScale,
      ),
      y: categoryAxis(true),
    },
  },
});

export type ComparisonMetric = 'cost' | 'energy' | 'co2' | 'time' | 'gpuHours';

const metricOf: Record<
  ComparisonMetric,
  { label: (e: Estimate) => string; value: (e: Estimate) => number; color: string }
> = {
  cost: { label: (e) => `Cost (${e.cost.currency})`, value: (e) => e.cost.total, color: chartColors.cost },
  energy: { label: () => 'Energy (MWh)', value: (e) => e.energyKWh / 1e3, color: chartColors.energy },
  co2: { label: () => 'Emissions (t CO₂e)', value: (e) => e.co2eKg / 1e3, color: chartColors.co2 },
  time: { label: () => 'Wall-clock time (days)', value: (e) => e.wallClockHours / 24, color: chartColors.time },
  gpuHours: { label: () => 'GPU-hours', value: (e) => e.gpuHours, color: chartColors.weights },
};

/** One metric across scenarios. */
export const comparisonChart = (
  estimates: Estimate[],
  metric: ComparisonMetric,
  opts: ChartOptions = {},
): ChartConfiguration<'bar'> => {
  const m = metricOf[metric];
  const label = estimates[0] ? m.label(estimates[0]) : metric;
  return {
    type: 'bar',
    data: {
      labels: estimates.map((e) => e.name),
      datasets: [{ label, data: estimates.map(m.value), backgroundColor: m.color }],
    },
    options: {
      plugins: { title: { display: true, text: opts.title ?? label }, legend: { display: false } },
      scales: { x: categoryAxis(false), y: valueAxis(label, opts.logScale, estimates.map(m.value)) },
    },
  };
};

/** Cost split into compute, electricity and operations, stacked per scenario. */
export const costBreakdownChart = (estimates: Estimate[], opts: ChartOptions = {}): ChartConfiguration<'bar'> => {
  const currency = estimates[0]?.cost.currency ?? '';
  const part = (label: string, pick: (e: Estimate) => number, color: string) => ({
    label,
    data: estimates.map(pick),
    backgroundColor: color,
  });
  return {
    type: 'bar',
    data: {
      labels: estimates.map((e) => e.name),
      datasets: [
        part('Compute', (e) => e.cost.compute, chartColors.weights),
        part('Electricity', (e) => e.cost.electricity, chartColors.energy),
        part('Operations', (e) => e.cost.operations, chartColors.overhead),
      ].filter((d) => d.data.some((v) => v > 0)),
    },
    options: {
      plugins: {
        title: { display: true, text: opts.title ?? `Cost breakdown (${currency})` },
        legend: { position: 'bottom' },
      },
      scales: {
        x: categoryAxis(!opts.logScale),
        y: valueAxis(
          currency,
          opts.logScale,
          estimates.map((e) => Math.min(e.cost.compute || Infinity, e.cost.total)),
          !opts.logScale,
        ),
      },
    },
  };
};

/** Cost and energy side by side on two axes: the trade-off in one picture. */
export const costEnergyChart = (estimates: Estimate[], opts: ChartOptions = {}): ChartConfiguration<'bar'> => {
  const cost = metricOf.cost;
  const energy = metricOf.energy;
  const costLabel = estimates[0] ? cost.label(estimates[0]) : 'Cost';
  return {
    type: 'bar',
    data: {
      labels: estimates.map((e) => e.name),
      datasets: [
        { label: costLabel, data: estimates.map(cost.value), backgroundColor: cost.color, yAxisID: 'cost' },
        { label: 'Energy (MWh)', data: estimates.map(energy.value), backgroundColor: energy.color, yAxisID: 'energy' },
      ],
    },
    options: {
      plugins: {
        title: { display: true, text: opts.title ?? 'Cost and energy by scenario' },
        legend: { position: 'bottom' },
      },
      scales: {
        x: categoryAxis(false),
        cost: { ...valueAxis(costLabel, opts.logScale, estimates.map(cost.value)), position: 'left' },
        energy: {
          ...valueAxis('Energy (MWh)', opts.logScale, estimates.map(energy.value)),
          position: 'right',
          grid: { drawOnChartArea: false },
        },
      },
    },
  };
};

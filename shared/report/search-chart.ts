// Scatter chart of a plan search (issue 7): the sampled candidates as points, the
// Pareto frontier highlighted, and the two-axis trade-off curve through the frontier.
// Pure data shared by the search view and the PDF, as in charts.ts; the caller adds
// the platform options (animation, responsive) and theme colours.
import type { ChartConfiguration } from 'chart.js';
import type { CandidateResult } from '../search/candidate';
import type { ObjectiveId } from '../search/spec';
import { chartColors, tickLabel } from './charts';

/** The figures of a search result the chart plots (a `SearchResult` fits). */
export interface SearchChartInput {
  /** Sampled feasible candidates (`SearchResult.scatter`). */
  scatter: readonly CandidateResult[];
  /** The Pareto frontier (`SearchResult.frontier`); drawn on top, highlighted. */
  frontier: readonly CandidateResult[];
}

export interface SearchChartOptions {
  /** Objective on each axis; default x = cost, y = loss. */
  x?: ObjectiveId;
  y?: ObjectiveId;
  /** Logarithmic axes (costs and times of plans span orders of magnitude). */
  logX?: boolean;
  logY?: boolean;
  /** Currency code for the cost axis title (the spec's base currency); default USD. */
  currency?: string;
  /** Keep only candidates that pass (e.g. one GPU type); applied to sample and frontier alike. */
  include?: (c: CandidateResult) => boolean;
  /** Candidate id drawn as a larger marker (the one the user picked). */
  selectedId?: number;
  title?: string;
}

interface Axis {
  label: (currency: string) => string;
  value: (c: CandidateResult) => number;
}

/** Axis figure and unit per objective, in the units the report uses elsewhere. */
export const searchAxes: Record<ObjectiveId, Axis> = {
  loss: { label: () => 'Predicted loss (nats/token)', value: (c) => c.loss },
  cost: { label: (currency) => `Cost (${currency})`, value: (c) => c.cost },
  time: { label: () => 'Wall-clock time (days)', value: (c) => c.wallClockHours / 24 },
  energy: { label: () => 'Energy (MWh)', value: (c) => c.energyKWh / 1e3 },
  co2: { label: () => 'Emissions (t CO₂e)', value: (c) => c.co2eKg / 1e3 },
};

/** A plotted plan: its two axis figures and the candidate id. */
export interface Point {
  x: number;
  y: number;
  id: number;
}

const pointOf = (c: CandidateResult, x: Axis, y: Axis): Point => ({ x: x.value(c), y: y.value(c), id: c.id });

/**
 * The points no other frontier point beats on both axes (lower is better on every
 * objective), ordered by x: the trade-off curve for the two chosen objectives.
 */
export const twoAxisFront = (points: readonly Point[]): Point[] => {
  const sorted = [...points].sort((a, b) => a.x - b.x || a.y - b.y);
  const front: Point[] = [];
  for (const p of sorted) if (front.length === 0 || p.y < front[front.length - 1]!.y) front.push(p);
  return front;
};

/**
 * On a log axis label 1, 2, 3 and 5 × 10ⁿ: plans often span less than a decade, where
 * 1-and-3 labels leave an axis with one number. Linear axes keep Chart.js's own labels,
 * which follow the tick step (losses differ in the third decimal).
 */
export const searchLogTickLabel = (value: number | string): string => {
  if (typeof value !== 'number' || value <= 0) return tickLabel(value);
  const mantissa = value / 10 ** Math.floor(Math.log10(value) + 1e-12);
  return [1, 2, 3, 5].some((m) => Math.abs(mantissa - m) < 1e-6) ? tickLabel(value) : '';
};

const axisScale = (title: string, log: boolean | undefined) => ({
  type: log ? ('logarithmic' as const) : ('linear' as const),
  title: { display: true, text: title },
  ...(log ? { ticks: { callback: searchLogTickLabel } } : {}),
});

/**
 * Chart.js scatter config: dataset 0 = other sampled candidates, 1 = Pareto frontier
 * (all objectives), 2 = the two-axis trade-off line, 3 = the selected candidate (when set).
 * Each point carries the candidate `id`, so a click or tooltip can find the plan.
 */
export const searchScatterChartConfig = (
  input: SearchChartInput,
  opts: SearchChartOptions = {},
): ChartConfiguration<'scatter'> => {
  const xId = opts.x ?? 'cost';
  const yId = opts.y ?? 'loss';
  const x = searchAxes[xId];
  const y = searchAxes[yId];
  const include = opts.include ?? (() => true);
  const currency = opts.currency ?? 'USD';
  const frontierIds = new Set(input.frontier.map((c) => c.id));
  // Log axes cannot show zero or negative figures (a free plan, zero-carbon energy).
  const plottable = (p: Point) =>
    Number.isFinite(p.x) && Number.isFinite(p.y) && (!opts.logX || p.x > 0) && (!opts.logY || p.y > 0);
  const frontier = input.frontier
    .filter(include)
    .map((c) => pointOf(c, x, y))
    .filter(plottable);
  const others = input.scatter
    .filter((c) => include(c) && !frontierIds.has(c.id))
    .map((c) => pointOf(c, x, y))
    .filter(plottable);
  const selected = [...input.frontier, ...input.scatter].find((c) => c.id === opts.selectedId && include(c));
  const selectedPoint = selected ? [pointOf(selected, x, y)].filter(plottable) : [];
  const xLabel = x.label(currency);
  const yLabel = y.label(currency);
  return {
    type: 'scatter',
    data: {
      datasets: [
        {
          label: 'Candidates (sample)',
          data: others,
          backgroundColor: '#9dc3e680',
          borderColor: '#9dc3e6',
          pointRadius: 2.5,
          order: 3,
        },
        {
          label: 'Pareto frontier',
          data: frontier,
          backgroundColor: chartColors.energy,
          borderColor: chartColors.energy,
          pointRadius: 4.5,
          pointStyle: 'rectRot',
          order: 1,
        },
        {
          label: `Best trade-off: ${yId} vs ${xId}`,
          data: twoAxisFront(frontier),
          showLine: true,
          borderColor: chartColors.weights,
          backgroundColor: chartColors.weights,
          pointRadius: 0,
          borderWidth: 2,
          order: 2,
        },
        ...(selectedPoint.length
          ? [
              {
                label: 'Selected plan',
                data: selectedPoint,
                backgroundColor: chartColors.co2,
                borderColor: chartColors.co2,
                pointRadius: 8,
                pointStyle: 'star',
                borderWidth: 2,
                order: 0,
              },
            ]
          : []),
      ],
    },
    options: {
      plugins: {
        title: { display: true, text: opts.title ?? `${yLabel} vs ${xLabel}` },
        legend: { position: 'bottom' },
      },
      scales: { x: axisScale(xLabel, opts.logX), y: axisScale(yLabel, opts.logY) },
    },
  };
};

// Where the money and the energy go: cost components and energy (IT vs facility overhead).
import type { ChartConfiguration } from 'chart.js';
import type { Estimate } from '../../shared/engine/types';
import type { Palette } from './palette';

export interface BreakdownSlice {
  label: string;
  value: number;
}

export const costSlices = (e: Estimate): BreakdownSlice[] =>
  [
    {
      label: e.cost.electricity > 0 || e.cost.operations > 0 ? 'Hardware (amortised)' : 'GPU rental',
      value: e.cost.compute,
    },
    { label: 'Electricity', value: e.cost.electricity },
    { label: 'Operations', value: e.cost.operations },
  ].filter((s) => s.value > 0);

export const breakdownChartConfig = (
  slices: BreakdownSlice[],
  title: string,
  palette: Palette,
  format: (v: number) => string,
): ChartConfiguration<'doughnut'> => ({
  type: 'doughnut',
  data: {
    labels: slices.map((s) => s.label),
    datasets: [
      {
        data: slices.map((s) => s.value),
        backgroundColor: slices.map((_, i) => palette.series[i % palette.series.length]!),
        borderWidth: 0,
      },
    ],
  },
  options: {
    animation: false,
    responsive: true,
    maintainAspectRatio: false,
    cutout: '55%',
    plugins: {
      title: { display: true, text: title, color: palette.text },
      legend: { position: 'bottom', labels: { color: palette.text, boxWidth: 12 } },
      tooltip: { callbacks: { label: (c) => `${c.label}: ${format(c.parsed as number)}` } },
    },
  },
});

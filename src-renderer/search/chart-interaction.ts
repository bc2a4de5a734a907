// Screen-only additions to the shared search scatter: a tooltip naming the plan under
// the pointer, and a click that selects it (the PDF has neither).
import type { ActiveElement, Chart, ChartConfiguration, TooltipItem } from 'chart.js';
import type { CandidateResult } from '../../shared/search/candidate';
import { shapeText } from './candidate-rows';

type Scatter = ChartConfiguration<'scatter'>;

const idOf = (chart: Chart, element: ActiveElement): number | undefined =>
  (chart.data.datasets[element.datasetIndex]?.data[element.index] as { id?: number } | undefined)?.id;

/** `plans` is read at event time: the chart host keeps options whose data-free part is unchanged, closures included. */
export const interactiveScatter = (
  config: Scatter,
  plans: () => Map<number, CandidateResult>,
  onSelect: (id: number) => void,
): Scatter => ({
  ...config,
  options: {
    ...config.options,
    onClick: (_event, elements, chart) => {
      const id = elements[0] ? idOf(chart, elements[0]) : undefined;
      if (id !== undefined) onSelect(id);
    },
    plugins: {
      ...config.options?.plugins,
      tooltip: {
        callbacks: {
          label: (item: TooltipItem<'scatter'>) => {
            const c = plans().get((item.raw as { id?: number }).id ?? -1);
            return c ? `${c.gpuCount} × ${c.gpu}, ${c.region}: ${shapeText(c)}` : item.formattedValue;
          },
        },
      },
    },
  },
});

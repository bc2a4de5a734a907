// Scenario comparison: one table row per scenario, then the shared charts.
import { comparisonChart, costBreakdownChart, memoryChart } from '../../../shared/report/charts';
import { formatMoney, formatNumber } from '../../../shared/report/format';
import { formatCo2, formatDuration, formatEnergy, formatPercent } from '../../../shared/report/units';
import type { ReportModel, ScenarioReport } from '../../../shared/report/types';
import type { Pdf } from './document';
import { chartImage, heading, paragraph } from './layout';
import { table } from './table';
import { needsLogScale, renderForPage } from './chart-sizing';

const tag = (s: ScenarioReport): string =>
  [s.isRecommended ? '★ ' : '', s.scenario.name, s.isBaseline ? ' (baseline)' : ''].join('');

const row = (s: ScenarioReport, currency: string): string[] => [
  tag(s),
  `${formatNumber(s.estimate.gpuCount)} × ${s.estimate.gpu.name.replace(/^NVIDIA |^AMD /, '')}`,
  formatDuration(s.estimate.wallClockHours),
  formatNumber(s.estimate.gpuHours),
  formatEnergy(s.estimate.energyKWh),
  formatCo2(s.estimate.co2eKg),
  formatMoney(s.costInReportCurrency, currency),
  s.savings ? `${s.savings.costAmount >= 0 ? '' : '+'}${formatPercent(-s.savings.costFraction)}` : '—',
  s.estimate.memoryPerGpuBytes.fits ? 'yes' : 'NO',
];

export const comparisonPages = (doc: Pdf, model: ReportModel): void => {
  doc.addPage();
  doc.outline.addItem('Scenario comparison');
  heading(doc, 'Scenario comparison');
  paragraph(
    doc,
    `Costs in ${model.currency}. ★ marks the recommended scenario; “vs baseline” is the change in cost against the baseline.`,
    9,
  );
  table(
    doc,
    [
      { header: 'Scenario', width: 2.0 },
      { header: 'GPUs', width: 1.7 },
      { header: 'Time', width: 1.2, align: 'right' },
      { header: 'GPU-hours', width: 1.15, align: 'right' },
      { header: 'Energy', width: 1.1, align: 'right' },
      { header: 'CO₂e', width: 1.2, align: 'right' },
      { header: 'Cost', width: 1.35, align: 'right' },
      { header: 'vs baseline', width: 1.15, align: 'right' },
      { header: 'Fits', width: 0.5 },
    ],
    model.scenarios.map((s) => row(s, model.currency)),
    { fontSize: 7.5, boldRows: new Set(model.scenarios.flatMap((s, i) => (s.isRecommended ? [i] : []))) },
  );
  const estimates = model.scenarios.map((s) => s.estimate);
  const log = (pick: Parameters<typeof needsLogScale>[1]) => ({ logScale: needsLogScale(estimates, pick) });
  const barHeight = Math.min(300, 70 + 22 * estimates.length);
  chartImage(
    doc,
    renderForPage(
      doc,
      costBreakdownChart(
        estimates,
        log((e) => e.cost.total),
      ),
      220,
    ),
    220,
  );
  chartImage(
    doc,
    renderForPage(
      doc,
      comparisonChart(
        estimates,
        'co2',
        log((e) => e.co2eKg),
      ),
      200,
    ),
    200,
  );
  chartImage(
    doc,
    renderForPage(
      doc,
      comparisonChart(
        estimates,
        'time',
        log((e) => e.wallClockHours),
      ),
      200,
    ),
    200,
  );
  chartImage(doc, renderForPage(doc, memoryChart(estimates), barHeight), barHeight);
};

// The one-page executive summary: recommendation, headline figures, savings, one chart, approval.
import { costEnergyChart } from '../../../shared/report/charts';
import { formatMoney } from '../../../shared/report/format';
import { formatCo2, formatDuration, formatEnergy, formatPercent } from '../../../shared/report/units';
import type { ReportModel, ScenarioReport } from '../../../shared/report/types';
import { fonts, margins, type Pdf } from './document';
import { bullets, chartImage, colors, contentWidth, heading, pageBottom, paragraph } from './layout';
import { table } from './table';
import { approvalBlock, APPROVAL_HEIGHT } from './approval';
import { needsLogScale, renderForPage } from './chart-sizing';

const savingsLine = (model: ReportModel, s: ScenarioReport): string | undefined => {
  const base = model.scenarios.find((r) => r.isBaseline);
  if (!s.savings || !base) return undefined;
  const sv = s.savings;
  const word = (v: number, more: string, less: string) => (v >= 0 ? less : more);
  return (
    `Against the baseline “${base.scenario.name}”: ${formatMoney(Math.abs(sv.costAmount), model.currency)} (${formatPercent(Math.abs(sv.costFraction))}) ${word(sv.costAmount, 'more', 'less')} cost, ` +
    `${formatEnergy(Math.abs(sv.energyKWh))} ${word(sv.energyKWh, 'more', 'less')} energy, ${formatCo2(Math.abs(sv.co2eKg))} ${word(sv.co2eKg, 'more', 'fewer')} emissions, ` +
    `${formatDuration(Math.abs(sv.wallClockHours))} ${word(sv.wallClockHours, 'longer', 'shorter')}.`
  );
};

const headlineTable = (doc: Pdf, model: ReportModel, chosen: ScenarioReport): void => {
  const base = model.scenarios.find((r) => r.isBaseline);
  const showBase = base !== undefined && base !== chosen;
  const hasRanges = chosen.headline.some((h) => h.rangeText);
  const columns = [
    { header: 'Figure', width: 1.2 },
    { header: chosen.scenario.name, width: 1.6, align: 'right' as const },
    ...(hasRanges ? [{ header: 'Range (P10 – P90)', width: 2.4, align: 'right' as const }] : []),
    ...(showBase ? [{ header: `Baseline: ${base.scenario.name}`, width: 1.6, align: 'right' as const }] : []),
  ];
  const rows = chosen.headline.map((h, i) => [
    h.label,
    h.text,
    ...(hasRanges ? [h.rangeText ?? '—'] : []),
    ...(showBase ? [base.headline[i]!.text] : []),
  ]);
  table(doc, columns, rows, { fontSize: 10 });
};

export const summaryPage = (doc: Pdf, model: ReportModel): void => {
  doc.addPage();
  doc.outline.addItem('Executive summary');
  heading(doc, 'Executive summary', 18);
  const chosen = model.scenarios.find((s) => s.isRecommended);
  const shown = chosen ?? model.scenarios.find((s) => s.isBaseline)!;
  const boxTop = doc.y;
  doc
    .font(fonts.bold)
    .fontSize(13)
    .fillColor(colors.accent)
    .text(
      chosen ? `Recommended: ${chosen.scenario.name}` : 'No scenario can be recommended',
      margins.left + 10,
      boxTop + 8,
      { width: contentWidth(doc) - 20 },
    );
  doc.moveDown(0.3);
  bullets(doc, model.recommendation.reasons, 9.5, 10);
  doc
    .rect(margins.left, boxTop, contentWidth(doc), doc.y - boxTop + 4)
    .lineWidth(1)
    .strokeColor(colors.accent)
    .stroke();
  doc.y += 14;
  headlineTable(doc, model, shown);
  const line = savingsLine(model, shown);
  if (line) paragraph(doc, line, 9.5);
  const estimates = model.scenarios.map((s) => s.estimate);
  const available = pageBottom(doc) - doc.y - APPROVAL_HEIGHT - 12;
  const height = Math.max(120, Math.min(300, available));
  chartImage(
    doc,
    renderForPage(doc, costEnergyChart(estimates, { logScale: needsLogScale(estimates, (e) => e.cost.total) }), height),
    height,
  );
  doc.y = Math.max(doc.y, pageBottom(doc) - APPROVAL_HEIGHT);
  approvalBlock(doc, model);
};

// One section per saved search: goal and limits, counts with the rejections by
// reason, the best plan, the Chinchilla check, the scatter chart, top-k and frontier.
import { searchScatterChartConfig } from '../../../shared/report/search-chart';
import { formatMoney, formatNumber, formatScientific, formatSignificant } from '../../../shared/report/format';
import { formatCo2, formatDuration } from '../../../shared/report/units';
import {
  bindingText,
  candidateSentence,
  chinchillaText,
  countsText,
  goalText,
  limitsText,
  planText,
  shapeText,
  type SearchReport,
} from '../../../shared/report/search-report';
import type { CandidateResult } from '../../../shared/search/candidate';
import type { SearchResult } from '../../../shared/search/run-search';
import type { ReportModel } from '../../../shared/report/types';
import type { Pdf } from './document';
import { chartImage, colors, heading, paragraph } from './layout';
import { table, type Column } from './table';
import { renderForPage } from './chart-sizing';

/** The full frontier is in the workbook; the brief shows the first rows. */
export const PDF_FRONTIER_ROWS = 25;
const SCATTER_HEIGHT = 230;

const columns: Column[] = [
  { header: '#', width: 0.4, align: 'right' },
  { header: 'Params', width: 1.05, align: 'right' },
  { header: 'Shape', width: 1.4 },
  { header: 'Tokens', width: 0.9, align: 'right' },
  { header: 'Plan', width: 2.45 },
  { header: 'Loss', width: 0.6, align: 'right' },
  { header: 'Cost', width: 1, align: 'right' },
  { header: 'Time', width: 0.9, align: 'right' },
  { header: 'CO₂e', width: 0.9, align: 'right' },
  { header: 'Closest limit', width: 0.9 },
];

const row = (c: CandidateResult, i: number, currency: string): string[] => [
  String(i + 1),
  formatScientific(c.parameters),
  shapeText(c),
  formatScientific(c.tokens),
  planText(c),
  formatSignificant(c.loss, 4),
  formatMoney(c.cost, currency),
  formatDuration(c.wallClockHours),
  formatCo2(c.co2eKg),
  bindingText(c),
];

const spread = (values: number[]): boolean => {
  const positive = values.filter((v) => v > 0);
  return positive.length > 1 && Math.max(...positive) / Math.min(...positive) > 100;
};

const results = (doc: Pdf, s: SearchReport, r: SearchResult): void => {
  const cur = s.currency;
  paragraph(doc, countsText(r), 9);
  const rejected = Object.entries(r.rejected);
  if (rejected.length > 0)
    table(
      doc,
      [
        { header: 'Rejected because', width: 3 },
        { header: 'Candidates', width: 1, align: 'right' },
      ],
      rejected.map(([why, n]) => [why, formatNumber(n)]),
      { fontSize: 8 },
    );
  if (s.capped)
    paragraph(
      doc,
      `The export evaluates at most ${formatNumber(s.maxCandidates)} plans per search (a seeded sample); the search view can run the whole space.`,
      8,
      undefined,
      colors.muted,
    );
  for (const note of r.notes) paragraph(doc, `Note: ${note}`, 8, undefined, colors.muted);
  const best = r.top[0];
  paragraph(
    doc,
    best ? `Best by ${r.rankBy}: ${candidateSentence(best, cur)}` : 'No candidate meets the goal within the limits.',
    9.5,
  );
  const chinchilla = chinchillaText(r);
  if (chinchilla) paragraph(doc, `Chinchilla check. ${chinchilla}`, 8.5);
  if (r.frontier.length + r.scatter.length > 0) {
    const config = searchScatterChartConfig(r, {
      currency: cur,
      logX: spread([...r.scatter, ...r.frontier].map((c) => c.cost)),
      title: `${s.name}: predicted loss against cost`,
    });
    chartImage(doc, renderForPage(doc, config, SCATTER_HEIGHT), SCATTER_HEIGHT);
  }
  if (r.top.length > 0) {
    heading(doc, `Top ${r.top.length} by ${r.rankBy}`, 11);
    table(
      doc,
      columns,
      r.top.map((c, i) => row(c, i, cur)),
      { fontSize: 6.5, boldRows: new Set([0]) },
    );
  }
  if (r.frontier.length > 0) {
    heading(
      doc,
      `Pareto frontier over ${r.frontierObjectives.join(', ')} (${formatNumber(r.frontier.length)} plans)`,
      11,
    );
    table(
      doc,
      columns,
      r.frontier.slice(0, PDF_FRONTIER_ROWS).map((c, i) => row(c, i, cur)),
      { fontSize: 6.5 },
    );
    if (r.frontier.length > PDF_FRONTIER_ROWS)
      paragraph(
        doc,
        `${formatNumber(r.frontier.length - PDF_FRONTIER_ROWS)} more frontier plans are on the workbook’s Search sheet.`,
        8,
        undefined,
        colors.muted,
      );
  }
};

export const searchPages = (doc: Pdf, model: ReportModel): void => {
  if (model.searches.length === 0) return;
  const parent = doc.outline.addItem('Plan searches');
  for (const s of model.searches) {
    doc.addPage();
    parent.addItem(s.name);
    heading(doc, `Plan search: ${s.name}`);
    if (!s.spec || !s.result) {
      paragraph(doc, `This saved search could not run: ${s.error ?? 'unknown reason'}`, 10, undefined, colors.bad);
      continue;
    }
    paragraph(doc, `Goal: ${goalText(s.spec.goal, s.spec, s.currency)}.`, 10);
    paragraph(doc, `Limits: ${limitsText(s.spec.limits, s.currency).join('; ')}. Costs in ${s.currency}.`, 9);
    results(doc, s, s.result);
  }
};

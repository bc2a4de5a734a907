// Methodology appendix: every derivation step with its actual values, the
// article's method against the standard one where used, and the catalog sources.
import { formatMoney, formatNumber, formatScientific } from '../../../shared/report/format';
import { formatCo2, formatDuration, formatEnergy } from '../../../shared/report/units';
import type { Step } from '../../../shared/engine/derivation';
import type { Estimate } from '../../../shared/engine/types';
import type { ReportModel, ScenarioReport } from '../../../shared/report/types';
import type { Pdf } from './document';
import { ensureSpace, heading, paragraph } from './layout';
import { table } from './table';

const METHOD_TEXT = [
  'Every figure in this brief is computed by the planner’s engine from the scenario inputs and the dated catalog; nothing is typed in by hand. ' +
    'Training compute follows the standard 6 FLOPs per parameter per token (2 forward, 4 backward), divided by the GPUs’ dense peak throughput times the model FLOPs utilization (MFU). ' +
    'Energy is GPU draw plus a per-GPU server share, times the data-centre PUE, over the run time; emissions are energy times the grid’s carbon intensity; cost is GPU-hours times the price per GPU-hour (or the amortised on-premises cost).',
  'The tables below list each derivation step in computation order with the values actually used, so a reader can recompute any figure.',
];

const value = (v: number | string, unit: string): string => {
  if (typeof v === 'string') return v;
  const text =
    Math.abs(v) >= 1e6 || (Math.abs(v) < 1e-3 && v !== 0)
      ? formatScientific(v, 4)
      : formatNumber(v, Number.isInteger(v) ? 0 : 4);
  return unit ? `${text} ${unit}` : text;
};

const stepRow = (s: Step): string[] => [
  s.label + (s.source ? `\nSource: ${s.source}` : ''),
  s.formula,
  s.inputs.map((i) => `${i.name} = ${value(i.value, i.unit)}`).join('\n'),
  value(s.value, s.unit),
];

const methodRows = (a: Estimate, s: Estimate): string[][] => [
  ['GPUs', formatNumber(a.gpuCount), formatNumber(s.gpuCount)],
  ['Wall-clock time', formatDuration(a.wallClockHours), formatDuration(s.wallClockHours)],
  ['GPU-hours', formatNumber(a.gpuHours), formatNumber(s.gpuHours)],
  ['Energy', formatEnergy(a.energyKWh), formatEnergy(s.energyKWh)],
  ['Emissions', formatCo2(a.co2eKg), formatCo2(s.co2eKg)],
  ['Cost', formatMoney(a.cost.total, a.cost.currency), formatMoney(s.cost.total, s.cost.currency)],
];

const articleComparison = (doc: Pdf, s: ScenarioReport): void => {
  if (!s.standardMethod) return;
  heading(doc, `${s.scenario.name}: the article’s method vs the standard method`, 11);
  paragraph(
    doc,
    'The source article sizes GPUs by a fixed bytes-per-parameter rule and scales durations from a reference run; the standard method derives time from FLOPs, peak throughput and MFU. Large differences mean the article’s shortcut does not transfer to this scenario.',
    8.5,
  );
  table(
    doc,
    [
      { header: 'Figure', width: 1 },
      { header: 'Article method', width: 1, align: 'right' },
      { header: 'Standard method', width: 1, align: 'right' },
    ],
    methodRows(s.estimate, s.standardMethod),
    { fontSize: 8.5 },
  );
};

export const methodologyPages = (doc: Pdf, model: ReportModel, onScenario: (index: number) => void): void => {
  doc.addPage();
  const appendix = doc.outline.addItem('Methodology and assumptions');
  heading(doc, 'Methodology and assumptions');
  for (const text of METHOD_TEXT) paragraph(doc, text, 9);
  model.scenarios.forEach(articleComparison.bind(null, doc));
  model.scenarios.forEach((s, i) => {
    doc.moveDown(0.6);
    ensureSpace(doc, 120);
    appendix.addItem(`Derivation: ${s.scenario.name}`);
    heading(doc, `Derivation: ${s.scenario.name}`, 12);
    table(
      doc,
      [
        { header: 'Step', width: 1.5 },
        { header: 'Formula', width: 1.6 },
        { header: 'Inputs', width: 2 },
        { header: 'Value', width: 1, align: 'right' },
      ],
      s.estimate.steps.map(stepRow),
      { fontSize: 7 },
    );
    onScenario(i);
  });
  doc.moveDown(0.6);
  ensureSpace(doc, 120);
  appendix.addItem('Catalog sources');
  heading(doc, `Catalog sources (catalog of ${model.catalogDate})`, 12);
  table(
    doc,
    [
      { header: 'Kind', width: 0.8 },
      { header: 'Figure', width: 1.4 },
      { header: 'Value', width: 1.3 },
      { header: 'Source', width: 3 },
      { header: 'Date', width: 0.7 },
    ],
    model.sources.map((r) => [r.kind, r.figure, r.value, r.source, r.date]),
    { fontSize: 7 },
  );
};

// One page per scenario: inputs, memory against capacity, time, energy, CO2e, cost, techniques.
import { formatMoney, formatNumber, formatScientific } from '../../../shared/report/format';
import {
  formatCo2,
  formatDuration,
  formatEnergy,
  formatGigabytes,
  formatPercent,
  formatPower,
} from '../../../shared/report/units';
import type { ScenarioReport } from '../../../shared/report/types';
import type { Pdf } from './document';
import { bullets, colors, heading, paragraph } from './layout';
import { table } from './table';
import { memoryBar } from './memory-bar';
import { uncertaintySection } from './uncertainty-section';

const memoryRows = (s: ScenarioReport): string[][] => {
  const m = s.estimate.memoryPerGpuBytes;
  const parts: [string, number][] = [
    ['Weights', m.weights],
    ['Gradients', m.gradients],
    ['Optimizer states', m.optimizer],
    ['Activations', m.activations],
    ['KV cache', m.kvCache],
    ['Framework overhead', m.overhead],
  ];
  return [
    ...parts.filter(([, v]) => v > 0).map(([label, v]) => [label, formatGigabytes(v)]),
    ['Total per GPU', formatGigabytes(m.total)],
    ['Usable (capacity less headroom)', `${formatGigabytes(m.usable)} of ${formatGigabytes(m.capacity)}`],
    [
      'Fits',
      m.fits
        ? `yes (${formatPercent(m.total / m.usable, 0)} of usable)`
        : `NO — ${formatPercent(m.total / m.usable, 0)} of usable`,
    ],
  ];
};

const resultRows = (s: ScenarioReport): string[][] => {
  const e = s.estimate;
  const c = e.cost;
  const p = e.parallelism;
  return [
    ['Compute', `${formatScientific(e.trainingFlops)} FLOPs at ${formatPercent(e.mfu)} MFU`],
    [
      'GPUs and parallelism',
      `${formatNumber(e.gpuCount)} × ${e.gpu.name} (data ${p.data} × tensor ${p.tensor} × pipeline ${p.pipeline})`,
    ],
    ['GPU-hours', formatNumber(e.gpuHours)],
    ['Wall-clock time', `${formatDuration(e.wallClockHours)} (${formatNumber(e.wallClockHours, 1)} h)`],
    ['Facility power', formatPower(e.facilityPowerKW)],
    ['Energy', formatEnergy(e.energyKWh)],
    [
      'Emissions',
      `${formatCo2(e.co2eKg)}${e.embodiedCo2eKg > 0 ? `, of which embodied ${formatCo2(e.embodiedCo2eKg)}` : ''} at ${formatNumber(e.carbonIntensityKgPerKWh, 3)} kg/kWh`,
    ],
    ['Cost: compute', formatMoney(c.compute, c.currency)],
    ...(c.electricity > 0 ? [['Cost: electricity', formatMoney(c.electricity, c.currency)]] : []),
    ...(c.operations > 0 ? [['Cost: operations', formatMoney(c.operations, c.currency)]] : []),
    [
      'Cost: total',
      `${formatMoney(c.total, c.currency)} (${formatMoney(c.pricePerGpuHour, c.currency, 4)} per GPU-hour)`,
    ],
  ];
};

const twoColumns = [
  { header: 'Item', width: 1 },
  { header: 'Value', width: 2 },
];

export const scenarioPage = (doc: Pdf, s: ScenarioReport, parent: PDFKit.PDFOutline): void => {
  doc.addPage();
  parent.addItem(s.scenario.name);
  const tags = [s.isRecommended ? 'recommended' : '', s.isBaseline ? 'baseline' : ''].filter(Boolean).join(', ');
  heading(doc, `${s.scenario.name}${tags ? ` (${tags})` : ''}`);
  if (s.scenario.description) paragraph(doc, s.scenario.description, 9, undefined, colors.muted);
  table(
    doc,
    [
      { header: 'Input', width: 1 },
      { header: 'Value', width: 2 },
    ],
    s.inputs.map((r) => [r.label, r.text]),
    { fontSize: 8.5 },
  );
  table(
    doc,
    [
      { header: 'Memory per GPU', width: 1 },
      { header: 'GB', width: 2 },
    ],
    memoryRows(s),
    { fontSize: 8.5 },
  );
  memoryBar(doc, s.estimate.memoryPerGpuBytes);
  table(
    doc,
    twoColumns.map((c, i) => (i === 0 ? { ...c, header: 'Result' } : c)),
    resultRows(s),
    { fontSize: 8.5 },
  );
  uncertaintySection(doc, s);
  if (s.scenario.techniques.length > 0) {
    paragraph(doc, 'Techniques applied', 10, undefined, colors.accent);
    bullets(
      doc,
      s.scenario.techniques.map((t) => (t.detail ? `${t.label}: ${t.detail}` : t.label)),
      8.5,
    );
  }
  if (s.estimate.warnings.length > 0) {
    paragraph(doc, 'Warnings', 10, undefined, colors.bad);
    bullets(doc, s.estimate.warnings, 8.5);
  }
};

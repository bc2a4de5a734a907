// The range block of a scenario's detail page: P10 / P50 / P90 of the five outputs
// from the seeded Monte Carlo, what the range holds fixed, and the cost tornado.
import { tornadoChartConfig } from '../../../shared/report/tornado-chart';
import { formatMoney, formatNumber } from '../../../shared/report/format';
import { formatCo2, formatDuration, formatEnergy } from '../../../shared/report/units';
import { outputLabels, pointEstimate, reportOutputOrder } from '../../../shared/report/uncertainty-labels';
import type { ScenarioReport } from '../../../shared/report/types';
import type { OutputId } from '../../../shared/uncertainty/response';
import type { Pdf } from './document';
import { bullets, chartImage, colors, contentWidth, ensureSpace, heading, paragraph } from './layout';
import { table } from './table';
import { renderChart } from '../render-chart';

const TORNADO_HEIGHT = 150;
/** 2 pixels per point (150 dpi) keeps ten tornado charts inside the export budget. */
const TORNADO_SCALE = 2;

export const outputFormatter = (output: OutputId, currency: string): ((v: number) => string) => {
  switch (output) {
    case 'cost':
      return (v) => formatMoney(v, currency);
    case 'wallClockHours':
      return formatDuration;
    case 'gpuHours':
      return (v) => formatNumber(v);
    case 'energyKWh':
      return formatEnergy;
    case 'co2eKg':
      return formatCo2;
  }
};

export const uncertaintySection = (doc: Pdf, s: ScenarioReport): void => {
  const u = s.uncertainty;
  if (!u) return;
  const currency = s.estimate.cost.currency;
  // Heading, note and the five-row table stay together on one page.
  ensureSpace(doc, 170);
  heading(doc, `Range: 80% interval (P10 – P90) from a seeded Monte Carlo`, 11);
  paragraph(
    doc,
    `${formatNumber(u.samples)} samples, seed ${u.seed}; the ranges used and their basis are listed in the appendix.`,
    8.5,
    undefined,
    colors.muted,
  );
  table(
    doc,
    [
      { header: 'Figure', width: 1.2 },
      { header: 'P10', width: 1, align: 'right' },
      { header: 'P50', width: 1, align: 'right' },
      { header: 'P90', width: 1, align: 'right' },
      { header: 'Point estimate', width: 1, align: 'right' },
    ],
    reportOutputOrder.map((o) => {
      const f = outputFormatter(o, currency);
      return [
        outputLabels[o],
        f(u.range[o].p10),
        f(u.range[o].p50),
        f(u.range[o].p90),
        f(pointEstimate(s.estimate, o)),
      ];
    }),
    { fontSize: 8.5 },
  );
  bullets(doc, u.assumptions, 7.5);
  const config = tornadoChartConfig(u.tornado, 'cost', {
    currency,
    maxBars: 6,
    title: `What moves the cost of ${s.scenario.name} most`,
  });
  if (config.data.labels?.length)
    chartImage(doc, renderChart(config, contentWidth(doc), TORNADO_HEIGHT, TORNADO_SCALE, 'jpeg'), TORNADO_HEIGHT);
};

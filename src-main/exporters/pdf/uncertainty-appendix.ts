// Appendix: every range the Monte Carlo used, with the evidence it rests on, once
// per distinct range (most scenarios share the defaults), naming the scenarios.
import { formatNumber } from '../../../shared/report/format';
import { inputLabels, inputUnitText } from '../../../shared/report/uncertainty-labels';
import type { ReportModel } from '../../../shared/report/types';
import type { ResolvedRange } from '../../../shared/uncertainty/resolve-ranges';
import type { Pdf } from './document';
import { ensureSpace, heading, paragraph } from './layout';
import { table } from './table';

interface RangeUse {
  range: ResolvedRange;
  scenarios: string[];
}

const key = (r: ResolvedRange): string => JSON.stringify([r.id, r.range, r.origin, r.basis]);

/** Distinct ranges in input order, each with the scenarios that used it. */
export const rangeUses = (model: ReportModel): RangeUse[] => {
  const uses = new Map<string, RangeUse>();
  for (const s of model.scenarios) {
    for (const r of s.uncertainty?.inputs ?? []) {
      const k = key(r);
      const use = uses.get(k) ?? { range: r, scenarios: [] };
      use.scenarios.push(s.scenario.name);
      uses.set(k, use);
    }
  }
  return [...uses.values()];
};

const rangeText = (r: ResolvedRange): string => {
  const v = (x: number) => formatNumber(x, 3).replace(/\.?0+$/, '');
  return `${v(r.range.low)} / ${v(r.range.likely)} / ${v(r.range.high)} ${inputUnitText(r.id)}, ${r.range.distribution}`;
};

export const uncertaintyAppendix = (doc: Pdf, model: ReportModel): void => {
  const uses = rangeUses(model);
  if (uses.length === 0) return;
  doc.moveDown(0.6);
  ensureSpace(doc, 160);
  doc.outline.addItem('Uncertainty ranges and their basis');
  heading(doc, 'Uncertainty ranges and their basis', 12);
  const samples = [
    ...new Set(
      model.scenarios.flatMap((s) =>
        s.uncertainty ? [`${formatNumber(s.uncertainty.samples)} samples, seed ${s.uncertainty.seed}`] : [],
      ),
    ),
  ];
  paragraph(
    doc,
    `The P10 – P90 ranges come from a seeded Monte Carlo (${samples.join('; ')}): every uncertain input is drawn from its range, independently, and the engine’s relations rescale GPU-hours, time, energy, emissions and cost. ` +
      'Triangular ranges give minimum / mode / maximum; log-normal ranges give P10 / median / P90. The same document and seed always give the same figures.',
    8.5,
  );
  table(
    doc,
    [
      { header: 'Input', width: 1 },
      { header: 'Low / likely / high', width: 1.5 },
      { header: 'Used by', width: 1.3 },
      { header: 'Basis', width: 3.2 },
    ],
    uses.map((u) => [
      inputLabels[u.range.id] + (u.range.origin === 'scenario' ? ' (set in the scenario)' : ''),
      rangeText(u.range),
      u.scenarios.length === model.scenarios.length ? 'all scenarios' : u.scenarios.join(', '),
      u.range.basis,
    ]),
    { fontSize: 7 },
  );
};

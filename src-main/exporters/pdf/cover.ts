// The cover: what, for whom, by whom, when, and on which catalog.
import { fonts, margins, type Pdf } from './document';
import { colors, contentWidth } from './layout';
import type { ReportModel } from '../../../shared/report/types';

export const coverPage = (doc: Pdf, model: ReportModel): void => {
  doc.addPage();
  const width = contentWidth(doc);
  doc.rect(0, 0, doc.page.width, 12).fill(colors.accent);
  doc.y = doc.page.height * 0.28;
  doc
    .font(fonts.regular)
    .fontSize(12)
    .fillColor(colors.muted)
    .text('Budget brief — AI compute, energy, CO₂e and cost', margins.left, doc.y, { width });
  doc.moveDown(0.6);
  doc.font(fonts.bold).fontSize(28).fillColor(colors.accent).text(model.title, { width });
  doc.moveDown(0.4);
  if (model.organisation)
    doc.font(fonts.regular).fontSize(16).fillColor(colors.text).text(model.organisation, { width });
  doc.moveDown(2);
  const rows: [string, string][] = [
    ['Prepared by', model.author || '—'],
    ['Date', model.date],
    ['Scenarios', model.scenarios.map((s) => s.scenario.name).join(', ')],
    ['Catalog date', model.catalogDate],
    ['Application', `AI Efficiency Planner ${model.appVersion}`],
  ];
  doc.fontSize(11);
  for (const [label, value] of rows) {
    const y = doc.y;
    doc.font(fonts.bold).fillColor(colors.muted).text(label, margins.left, y, { width: 110 });
    doc
      .font(fonts.regular)
      .fillColor(colors.text)
      .text(value, margins.left + 120, y, { width: width - 120 });
    doc.moveDown(0.5);
  }
};

// Signature lines for the budget decision.
import { fonts, margins, type Pdf } from './document';
import { colors, contentWidth, ensureSpace } from './layout';
import type { ReportModel } from '../../../shared/report/types';

export const APPROVAL_HEIGHT = 118;

export const approvalBlock = (doc: Pdf, model: ReportModel): void => {
  ensureSpace(doc, APPROVAL_HEIGHT);
  const width = contentWidth(doc);
  const top = doc.y;
  doc
    .rect(margins.left, top, width, APPROVAL_HEIGHT - 10)
    .lineWidth(0.8)
    .strokeColor(colors.accent)
    .stroke();
  doc
    .font(fonts.bold)
    .fontSize(10)
    .fillColor(colors.accent)
    .text('Approval', margins.left + 8, top + 6);
  const column = (width - 24) / 3;
  const fields: [string, string][] = [
    ['Prepared by', model.author],
    ['Approved by', ''],
    ['Date', ''],
  ];
  fields.forEach(([label, value], i) => {
    const x = margins.left + 8 + i * (column + 4);
    doc
      .font(fonts.regular)
      .fontSize(9)
      .fillColor(colors.muted)
      .text(label, x, top + 26, { width: column });
    if (value)
      doc
        .fillColor(colors.text)
        .fontSize(10)
        .text(value, x, top + 42, { width: column });
    doc
      .moveTo(x, top + 62)
      .lineTo(x + column - 8, top + 62)
      .lineWidth(0.5)
      .strokeColor(colors.muted)
      .stroke();
    doc
      .fontSize(8)
      .fillColor(colors.muted)
      .text('Signature', x, top + 76, { width: column });
    doc
      .moveTo(x, top + 98)
      .lineTo(x + column - 8, top + 98)
      .stroke();
  });
  doc.x = margins.left;
  doc.y = top + APPROVAL_HEIGHT;
  doc.fillColor(colors.text);
};

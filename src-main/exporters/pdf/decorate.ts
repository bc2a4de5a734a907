// Running header and "page n of N" footer, written once every page exists.
import { fonts, margins, type Pdf } from './document';
import { colors } from './layout';
import type { ReportModel } from '../../../shared/report/types';

export const decoratePages = (doc: Pdf, model: ReportModel): void => {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const { width, height } = doc.page;
    // Writing in the margins must not trigger pdfkit's automatic page break.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font(fonts.regular).fontSize(8).fillColor(colors.muted);
    if (i > range.start) {
      const header = [model.title, model.organisation].filter(Boolean).join(' — ');
      doc.text(header, margins.left, 30, {
        width: width - margins.left - margins.right - 120,
        lineBreak: false,
        ellipsis: true,
      });
      doc.text(model.date, width - margins.right - 120, 30, { width: 120, align: 'right', lineBreak: false });
      doc
        .moveTo(margins.left, 44)
        .lineTo(width - margins.right, 44)
        .lineWidth(0.4)
        .strokeColor(colors.rule)
        .stroke();
    }
    doc.text(`Catalog ${model.catalogDate}`, margins.left, height - 36, { width: 200, lineBreak: false });
    doc.text(`Page ${i - range.start + 1} of ${range.count}`, width - margins.right - 120, height - 36, {
      width: 120,
      align: 'right',
      lineBreak: false,
    });
    doc.page.margins.bottom = bottom;
  }
  doc.fillColor(colors.text);
};

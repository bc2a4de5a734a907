// A simple ruled table that breaks across pages and repeats its header.
import { fonts, margins, type Pdf } from './document';
import { colors, contentWidth, pageBottom } from './layout';

export interface Column {
  header: string;
  /** Share of the content width. */
  width: number;
  align?: 'left' | 'right';
}

export interface TableOptions {
  fontSize?: number;
  /** Rows drawn in bold (e.g. a total or the recommended scenario). */
  boldRows?: Set<number>;
}

const pad = 3;

const rowHeight = (doc: Pdf, cells: string[], widths: number[], font: string): number =>
  Math.max(...cells.map((c, i) => doc.font(font).heightOfString(c, { width: widths[i]! - 2 * pad }))) + 2 * pad;

const drawRow = (
  doc: Pdf,
  cells: string[],
  columns: Column[],
  widths: number[],
  y: number,
  font: string,
  fill?: string,
): number => {
  const height = rowHeight(doc, cells, widths, font);
  let x = margins.left;
  if (fill) doc.rect(margins.left, y, contentWidth(doc), height).fill(fill);
  doc.fillColor(colors.text).font(font);
  cells.forEach((cell, i) => {
    doc.text(cell, x + pad, y + pad, { width: widths[i]! - 2 * pad, align: columns[i]!.align ?? 'left', lineGap: 0 });
    x += widths[i]!;
  });
  doc
    .moveTo(margins.left, y + height)
    .lineTo(margins.left + contentWidth(doc), y + height)
    .lineWidth(0.4)
    .strokeColor(colors.rule)
    .stroke();
  return y + height;
};

export const table = (doc: Pdf, columns: Column[], rows: string[][], opts: TableOptions = {}): void => {
  const total = columns.reduce((s, c) => s + c.width, 0);
  const widths = columns.map((c) => (c.width / total) * contentWidth(doc));
  const headers = columns.map((c) => c.header);
  doc.fontSize(opts.fontSize ?? 9);
  let y = drawRow(doc, headers, columns, widths, doc.y, fonts.bold, colors.band);
  rows.forEach((cells, r) => {
    const font = opts.boldRows?.has(r) ? fonts.bold : fonts.regular;
    if (y + rowHeight(doc, cells, widths, font) > pageBottom(doc)) {
      doc.addPage();
      y = drawRow(doc, headers, columns, widths, doc.y, fonts.bold, colors.band);
    }
    y = drawRow(doc, cells, columns, widths, y, font);
  });
  doc.x = margins.left;
  doc.y = y + 10;
  doc.font(fonts.regular);
};

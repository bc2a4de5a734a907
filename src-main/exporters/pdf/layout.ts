// Text blocks shared by every page: headings, paragraphs, key figures.
import { fonts, margins, type Pdf } from './document';

export const colors = {
  text: '#222222',
  muted: '#666666',
  accent: '#1f4e79',
  rule: '#c8c8c8',
  good: '#2e7d32',
  bad: '#b71c1c',
  band: '#eef3f8',
};

export const contentWidth = (doc: Pdf): number => doc.page.width - margins.left - margins.right;
export const pageBottom = (doc: Pdf): number => doc.page.height - margins.bottom;

/** Starts a new page when fewer than `needed` points remain. */
export const ensureSpace = (doc: Pdf, needed: number): void => {
  if (doc.y + needed > pageBottom(doc)) doc.addPage();
};

export const heading = (doc: Pdf, text: string, size = 16): void => {
  ensureSpace(doc, size * 3);
  doc
    .font(fonts.bold)
    .fontSize(size)
    .fillColor(colors.accent)
    .text(text, margins.left, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.4);
  doc.font(fonts.regular).fillColor(colors.text);
};

export const paragraph = (
  doc: Pdf,
  text: string,
  size = 10,
  font: string = fonts.regular,
  color = colors.text,
): void => {
  doc
    .font(font)
    .fontSize(size)
    .fillColor(color)
    .text(text, margins.left, doc.y, { width: contentWidth(doc), lineGap: 1.5 });
  doc.moveDown(0.3);
  doc.font(fonts.regular).fillColor(colors.text);
};

export const bullets = (doc: Pdf, items: string[], size = 10, indent = 0): void => {
  doc.font(fonts.regular).fontSize(size).fillColor(colors.text);
  const left = margins.left + indent;
  for (const item of items) {
    const y = doc.y;
    doc.text('•', left, y, { width: 10 });
    doc.text(item, left + 12, y, { width: contentWidth(doc) - 12 - 2 * indent, lineGap: 1.5 });
    doc.moveDown(0.2);
  }
};

/** Places a PNG chart at the cursor, `height` points tall, full content width. */
export const chartImage = (doc: Pdf, png: Buffer, height: number): void => {
  ensureSpace(doc, height + 8);
  doc.image(png, margins.left, doc.y, { width: contentWidth(doc), height });
  doc.y += height + 8;
};

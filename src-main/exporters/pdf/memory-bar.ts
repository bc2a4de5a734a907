// The detail page's memory bar drawn as vector graphics: crisp in print and
// far cheaper than a raster chart per scenario. Colours match the shared charts.
import { chartColors } from '../../../shared/report/charts';
import type { MemoryPerGpuBytes } from '../../../shared/engine/types';
import { fonts, margins, type Pdf } from './document';
import { colors, contentWidth, ensureSpace } from './layout';

const parts = [
  ['weights', 'Weights'],
  ['gradients', 'Gradients'],
  ['optimizer', 'Optimizer'],
  ['activations', 'Activations'],
  ['kvCache', 'KV cache'],
  ['overhead', 'Overhead'],
] as const;

export const MEMORY_BAR_HEIGHT = 62;

export const memoryBar = (doc: Pdf, m: MemoryPerGpuBytes): void => {
  ensureSpace(doc, MEMORY_BAR_HEIGHT);
  const width = contentWidth(doc);
  const scaleMax = Math.max(m.total, m.capacity);
  const x0 = margins.left;
  const top = doc.y;
  const barY = top + 12;
  const toX = (bytes: number) => (bytes / scaleMax) * width;
  doc
    .font(fonts.bold)
    .fontSize(8)
    .fillColor(colors.text)
    .text('Memory per GPU against capacity', x0, top, { width, lineBreak: false });
  let x = x0;
  for (const [key] of parts) {
    const w = toX(m[key]);
    if (w > 0) doc.rect(x, barY, w, 14).fill(chartColors[key]);
    x += w;
  }
  doc.rect(x0, barY + 17, toX(m.usable), 5).fill(chartColors.capacity);
  doc
    .moveTo(x0 + toX(m.capacity), barY - 3)
    .lineTo(x0 + toX(m.capacity), barY + 25)
    .lineWidth(1)
    .strokeColor(m.fits ? colors.good : colors.bad)
    .stroke();
  let legendX = x0;
  doc.font(fonts.regular).fontSize(7);
  for (const [key, label] of [...parts.filter(([k]) => m[k] > 0), ['capacity', 'Usable capacity'] as const]) {
    doc.rect(legendX, barY + 30, 7, 7).fill(chartColors[key]);
    doc.fillColor(colors.text).text(label, legendX + 10, barY + 30, { lineBreak: false });
    legendX += 14 + doc.widthOfString(label);
  }
  doc.x = margins.left;
  doc.y = top + MEMORY_BAR_HEIGHT - 10;
};

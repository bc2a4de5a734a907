// Temp folders, external tools and image comparison for the report tests.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';

export const tempFolder = (): { dir: string; cleanup: () => void } => {
  const dir = mkdtempSync(join(tmpdir(), 'aiplan-reports-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
};

export const hasTool = (name: string): boolean => spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;

/** Renders one page of a PDF to PNG bytes with poppler. */
export const renderPage = (pdfPath: string, page: number, dpi: number, outPrefix: string): Buffer => {
  execFileSync('pdftoppm', [
    '-r',
    String(dpi),
    '-png',
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    pdfPath,
    outPrefix,
  ]);
  return readFileSync(`${outPrefix}.png`);
};

const pixels = async (png: Buffer) => {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  return { width: image.width, height: image.height, data: ctx.getImageData(0, 0, image.width, image.height).data };
};

/** Share of pixels whose largest channel difference exceeds `threshold` (0–255). */
export const differingShare = async (a: Buffer, b: Buffer, threshold = 48): Promise<number> => {
  const [x, y] = await Promise.all([pixels(a), pixels(b)]);
  if (x.width !== y.width || x.height !== y.height) return 1;
  let differing = 0;
  for (let i = 0; i < x.data.length; i += 4) {
    const d = Math.max(
      Math.abs(x.data[i]! - y.data[i]!),
      Math.abs(x.data[i + 1]! - y.data[i + 1]!),
      Math.abs(x.data[i + 2]! - y.data[i + 2]!),
    );
    if (d > threshold) differing++;
  }
  return differing / (x.width * x.height);
};

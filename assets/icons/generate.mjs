/* global Buffer, process, console */
// Draws the app icon and the .aiplan document icon with @napi-rs/canvas and writes
// assets/icons/: PNGs at every size the platforms ask for, icon.ico and document.ico.
// Run: node assets/icons/generate.mjs (the output is committed).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCanvas } from '@napi-rs/canvas';

const out = path.dirname(fileURLToPath(import.meta.url));

// Windows .ico: PNG-compressed entries (supported since Vista).
export const encodeIco = (images) => {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // 0 means 256
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt8(0, 2); // palette
    entry.writeUInt8(0, 3);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
};

/** Reads back the directory of an .ico: size and byte length of each image. */
export const readIcoDirectory = (buf) => {
  const count = buf.readUInt16LE(4);
  return Array.from({ length: count }, (_, i) => {
    const at = 6 + 16 * i;
    const width = buf.readUInt8(at) || 256;
    return { size: width, bytes: buf.readUInt32LE(at + 8), offset: buf.readUInt32LE(at + 12) };
  });
};

// macOS .icns: PNG payloads under their OSType codes (ic07 = 128 … ic10 = 1024).
const icnsTypes = { 16: 'icp4', 32: 'icp5', 64: 'icp6', 128: 'ic07', 256: 'ic08', 512: 'ic09', 1024: 'ic10' };
export const encodeIcns = (images) => {
  const chunks = images.map(({ size, png }) => {
    const head = Buffer.alloc(8);
    head.write(icnsTypes[size], 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const header = Buffer.alloc(8);
  header.write('icns', 0, 'ascii');
  header.writeUInt32BE(8 + chunks.reduce((n, c) => n + c.length, 0), 4);
  return Buffer.concat([header, ...chunks]);
};

const roundedRect = (ctx, x, y, w, h, r) => {
  ctx.beginPath();
  ctx.moveTo(x + r, y);
  ctx.arcTo(x + w, y, x + w, y + h, r);
  ctx.arcTo(x + w, y + h, x, y + h, r);
  ctx.arcTo(x, y + h, x, y, r);
  ctx.arcTo(x, y, x + w, y, r);
  ctx.closePath();
};

/** Rising bars (compute) under a falling efficiency curve with a leaf (energy, CO2). */
const drawApp = (size) => {
  const canvas = createCanvas(size, size);
  const ctx = canvas.getContext('2d');
  const s = size / 1024;
  const bg = ctx.createLinearGradient(0, 0, size, size);
  bg.addColorStop(0, '#1d4ed8');
  bg.addColorStop(1, '#0f766e');
  roundedRect(ctx, 64 * s, 64 * s, 896 * s, 896 * s, 200 * s);
  ctx.fillStyle = bg;
  ctx.fill();
  const bars = [
    [220, 560],
    [380, 440],
    [540, 320],
    [700, 200],
  ];
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  for (const [x, top] of bars) {
    roundedRect(ctx, x * s, top * s, 110 * s, (820 - top) * s, 24 * s);
    ctx.fill();
  }
  ctx.strokeStyle = '#facc15';
  ctx.lineWidth = Math.max(2, 48 * s);
  ctx.lineCap = 'round';
  ctx.beginPath();
  ctx.moveTo(200 * s, 300 * s);
  ctx.bezierCurveTo(420 * s, 330 * s, 600 * s, 560 * s, 820 * s, 640 * s);
  ctx.stroke();
  ctx.fillStyle = '#4ade80';
  ctx.beginPath();
  ctx.ellipse(820 * s, 640 * s, 70 * s, 40 * s, -0.6, 0, Math.PI * 2);
  ctx.fill();
  return canvas.toBuffer('image/png');
};

/** A page with a folded corner and the app mark: the icon of `.aiplan` files. */
const drawDocument = (size) => {
  const canvas = createCanvas(size, size);
  const ctx = canvas.getContext('2d');
  const s = size / 1024;
  ctx.fillStyle = '#ffffff';
  ctx.strokeStyle = '#94a3b8';
  ctx.lineWidth = Math.max(1, 20 * s);
  ctx.beginPath();
  ctx.moveTo(192 * s, 64 * s);
  ctx.lineTo(640 * s, 64 * s);
  ctx.lineTo(832 * s, 256 * s);
  ctx.lineTo(832 * s, 960 * s);
  ctx.lineTo(192 * s, 960 * s);
  ctx.closePath();
  ctx.fill();
  ctx.stroke();
  ctx.fillStyle = '#1d4ed8';
  for (const [x, top] of [
    [300, 700],
    [440, 600],
    [580, 500],
  ])
    ctx.fillRect(x * s, top * s, 100 * s, (860 - top) * s);
  ctx.fillStyle = '#0f766e';
  ctx.font = `bold ${Math.round(120 * s)}px sans-serif`;
  ctx.fillText('.aiplan', 250 * s, 400 * s);
  return canvas.toBuffer('image/png');
};

export const makeIcons = (dir = out) => {
  mkdirSync(path.join(dir, 'linux'), { recursive: true });
  const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
  const app = new Map(sizes.map((size) => [size, drawApp(size)]));
  for (const [size, png] of app) writeFileSync(path.join(dir, 'linux', `${size}x${size}.png`), png);
  writeFileSync(path.join(dir, 'icon.png'), app.get(1024));
  writeFileSync(path.join(dir, 'icon-512.png'), app.get(512));
  const icoSizes = [16, 24, 32, 48, 64, 128, 256];
  writeFileSync(path.join(dir, 'icon.ico'), encodeIco(icoSizes.map((size) => ({ size, png: app.get(size) }))));
  writeFileSync(path.join(dir, 'document.ico'), encodeIco(icoSizes.map((size) => ({ size, png: drawDocument(size) }))));
  writeFileSync(path.join(dir, 'document.png'), drawDocument(512));
  const icnsSizes = Object.keys(icnsTypes).map(Number);
  writeFileSync(
    path.join(dir, 'icon.icns'),
    encodeIcns(icnsSizes.map((size) => ({ size, png: app.get(size) ?? drawApp(size) }))),
  );
  writeFileSync(
    path.join(dir, 'document.icns'),
    encodeIcns(icnsSizes.map((size) => ({ size, png: drawDocument(size) }))),
  );
  return dir;
};

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(`icons written to ${makeIcons()}`);
}

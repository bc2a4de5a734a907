// Renders the shared Chart.js configurations to PNG in the main process.
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { Chart, registerables, type ChartConfiguration } from 'chart.js';
import { fontFiles } from './assets';

let ready = false;
const setup = () => {
  if (ready) return;
  Chart.register(...registerables);
  const fonts = fontFiles();
  GlobalFonts.registerFromPath(fonts.regular, 'DejaVu Sans');
  GlobalFonts.registerFromPath(fonts.bold, 'DejaVu Sans');
  Chart.defaults.font.family = 'DejaVu Sans';
  Chart.defaults.color = '#333333';
  // Sizes are in points on paper: 8 pt reads like the body text.
  Chart.defaults.font.size = 8;
  ready = true;
};

/** White background so the PNG has no transparency to carry into the PDF. */
const whiteBackground = {
  id: 'white-background',
  beforeDraw: (chart: Chart) => {
    const { ctx } = chart;
    ctx.save();
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, chart.width, chart.height);
    ctx.restore();
  },
};

export type ChartImageFormat = 'png' | 'jpeg';

/**
 * Draws `config` at widthPt × heightPt points and `scale` pixels per point.
 * JPEG for the PDF: pdfkit embeds it as is, where a PNG is decoded and recompressed (slow).
 */
export const renderChart = (
  config: ChartConfiguration,
  widthPt: number,
  heightPt: number,
  scale = 3,
  format: ChartImageFormat = 'png',
): Buffer => {
  setup();
  const canvas = createCanvas(Math.round(widthPt), Math.round(heightPt));
  const chart = new Chart(
    canvas as unknown as ConstructorParameters<typeof Chart>[0],
    {
      ...config,
      options: { ...config.options, animation: false, responsive: false, devicePixelRatio: scale },
      plugins: [...(config.plugins ?? []), whiteBackground],
    } as ChartConfiguration,
  );
  try {
    return format === 'png' ? canvas.toBuffer('image/png') : canvas.toBuffer('image/jpeg', 92);
  } finally {
    chart.destroy();
  }
};

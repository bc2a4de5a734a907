// Plain-text rendering of an accuracy report: an aligned table grouped by source, then the summary.
import type { AccuracyReport, AccuracyRow } from './evaluate';

/** Compact, unit-free: 3.14e+23, 1,720,320, 31.22, 0.7768. */
export const formatFigure = (x: number | null): string => {
  if (x === null) return '—';
  const abs = Math.abs(x);
  if (abs !== 0 && (abs >= 1e7 || abs < 1e-3)) return x.toExponential(3);
  if (abs >= 1000) return Math.round(x).toLocaleString('en-US');
  return Number(x.toPrecision(4)).toString();
};

export const formatErrorPct = (e: number | null): string => {
  if (e === null) return 'n/a';
  if (Math.abs(e) < 0.05) return '0.0%';
  return `${e > 0 ? '+' : ''}${e.toFixed(1)}%`;
};

const pct = (share: number | null) => (share === null ? 'n/a' : `${Math.round(share * 100)}%`);

const pad = (cells: string[], widths: number[], rightAligned: boolean[]) =>
  cells
    .map((c, i) => (rightAligned[i] ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
    .join('  ')
    .trimEnd();

export const accuracyTable = (report: AccuracyReport): string => {
  const header = ['figure', 'quantity', 'unit', 'published', 'predicted', 'error'];
  const right = [false, false, false, true, true, true];
  const cells = (r: AccuracyRow) => [
    r.label,
    r.quantity,
    r.unit,
    formatFigure(r.published),
    formatFigure(r.predicted),
    formatErrorPct(r.errorPct),
  ];
  const all = [header, ...report.rows.map(cells)];
  const widths = header.map((_, i) => Math.max(...all.map((row) => (row[i] ?? '').length)));
  const lines: string[] = [pad(header, widths, right), widths.map((w) => '-'.repeat(w)).join('  ')];
  const sources = new Map<string, string>();
  let group = '';
  for (const r of report.rows) {
    if (r.group !== group) {
      group = r.group;
      lines.push('', `${group}`);
      sources.set(group, r.source);
    }
    lines.push(pad(cells(r), widths, right));
    if (r.predicted === null) lines.push(`  ↳ ${r.note}`);
  }
  const s = report.summary;
  lines.push(
    '',
    `Summary: ${s.compared} of ${s.rows} figures compared${s.failed > 0 ? ` (${s.failed} failed)` : ''}; median |error| ${formatErrorPct(s.medianAbsErrorPct).replace('+', '')}, ` +
      `largest ${formatErrorPct(s.maxAbsErrorPct).replace('+', '')}; within ±10%: ${pct(s.within10Pct)}, within ±25%: ${pct(s.within25Pct)}.`,
    `Error = (predicted − published) ÷ published. Catalog date: ${report.catalogDate}.`,
    '',
    'Sources:',
    ...[...sources].map(([g, src]) => `  ${g}: ${src}`),
  );
  return `${lines.join('\n')}\n`;
};

// `npm run bench`: every benchmark, printed as one table. Run bundled (scripts/bench.mjs)
// as production code is, without the per-closure name keeping of a dev loader.
import { benchEngine } from './engine';
import { benchReports } from './reports';
import { benchRenderer } from './renderer';
import { benchSearch, type BenchRow } from './search';
import { benchUncertainty } from './uncertainty';

const fromUncertainty = (): BenchRow[] =>
  benchUncertainty().map((r) => ({
    name: `${r.name} — median of ${r.runs}`,
    value: r.medianMs,
    unit: 'ms',
    target: `≤ ${r.targetMs} ms`,
    ok: r.pass,
  }));

const fromReports = async (): Promise<BenchRow[]> =>
  (await benchReports()).flatMap((r) => [
    {
      name: `${r.name} — warm median of ${r.runs} (cold ${Math.round(r.coldMs)} ms, CPU ${Math.round(r.medianCpuMs)} ms)`,
      value: r.medianMs,
      unit: 'ms',
      target: `≤ ${r.targetMs} ms`,
      ok: r.medianMs <= r.targetMs,
    },
    ...(Number.isFinite(r.targetBytes)
      ? [
          {
            name: `${r.name} — file size`,
            value: r.bytes / 1048576,
            unit: 'MiB',
            target: `≤ ${(r.targetBytes / 1048576).toFixed(0)} MiB`,
            ok: r.bytes <= r.targetBytes,
          },
        ]
      : []),
  ]);

const suites: [string, () => BenchRow[] | Promise<BenchRow[]>][] = [
  ['engine', () => benchEngine()],
  ['search', () => benchSearch()],
  ['uncertainty', fromUncertainty],
  ['reports', fromReports],
  ['renderer', () => benchRenderer()],
];

const format = (value: number) => (value >= 100 ? Math.round(value).toLocaleString('en-US') : value.toPrecision(3));

const only = process.argv.slice(2);
const rows: BenchRow[] = [];
for (const [name, run] of suites) {
  if (only.length > 0 && !only.includes(name)) continue;
  process.stderr.write(`running ${name} benchmarks…\n`);
  rows.push(...(await run()));
}
const table = rows.map((r) => [r.name, `${format(r.value)} ${r.unit}`, r.target, r.ok ? 'ok' : 'MISSED']);
const header = ['benchmark', 'measured', 'target', ''];
const widths = header.map((h, c) => Math.max(h.length, ...table.map((r) => (r[c] ?? '').length)));
const line = (cells: string[]) => cells.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  ');
console.log(line(header));
console.log(widths.map((w) => '─'.repeat(w)).join('  '));
for (const r of table) console.log(line(r));

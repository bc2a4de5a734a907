// Ranges and saved searches in the reports: the PDF prints the P10–P90 figures the
// uncertainty engine computes and the search's best plan; the workbook carries the
// P10/P50/P90 values of `estimateRange`, the ranges and tornado, and the frontier.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type ExcelJS from 'exceljs';
import { extractText, getDocumentProxy } from 'unpdf';
import { exportPdf, exportXlsx } from '../../src-main/exporters/index';
import { EXPORT_MAX_CANDIDATES } from '../../src-main/exporters/saved-searches';
import { resolveCatalog } from '../../shared/catalog';
import { estimateRange, estimateUncertainty } from '../../shared/uncertainty';
import { runSearch, type SearchSpecInput } from '../../shared/search';
import { formatMoney, formatNumber, formatScientific, formatSignificant } from '../../shared/report/format';
import { formatCo2, formatDuration, formatEnergy } from '../../shared/report/units';
import { smallSpace } from '../search/small-space';
import { engineEstimates, FIXED_NOW, searchDocument } from './fixture';
import { hasTool, tempFolder } from './helpers';
import { loadWorkbook } from './workbook';

const folder = tempFolder();
const doc = searchDocument(smallSpace as Record<string, unknown>);
const catalog = resolveCatalog(doc.catalogOverrides);
const estimates = engineEstimates(doc);
const ranges = doc.scenarios.map((s, i) => estimateRange(s, estimates[i]!, catalog));
const search = runSearch(
  { ...(doc.searches[0]!.spec as unknown as SearchSpecInput), maxCandidates: EXPORT_MAX_CANDIDATES },
  catalog,
);
const pdfPath = join(folder.dir, 'brief.pdf');
let pages: string[] = [];
let wb: ExcelJS.Workbook;

beforeAll(async () => {
  await exportPdf(doc, { scenarioIds: [], paper: 'a4', outPath: pdfPath, now: FIXED_NOW, appVersion: '1.2.3' });
  const pdf = await getDocumentProxy(new Uint8Array(readFileSync(pdfPath)));
  pages = (await extractText(pdf, { mergePages: false })).text.map((t) => t.replace(/\s+/g, ' '));
  const xlsxPath = join(folder.dir, 'book.xlsx');
  await exportXlsx(doc, { scenarioIds: [], paper: 'a4', outPath: xlsxPath, now: FIXED_NOW, appVersion: '1.2.3' });
  wb = await loadWorkbook(xlsxPath);
}, 60_000);
afterAll(() => folder.cleanup());

/** The text of a scenario's detail pages: from its page to the next scenario's (the range block may spill over). */
const detailText = (name: string): string => {
  const starts = doc.scenarios.map((s) =>
    pages.findIndex((p) => p.includes(`${s.name}`) && p.includes('Memory per GPU against capacity')),
  );
  const i = doc.scenarios.findIndex((s) => s.name === name);
  const end = i + 1 < starts.length ? starts[i + 1]! : pages.findIndex((p) => p.includes('Plan search:'));
  return pages.slice(starts[i]!, end).join(' ');
};

describe('PDF: ranges and searches', () => {
  it('prints each scenario’s P10, P50 and P90 as the uncertainty engine computes them', () => {
    doc.scenarios.forEach((s, i) => {
      const r = ranges[i]!;
      const text = detailText(s.name);
      expect(text, s.id).toContain('Range: 80% interval (P10 – P90) from a seeded Monte Carlo');
      expect(text).toContain(`${formatNumber(s.uncertainty.samples)} samples, seed ${s.uncertainty.seed}`);
      const money = (v: number) => formatMoney(v, estimates[i]!.cost.currency);
      const expected = [
        ...[r.cost.p10, r.cost.p50, r.cost.p90].map(money),
        ...[r.wallClockHours.p10, r.wallClockHours.p90].map(formatDuration),
        ...[r.gpuHours.p10, r.gpuHours.p90].map((v) => formatNumber(v)),
        ...[r.energyKWh.p10, r.energyKWh.p90].map(formatEnergy),
        ...[r.co2eKg.p10, r.co2eKg.p90].map(formatCo2),
      ];
      for (const figure of expected) expect(text, `${s.id}: ${figure}`).toContain(figure);
    });
  });

  it.skipIf(!hasTool('pdfimages'))('draws a tornado chart per scenario and the search scatter (chart images)', () => {
    const images = execFileSync('pdfimages', ['-list', pdfPath], { encoding: 'utf8' }).trim().split('\n').slice(2);
    // Summary 1 + comparison 4 + one tornado per scenario + one scatter for the search that ran.
    expect(images).toHaveLength(1 + 4 + doc.scenarios.length + 1);
  });

  it('lists the ranges used with their basis in the appendix', () => {
    const all = pages.join(' ');
    expect(all).toContain('Uncertainty ranges and their basis');
    expect(all).toContain('GPT-3 on V100'); // the MFU range's evidence
    expect(all).toContain('0.7 / 1 / 1.2 × scenario value, lognormal');
  });

  it('adds a search section with the goal, counts, rejections, Chinchilla check and the best plan', () => {
    const start = pages.findIndex((p) => p.includes('Plan search: Cheapest 1B plan'));
    expect(start).toBeGreaterThan(0);
    const text = pages.slice(start, start + 3).join(' ');
    expect(text).toContain('Goal: A model of about 1 × 10⁹ parameters');
    expect(text).toContain(
      `Evaluated ${formatNumber(search.evaluated)} of ${formatNumber(search.spaceSize)} candidate plans; ${formatNumber(search.feasible)} feasible`,
    );
    for (const [why, n] of Object.entries(search.rejected)) expect(text).toContain(`${why} ${formatNumber(n)}`);
    const best = search.top[0]!;
    expect(text).toContain(`Best by ${search.rankBy}: ${formatScientific(best.parameters)} parameters`);
    expect(text).toContain(
      `${formatNumber(best.gpuCount)} × ${best.gpu} (t${best.tensorParallel} p${best.pipelineParallel}`,
    );
    expect(text).toContain(`loss ${formatSignificant(best.loss, 4)}, ${formatMoney(best.cost, 'USD')}`);
    expect(text).toContain('Chinchilla check.');
    expect(text).toContain(formatScientific(search.chinchilla!.hoffmannParameters));
    expect(text).toContain(
      `Pareto frontier over loss, cost, time, co2 (${formatNumber(search.frontier.length)} plans)`,
    );
  });

  it('explains a saved search that cannot run, naming the field, instead of failing the export', () => {
    const text = pages.find((p) => p.includes('Plan search: Broken search'))!;
    expect(text).toMatch(/could not run: searches\.1\.spec\.goal\.kind: goal\.kind must be one of/);
  });

  it('can be cancelled while a saved search runs, leaving no file', async () => {
    const big = {
      ...doc,
      searches: [{ id: 'big', name: 'Default space', spec: { goal: { kind: 'compute', flops: 1e23 } } }],
    };
    const controller = new AbortController();
    const target = join(folder.dir, 'cancelled.pdf');
    const seen: number[] = [];
    const run = exportPdf(big, {
      scenarioIds: [],
      paper: 'a4',
      outPath: target,
      now: FIXED_NOW,
      signal: controller.signal,
      onProgress: (f) => {
        seen.push(f);
        if (f > 0.06) controller.abort();
      },
    });
    await expect(run).rejects.toThrow(/abort/i);
    // Aborted inside the search (between 0.05 and 0.1), before any page was laid out.
    expect(Math.max(...seen)).toBeLessThan(0.1);
    expect(existsSync(target)).toBe(false);
  });

  it('gives the same bytes again (seeded Monte Carlo and search)', async () => {
    const again = join(folder.dir, 'again.pdf');
    await exportPdf(doc, { scenarioIds: [], paper: 'a4', outPath: again, now: FIXED_NOW, appVersion: '1.2.3' });
    const hash = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
    expect(hash(again)).toBe(hash(pdfPath));
  });
});

const rowsWhere = (ws: ExcelJS.Worksheet, pick: (row: ExcelJS.Row) => boolean): ExcelJS.Row[] => {
  const rows: ExcelJS.Row[] = [];
  ws.eachRow((row) => {
    if (pick(row)) rows.push(row);
  });
  return rows;
};

describe('Excel: ranges and searches', () => {
  it('adds the Uncertainty and Search sheets', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Summary',
      'Inputs',
      'Results',
      'Comparison',
      'Catalog and sources',
      'Derivations',
      'Uncertainty',
      'Search',
    ]);
  });

  it('writes P10 / P50 / P90 on the Summary equal to estimateRange, as values with a note saying why', () => {
    const summary = wb.getWorksheet('Summary')!;
    const header = rowsWhere(summary, (r) => r.getCell(1).value === 'Scenario' && r.getCell(4).value === 'P10')[0]!;
    expect(header.getCell(5).value).toBe('P50');
    expect(header.getCell(6).value).toBe('P90');
    expect(String(header.getCell(4).note)).toMatch(
      /Values, not formulas.*seeded Monte Carlo \(10000 samples, seed 1\).*do not change when you edit/,
    );
    const keys = {
      Cost: 'cost',
      'Wall-clock time': 'wallClockHours',
      'GPU-hours': 'gpuHours',
      Energy: 'energyKWh',
      Emissions: 'co2eKg',
    } as const;
    let checked = 0;
    doc.scenarios.forEach((s, i) => {
      const rows = rowsWhere(summary, (r) => r.number > header.number && r.getCell(1).value === s.name);
      expect(rows.map((r) => r.getCell(2).value)).toEqual([
        'Cost',
        'Wall-clock time',
        'GPU-hours',
        'Energy',
        'Emissions',
      ]);
      for (const row of rows) {
        const p = ranges[i]![keys[row.getCell(2).value as keyof typeof keys]];
        expect(
          [row.getCell(4).value, row.getCell(5).value, row.getCell(6).value],
          `${s.id} ${String(row.getCell(2).value)}`,
        ).toEqual([p.p10, p.p50, p.p90]);
        checked++;
      }
    });
    expect(checked).toBe(5 * doc.scenarios.length);
  });

  it('lists seed, samples, every range with its basis, and the tornado per scenario', () => {
    const sheet = wb.getWorksheet('Uncertainty')!;
    const u = estimateUncertainty(doc.scenarios[1]!, estimates[1]!, catalog);
    const seedRow = rowsWhere(
      sheet,
      (r) => r.getCell(1).value === doc.scenarios[1]!.name && r.getCell(2).value === u.samples,
    )[0]!;
    expect(seedRow.getCell(3).value).toBe(u.seed);
    const rangeRows = rowsWhere(sheet, (r) => r.getCell(2).value === 'MFU' && r.getCell(4).value === 'lognormal');
    expect(rangeRows).toHaveLength(doc.scenarios.length);
    expect(String(rangeRows[0]!.getCell(9).value)).toContain('GPT-3 on V100');
    const tornadoRows = rowsWhere(
      sheet,
      (r) =>
        typeof r.getCell(9).value === 'number' &&
        r.getCell(2).value !== undefined &&
        typeof r.getCell(7).value === 'number',
    );
    expect(tornadoRows).toHaveLength(doc.scenarios.length * 5 * 8);
    const top = u.tornado.bars.cost[0]!;
    const row = tornadoRows.find(
      (r) => r.getCell(1).value === doc.scenarios[1]!.name && r.getCell(2).value === 'Cost',
    )!;
    expect([row.getCell(7).value, row.getCell(8).value, row.getCell(9).value]).toEqual([
      top.outputAtLow,
      top.outputAtHigh,
      top.swing,
    ]);
  });

  it('lists the whole Pareto frontier and the top-k of the search as numbers', () => {
    const sheet = wb.getWorksheet('Search')!;
    const frontier = rowsWhere(sheet, (r) => String(r.getCell(1).value ?? '').startsWith('Pareto frontier'));
    expect(frontier.map((r) => r.getCell(3).value)).toEqual(search.frontier.map((c) => c.id));
    frontier.forEach((r, i) => {
      const c = search.frontier[i]!;
      expect([r.getCell(4).value, r.getCell(11).value, r.getCell(22).value, r.getCell(23).value]).toEqual([
        c.parameters,
        c.loss,
        c.cost,
        c.wallClockHours,
      ]);
    });
    const top = rowsWhere(sheet, (r) => String(r.getCell(1).value ?? '').startsWith('Top 10 by'));
    expect(top.map((r) => r.getCell(3).value)).toEqual(search.top.map((c) => c.id));
    expect(top[0]!.getCell(27).value).toBe(search.top[0]!.binding!.limit);
    const labels = rowsWhere(sheet, () => true).map((r) => String(r.getCell(1).value ?? ''));
    expect(labels).toContain('Chinchilla check');
    expect(labels).toContain('Could not run');
  });
});

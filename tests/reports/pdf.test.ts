// The PDF brief: headline figures in the text, embedded fonts, structure,
// reproducible bytes, a reviewed snapshot of the executive summary, cancel.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import { exportPdf } from '../../src-main/exporters/index';
import { formatMoney } from '../../shared/report/format';
import { formatCo2, formatDuration, formatEnergy } from '../../shared/report/units';
import { engineEstimates, FIXED_NOW, reportDocument } from './fixture';
import { differingShare, hasTool, renderPage, tempFolder } from './helpers';

const snapshot = join(__dirname, 'snapshots', 'executive-summary-a4.png');
const poppler = hasTool('pdftoppm') && hasTool('pdffonts');
const folder = tempFolder();
const doc = reportDocument();
const pdfPath = join(folder.dir, 'brief.pdf');
let pages: string[] = [];
const progress: number[] = [];

beforeAll(async () => {
  await exportPdf(doc, {
    scenarioIds: [],
    paper: 'a4',
    outPath: pdfPath,
    now: FIXED_NOW,
    appVersion: '1.2.3',
    onProgress: (f) => progress.push(f),
  });
  const pdf = await getDocumentProxy(new Uint8Array(readFileSync(pdfPath)));
  pages = (await extractText(pdf, { mergePages: false })).text.map((t) => t.replace(/\s+/g, ' '));
});
afterAll(() => folder.cleanup());

describe('PDF brief', () => {
  it('prints the engine’s headline figures of the recommended scenario on the executive summary', () => {
    const estimates = engineEstimates(doc);
    const summary = pages[1]!;
    expect(summary).toContain('Executive summary');
    const recommendedName = /Recommended: ([^•]+?) •/.exec(summary)?.[1];
    const e = estimates.find((x) => x.name === recommendedName)!;
    expect(e, `recommended scenario "${recommendedName}" not found`).toBeDefined();
    for (const figure of [
      formatMoney(e.cost.total, 'EUR'),
      formatDuration(e.wallClockHours),
      formatEnergy(e.energyKWh),
      formatCo2(e.co2eKg),
    ]) {
      expect(summary).toContain(figure);
    }
    expect(summary).toContain('Range (P10 – P90)');
    expect(summary).toMatch(/€[\d,]+ – €[\d,]+/);
    expect(summary).toContain('Approved by');
  });

  it('has a cover with the Unicode title, author, dates and version, and page numbers on every page', () => {
    expect(pages[0]).toContain('Sprachmodell für Zürich — Budget 2026');
    expect(pages[0]).toContain('Zoë Ångström-Петрова');
    expect(pages[0]).toContain('Société d’Énergie Ελλάς');
    expect(pages[0]).toContain('2026-03-02');
    expect(pages[0]).toContain('Catalog date');
    expect(pages[0]).toContain('AI Efficiency Planner 1.2.3');
    pages.forEach((text, i) => expect(text).toContain(`Page ${i + 1} of ${pages.length}`));
  });

  it('has the comparison on page 3, a detail page per scenario, the derivations and sources', () => {
    expect(pages[2]).toContain('Scenario comparison');
    for (const s of doc.scenarios)
      expect(pages.some((p) => p.includes(s.name) && p.includes('Memory per GPU against capacity'))).toBe(true);
    const all = pages.join(' ');
    expect(all).toContain('Derivation: Baseline 7B on A100');
    expect(all).toContain('the article’s method vs the standard method');
    expect(all).toContain('Catalog sources');
    expect(all).toContain('Ember');
    expect(pages.length).toBeGreaterThanOrEqual(3 + doc.scenarios.length + 1);
  });

  it('reports progress from 0 to 1 without going back', () => {
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(1);
    progress.slice(1).forEach((p, i) => expect(p).toBeGreaterThanOrEqual(progress[i]!));
  });

  it.skipIf(!poppler)('embeds every font, with metadata and an outline', () => {
    const fonts = execFileSync('pdffonts', [pdfPath], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    for (const line of fonts) expect(line).toMatch(/DejaVuSans.*\byes\s+yes\s+yes\b/);
    const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
    expect(info).toMatch(/Title:\s+Sprachmodell für Zürich/);
    expect(info).toMatch(/Author:\s+Zoë Ångström-Петрова/);
    expect(info).toMatch(/Page size:\s+595.* x 841.*A4/);
    expect(info).toMatch(new RegExp(`Pages:\\s+${pages.length}\\b`));
    const raw = readFileSync(pdfPath, 'latin1');
    expect(raw).toContain('/Outlines');
  });

  it('gives the same bytes for the same document and date, and Letter paper on request', async () => {
    const again = join(folder.dir, 'again.pdf');
    await exportPdf(doc, { scenarioIds: [], paper: 'a4', outPath: again, now: FIXED_NOW, appVersion: '1.2.3' });
    const hash = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
    expect(hash(again)).toBe(hash(pdfPath));
    const letter = join(folder.dir, 'letter.pdf');
    await exportPdf(doc, { scenarioIds: ['baseline'], paper: 'letter', outPath: letter, now: FIXED_NOW });
    const head = readFileSync(letter, 'latin1');
    expect(head).toMatch(/MediaBox \[0 0 612 792\]/);
  });

  it.skipIf(!poppler)('renders the executive summary like the reviewed snapshot', async () => {
    const png = renderPage(pdfPath, 2, 50, join(folder.dir, 'summary'));
    if (!existsSync(snapshot)) {
      if (process.env.UPDATE_SNAPSHOTS !== '1')
        throw new Error(`no snapshot at ${snapshot}; run with UPDATE_SNAPSHOTS=1 and review it`);
      writeFileSync(snapshot, png);
    }
    // Tolerance for anti-aliasing and small changes in the engine's digits, not for layout changes.
    expect(await differingShare(png, readFileSync(snapshot))).toBeLessThan(0.02);
  });

  it('stops when cancelled and leaves neither the file nor a temp file', async () => {
    const controller = new AbortController();
    const target = join(folder.dir, 'cancelled.pdf');
    const run = exportPdf(doc, {
      scenarioIds: [],
      paper: 'a4',
      outPath: target,
      now: FIXED_NOW,
      signal: controller.signal,
      onProgress: (f) => {
        if (f > 0.2) controller.abort();
      },
    });
    await expect(run).rejects.toThrow(/abort/i);
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(folder.dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('names the bad field of an invalid document', async () => {
    const bad = {
      ...doc,
      scenarios: [{ ...doc.scenarios[0]!, hardware: { ...doc.scenarios[0]!.hardware, memoryHeadroom: 2 } }],
    };
    await expect(exportPdf(bad, { scenarioIds: [], paper: 'a4', outPath: join(folder.dir, 'x.pdf') })).rejects.toThrow(
      /document\.scenarios\.0\.hardware\.memoryHeadroom/,
    );
  });
});

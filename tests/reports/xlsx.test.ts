// The workbook reloaded with exceljs: sheets, live formulas with cached engine
// values, named ranges, validation, number formats, frozen headers, images.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type ExcelJS from 'exceljs';
import { exportXlsx } from '../../src-main/exporters/index';
import type { Estimate } from '../../shared/engine/types';
import { engineEstimates, FIXED_NOW, reportDocument } from './fixture';
import { tempFolder } from './helpers';
import { formulaCells, loadWorkbook, rowOf } from './workbook';

const folder = tempFolder();
const doc = reportDocument();
const estimates = engineEstimates(doc);
let wb: ExcelJS.Workbook;

beforeAll(async () => {
  const path = join(folder.dir, 'book.xlsx');
  await exportXlsx(doc, { scenarioIds: [], paper: 'a4', outPath: path, now: FIXED_NOW, appVersion: '1.2.3' });
  wb = await loadWorkbook(path);
});
afterAll(() => folder.cleanup());

const expected: [string, (e: Estimate) => number][] = [
  ['Compute', (e) => e.trainingFlops],
  ['Wall-clock time', (e) => e.wallClockHours],
  ['GPU-hours', (e) => e.gpuHours],
  ['Facility power', (e) => e.facilityPowerKW],
  ['Energy', (e) => e.energyKWh],
  ['Emissions', (e) => e.co2eKg],
  ['Embodied emissions', (e) => e.embodiedCo2eKg],
  ['Cost: compute', (e) => e.cost.compute],
  ['Cost: total', (e) => e.cost.total],
];

describe('Excel workbook', () => {
  it('has the seven sheets in order (no Search sheet without saved searches)', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Summary',
      'Inputs',
      'Results',
      'Comparison',
      'Catalog and sources',
      'Derivations',
      'Uncertainty',
    ]);
  });

  it('writes Results as formulas over the Inputs sheet, with the engine’s values cached', () => {
    const results = wb.getWorksheet('Results')!;
    expect(results.getRow(1).getCell(3).value).toBe(doc.scenarios[0]!.name);
    for (const [label, pick] of expected) {
      const r = rowOf(results, label);
      estimates.forEach((e, i) => {
        const cell = results.getRow(r).getCell(3 + i);
        const v = cell.value as { formula?: string; result?: number } | number;
        expect(v, `${label} of ${e.scenarioId} is empty`).not.toBeNull();
        const value = typeof v === 'number' ? v : (v.result ?? 0);
        expect(value, `${label} of ${e.scenarioId}`).toBeCloseTo(pick(e), 6);
      });
    }
    const wall = results.getRow(rowOf(results, 'Wall-clock time')).getCell(3).value as { formula: string };
    expect(wall.formula).toMatch(/Inputs!C\d+/);
    expect(wall.formula).toContain('MIN(');
    const cost = results.getRow(rowOf(results, 'Cost: compute')).getCell(3).value as { formula: string };
    expect(cost.formula).toMatch(/^C\d+\*Inputs!C\d+$/);
  });

  it('references the Results sheet from the Summary and the Comparison', () => {
    const cells = formulaCells(wb);
    expect(cells.filter((c) => c.sheet === 'Summary').every((c) => c.formula.startsWith('Results!'))).toBe(true);
    expect(cells.filter((c) => c.sheet === 'Comparison').length).toBeGreaterThanOrEqual(doc.scenarios.length * 6);
  });

  it('keeps numbers as numbers: no numeric text anywhere in Inputs or Results', () => {
    for (const name of ['Inputs', 'Results', 'Comparison']) {
      wb.getWorksheet(name)!.eachRow((row, r) =>
        row.eachCell((cell, c) => {
          if (r === 1 || c <= 2) return;
          if (typeof cell.value === 'string')
            expect(
              Number.isNaN(Number(cell.value.replace(/[,%€$£]/g, ''))),
              `${name}!${cell.address} "${cell.value}"`,
            ).toBe(true);
        }),
      );
    }
    const inputs = wb.getWorksheet('Inputs')!;
    const mfu = inputs.getRow(rowOf(inputs, 'Model FLOPs utilization (MFU)')).getCell(4);
    expect(mfu.value).toBe(0.42);
    expect(mfu.numFmt).toBe('0.0%');
  });

  it('validates input cells and names the key input rows', () => {
    const inputs = wb.getWorksheet('Inputs')!;
    const pue = inputs.getRow(rowOf(inputs, 'PUE')).getCell(3);
    expect(pue.dataValidation).toMatchObject({ type: 'decimal', operator: 'between', showErrorMessage: true });
    expect(pue.dataValidation.formulae).toEqual([1, 5]);
    for (const name of ['MFU', 'PricePerGpuHour', 'PUE', 'CarbonIntensity', 'GpuCount', 'CostTotal']) {
      expect(wb.definedNames.getRanges(name).ranges.length, name).toBeGreaterThan(0);
    }
    expect(wb.definedNames.getRanges('MFU').ranges[0]).toMatch(/^Inputs!\$C\$\d+:\$G\$\d+$/);
  });

  it('formats money in the scenario currency and freezes the header rows', () => {
    const results = wb.getWorksheet('Results')!;
    expect(results.getRow(rowOf(results, 'Cost: total')).getCell(3).numFmt).toBe('"€"#,##0.00');
    for (const name of ['Inputs', 'Results', 'Comparison', 'Catalog and sources', 'Derivations']) {
      expect(wb.getWorksheet(name)!.views[0], name).toMatchObject({ state: 'frozen', ySplit: 1 });
    }
  });

  it('embeds the comparison charts as images and lists every derivation step and source', () => {
    expect(wb.getWorksheet('Comparison')!.getImages().length).toBe(4);
    const derivations = wb.getWorksheet('Derivations')!;
    expect(derivations.rowCount - 1).toBe(estimates.reduce((n, e) => n + e.steps.length, 0));
    const sources = wb.getWorksheet('Catalog and sources')!;
    let ember = false;
    sources.eachRow((row) => {
      if (String(row.getCell(4).value ?? '').includes('Ember')) ember = true;
    });
    expect(ember).toBe(true);
  });
});

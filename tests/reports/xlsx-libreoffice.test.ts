// Proof that the live formulas are right: strip every cached result, edit two
// inputs as a controller would, let LibreOffice recalculate, and compare every
// formula result with the engine to 1e-9 relative. One conversion (it is slow).
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type ExcelJS from 'exceljs';
import { exportXlsx } from '../../src-main/exporters/index';
import type { Estimate } from '../../shared/engine/types';
import type { ProjectDocument } from '../../shared/schema/document';
import { engineEstimates, FIXED_NOW, reportDocument } from './fixture';
import { tempFolder } from './helpers';
import { hasSoffice, recalculateWithLibreOffice } from './libreoffice';
import { formulaCells, loadWorkbook, rowOf, type FormulaCell } from './workbook';

const soffice = hasSoffice();
if (!soffice) console.log('skipping the LibreOffice recalculation test: soffice is not installed');

const folder = tempFolder();
const doc = reportDocument();
const EDITED_MFU = 0.3;
const EDITED_PRICE = 3.1;
/** The document as the controller's edits make it: MFU of scenario 2, price of scenario 1. */
const editedDocument = (): ProjectDocument => ({
  ...doc,
  scenarios: doc.scenarios.map((s, i) =>
    i === 1
      ? { ...s, hardware: { ...s.hardware, mfu: EDITED_MFU } }
      : i === 0
        ? { ...s, pricing: { ...s.pricing, pricePerGpuHour: EDITED_PRICE } }
        : s,
  ),
});

let ours: ExcelJS.Workbook;
let recalculated: ExcelJS.Workbook;
let stripped: FormulaCell[];

beforeAll(async () => {
  if (!soffice) return;
  const path = join(folder.dir, 'book.xlsx');
  await exportXlsx(doc, { scenarioIds: [], paper: 'a4', outPath: path, now: FIXED_NOW });
  ours = await loadWorkbook(path);
  const edit = await loadWorkbook(path);
  stripped = formulaCells(edit);
  for (const c of stripped)
    edit.getWorksheet(c.sheet)!.getCell(c.address).value = { formula: c.formula } as ExcelJS.CellFormulaValue;
  const inputs = edit.getWorksheet('Inputs')!;
  inputs.getRow(rowOf(inputs, 'Model FLOPs utilization (MFU)')).getCell(4).value = EDITED_MFU;
  inputs.getRow(rowOf(inputs, 'Cloud price per GPU-hour')).getCell(3).value = EDITED_PRICE;
  const strippedPath = join(folder.dir, 'stripped.xlsx');
  await edit.xlsx.writeFile(strippedPath);
  recalculated = await loadWorkbook(recalculateWithLibreOffice(strippedPath, folder.dir));
}, 180_000);
afterAll(() => folder.cleanup());

const resultOf = (wb: ExcelJS.Workbook, c: FormulaCell): number | undefined => {
  const v = wb.getWorksheet(c.sheet)!.getCell(c.address).value;
  if (typeof v === 'number') return v;
  return v && typeof v === 'object' && 'result' in v && typeof v.result === 'number' ? v.result : undefined;
};

const relativeError = (got: number, want: number): number =>
  want === 0 ? Math.abs(got) : Math.abs(got - want) / Math.abs(want);

const rows: [string, (e: Estimate) => number][] = [
  ['Compute', (e) => e.trainingFlops],
  ['Wall-clock time', (e) => e.wallClockHours],
  ['GPU-hours', (e) => e.gpuHours],
  ['Facility power', (e) => e.facilityPowerKW],
  ['Energy', (e) => e.energyKWh],
  ['Emissions', (e) => e.co2eKg],
  ['Embodied emissions', (e) => e.embodiedCo2eKg],
  ['Cost: compute', (e) => e.cost.compute],
  ['Cost: operations', (e) => e.cost.operations],
  ['Cost: electricity', (e) => e.cost.electricity],
  ['Cost: total', (e) => e.cost.total],
];

describe.skipIf(!soffice)('Excel workbook recalculated by LibreOffice', () => {
  it('recomputes every Results cell to the engine’s value for the edited inputs (1e-9 relative)', () => {
    const engine = engineEstimates(editedDocument());
    const results = recalculated.getWorksheet('Results')!;
    let checked = 0;
    for (const [label, pick] of rows) {
      const r = rowOf(results, label);
      engine.forEach((e, i) => {
        const cell = results.getRow(r).getCell(3 + i);
        if (cell.value === null) return; // the row does not apply to this scenario (e.g. compute of an article run is FLOP-based only)
        const v = cell.value as number | { result?: number };
        // exceljs reads a cached formula result of exactly 0 as undefined.
        const got = typeof v === 'number' ? v : (v.result ?? 0);
        expect(
          relativeError(got, pick(e)),
          `${label} of ${e.scenarioId}: LibreOffice ${got}, engine ${pick(e)}`,
        ).toBeLessThanOrEqual(1e-9);
        checked++;
      });
    }
    expect(checked).toBeGreaterThanOrEqual(rows.length * engine.length - engine.length);
  });

  it('recomputes every formula; those of unedited scenarios match the values we cached', () => {
    expect(stripped.length).toBeGreaterThan(100);
    for (const c of stripped) {
      const got = resultOf(recalculated, c);
      const cached = resultOf(ours, c) ?? 0;
      // exceljs reads a result of exactly 0 as undefined; an error or a missing value with a non-zero cache fails here.
      if (got === undefined) expect(cached, `${c.sheet}!${c.address} ${c.formula} was not recomputed`).toBe(0);
      // Results columns C and D hold the edited scenarios (checked against the engine above).
      if (c.sheet === 'Results' && c.col > 4) {
        expect(relativeError(got ?? 0, cached), `${c.sheet}!${c.address} ${c.formula}`).toBeLessThanOrEqual(1e-9);
      }
    }
  });

  it('carries the edits into the Summary and Comparison sheets', () => {
    const engine = engineEstimates(editedDocument());
    const comparison = recalculated.getWorksheet('Comparison')!;
    engine.forEach((e, i) => {
      const cost = comparison.getRow(2 + i).getCell(7).value as { result?: number };
      expect(relativeError(cost.result ?? 0, e.cost.total), e.scenarioId).toBeLessThanOrEqual(1e-9);
    });
  });
});

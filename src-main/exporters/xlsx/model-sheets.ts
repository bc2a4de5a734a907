// The Inputs sheet (one column per scenario, validated, named) and the Results
// sheet (live formulas over those inputs, with the engine's values cached).
import type ExcelJS from 'exceljs';
import type { ReportModel } from '../../../shared/report/types';
import { inputRows, resultRows, type InputRow } from './rows';
import { numberFormat } from './formats';
import { liveColumn, resolveFormula, type LiveColumn } from './live-model';
import { columnLetter, styleHeader } from './style';

export const FIRST_SCENARIO_COLUMN = 3;
const HEADER_ROWS = 1;

export interface ModelLayout {
  columns: LiveColumn[];
  /** Input key → sheet row (only rows some scenario uses). */
  inputRow: Map<string, number>;
  resultRow: Map<string, number>;
}

const validation = (row: InputRow): ExcelJS.DataValidation => ({
  type: 'decimal',
  operator: 'between',
  allowBlank: false,
  // "Between" has no open end: an exclusive minimum becomes a hair above it.
  formulae: [row.validation.minInclusive ? row.validation.min : row.validation.min + 1e-12, row.validation.max],
  showErrorMessage: true,
  errorStyle: 'stop',
  errorTitle: row.label,
  error: `${row.label} must be ${row.validation.minInclusive ? 'at least' : 'greater than'} ${row.validation.min} and at most ${row.validation.max} (${row.unit}).`,
});

const headerRow = (sheet: ExcelJS.Worksheet, first: string, model: ReportModel): void => {
  sheet.getRow(1).values = [first, 'Unit', ...model.scenarios.map((s) => s.scenario.name)];
  styleHeader(sheet.getRow(1));
  sheet.views = [{ state: 'frozen', xSplit: 2, ySplit: HEADER_ROWS }];
  sheet.getColumn(1).width = 34;
  sheet.getColumn(2).width = 16;
  model.scenarios.forEach((_, i) => {
    sheet.getColumn(FIRST_SCENARIO_COLUMN + i).width = 20;
  });
};

export const writeModelSheets = (
  wb: ExcelJS.Workbook,
  inputs: ExcelJS.Worksheet,
  results: ExcelJS.Worksheet,
  model: ReportModel,
): ModelLayout => {
  const columns = model.scenarios.map((s) => liveColumn(s.estimate));
  const lastColumn = columnLetter(FIRST_SCENARIO_COLUMN + columns.length - 1);
  headerRow(inputs, 'Input', model);
  headerRow(results, 'Result', model);
  const inputRow = new Map<string, number>();
  for (const row of inputRows.filter((r) => columns.some((c) => r.key in c.inputs))) {
    const r = HEADER_ROWS + inputRow.size + 1;
    inputRow.set(row.key, r);
    inputs.getRow(r).getCell(1).value = row.label;
    inputs.getRow(r).getCell(2).value = row.unit;
    columns.forEach((c, i) => {
      const value = c.inputs[row.key];
      if (value === undefined) return;
      const cell = inputs.getRow(r).getCell(FIRST_SCENARIO_COLUMN + i);
      cell.value = value;
      cell.numFmt = numberFormat(row.format, model.scenarios[i]!.estimate.cost.currency);
      cell.dataValidation = validation(row);
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
    });
    wb.definedNames.add(`Inputs!$${columnLetter(FIRST_SCENARIO_COLUMN)}$${r}:$${lastColumn}$${r}`, row.name);
  }
  const resultRow = new Map<string, number>();
  resultRows.forEach((row, k) => resultRow.set(row.key, HEADER_ROWS + k + 1));
  for (const row of resultRows) {
    const r = resultRow.get(row.key)!;
    results.getRow(r).getCell(1).value = row.label;
    results.getRow(r).getCell(2).value = row.unit;
    columns.forEach((c, i) => {
      const live = c.results[row.key];
      if (!live) return;
      const col = columnLetter(FIRST_SCENARIO_COLUMN + i);
      const ref = (key: string) =>
        key in c.inputs
          ? `Inputs!${col}${inputRow.get(key)}`
          : key in c.results
            ? `${col}${resultRow.get(key)}`
            : undefined;
      const cell = results.getRow(r).getCell(FIRST_SCENARIO_COLUMN + i);
      cell.value =
        live.formula === undefined ? live.value : { formula: resolveFormula(live.formula, ref), result: live.value };
      cell.numFmt = numberFormat(row.format, model.scenarios[i]!.estimate.cost.currency);
    });
    wb.definedNames.add(`Results!$${columnLetter(FIRST_SCENARIO_COLUMN)}$${r}:$${lastColumn}$${r}`, row.name);
  }
  return { columns, inputRow, resultRow };
};

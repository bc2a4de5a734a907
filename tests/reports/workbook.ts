// Reading a workbook back: formula cells with their cached results.
import ExcelJS from 'exceljs';

export interface FormulaCell {
  sheet: string;
  address: string;
  row: number;
  col: number;
  formula: string;
  result: unknown;
}

export const loadWorkbook = async (path: string): Promise<ExcelJS.Workbook> => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
};

export const formulaCells = (wb: ExcelJS.Workbook): FormulaCell[] => {
  const cells: FormulaCell[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        const v = cell.value;
        if (v && typeof v === 'object' && 'formula' in v)
          cells.push({
            sheet: ws.name,
            address: cell.address,
            row: r,
            col: c,
            formula: String(v.formula),
            result: v.result,
          });
      }),
    ),
  );
  return cells;
};

/** Row number of a label in column A. */
export const rowOf = (ws: ExcelJS.Worksheet, label: string): number => {
  let found = 0;
  ws.eachRow((row, r) => {
    if (!found && row.getCell(1).value === label) found = r;
  });
  if (!found) throw new Error(`${ws.name}: no row labelled "${label}"`);
  return found;
};

// Shared cell styling and A1 helpers.
import type ExcelJS from 'exceljs';

export const columnLetter = (index: number): string => {
  let n = index;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
};

export const styleHeader = (row: ExcelJS.Row): void => {
  row.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  row.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
    cell.alignment = { vertical: 'middle', wrapText: true };
  });
};

/** A header row, frozen, for a plain table sheet. */
export const tableSheet = (sheet: ExcelJS.Worksheet, headers: string[], widths: number[]): void => {
  sheet.getRow(1).values = headers;
  styleHeader(sheet.getRow(1));
  widths.forEach((w, i) => {
    sheet.getColumn(i + 1).width = w;
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
};

// Derivations: every engine step of every scenario, with its formula, inputs and value.
import type ExcelJS from 'exceljs';
import type { ReportModel } from '../../../shared/report/types';
import { tableSheet } from './style';

const inputText = (i: { name: string; value: number | string; unit: string }): string =>
  `${i.name} = ${i.value}${i.unit ? ` ${i.unit}` : ''}`;

export const writeDerivationsSheet = (sheet: ExcelJS.Worksheet, model: ReportModel): void => {
  tableSheet(
    sheet,
    ['Scenario', 'Step id', 'Step', 'Formula', 'Inputs', 'Value', 'Unit', 'Source'],
    [24, 22, 34, 44, 60, 18, 14, 60],
  );
  let r = 2;
  for (const s of model.scenarios) {
    for (const step of s.estimate.steps) {
      const row = sheet.getRow(r++);
      row.values = [
        s.scenario.name,
        step.id,
        step.label,
        step.formula,
        step.inputs.map(inputText).join('; '),
        step.value,
        step.unit,
        step.source ?? '',
      ];
      row.getCell(6).numFmt =
        Math.abs(step.value) >= 1e6 || (step.value !== 0 && Math.abs(step.value) < 1e-3) ? '0.000E+00' : '#,##0.####';
    }
  }
  sheet.autoFilter = { from: 'A1', to: `H${Math.max(2, r - 1)}` };
};

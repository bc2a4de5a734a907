// Uncertainty: how the ranges were made (seed, samples), every range used with its
// basis, what the analysis holds fixed, and the tornado (each input at its low and
// high end, the others at their likely value) per scenario and output.
import type ExcelJS from 'exceljs';
import type { ReportModel, ScenarioReport } from '../../../shared/report/types';
import {
  inputLabels,
  inputUnitText,
  outputLabels,
  outputUnits,
  reportOutputOrder,
} from '../../../shared/report/uncertainty-labels';
import { styleHeader } from './style';

const title = (sheet: ExcelJS.Worksheet, r: number, text: string): void => {
  sheet.getCell(r, 1).value = text;
  sheet.getCell(r, 1).font = { bold: true, size: 12, color: { argb: 'FF1F4E79' } };
};

const header = (sheet: ExcelJS.Worksheet, r: number, values: string[]): void => {
  sheet.getRow(r).values = values;
  styleHeader(sheet.getRow(r));
};

export const TORNADO_HEADER = [
  'Scenario',
  'Output',
  'Unit',
  'Input',
  'Input low',
  'Input high',
  'Output at input low',
  'Output at input high',
  'Swing',
  'Output with every input likely',
];

const rangesBlock = (sheet: ExcelJS.Worksheet, scenarios: ScenarioReport[], top: number): number => {
  title(sheet, top, 'Ranges used');
  header(sheet, top + 1, ['Scenario', 'Input', 'Unit', 'Distribution', 'Low', 'Likely', 'High', 'Origin', 'Basis']);
  let r = top + 2;
  for (const s of scenarios) {
    for (const i of s.uncertainty!.inputs) {
      sheet.getRow(r++).values = [
        s.scenario.name,
        inputLabels[i.id],
        inputUnitText(i.id),
        i.range.distribution,
        i.range.low,
        i.range.likely,
        i.range.high,
        i.origin,
        i.basis,
      ];
    }
  }
  return r + 1;
};

const tornadoBlock = (sheet: ExcelJS.Worksheet, scenarios: ScenarioReport[], top: number): number => {
  title(
    sheet,
    top,
    'Tornado: each input at its low and its high end, every other input at its likely value (widest swing first)',
  );
  header(sheet, top + 1, TORNADO_HEADER);
  let r = top + 2;
  for (const s of scenarios) {
    const t = s.uncertainty!.tornado;
    const units = outputUnits(s.estimate.cost.currency);
    for (const o of reportOutputOrder) {
      for (const b of t.bars[o]) {
        const row = sheet.getRow(r++);
        row.values = [
          s.scenario.name,
          outputLabels[o],
          units[o],
          inputLabels[b.input],
          b.inputLow,
          b.inputHigh,
          b.outputAtLow,
          b.outputAtHigh,
          b.swing,
          t.base[o],
        ];
        for (let c = 7; c <= 10; c++) row.getCell(c).numFmt = '#,##0.00';
      }
    }
  }
  return r + 1;
};

export const writeUncertaintySheet = (sheet: ExcelJS.Worksheet, model: ReportModel): void => {
  const scenarios = model.scenarios.filter((s) => s.uncertainty);
  [30, 20, 20, 26, 12, 12, 18, 18, 16, 90].forEach((w, i) => {
    sheet.getColumn(i + 1).width = w;
  });
  title(sheet, 1, 'Uncertainty: seeded Monte Carlo');
  sheet.getCell(2, 1).value =
    'Every uncertain input is drawn from its range independently; the engine’s relations rescale GPU-hours, wall-clock, energy, CO2e and cost. ' +
    'P10 / P50 / P90 (on the Summary sheet) are values from that run, not formulas: they do not follow edits on the Inputs sheet. The same document and seed give the same values.';
  header(sheet, 4, ['Scenario', 'Samples', 'Seed', 'Held fixed / assumptions']);
  let r = 5;
  for (const s of scenarios) {
    const u = s.uncertainty!;
    sheet.getRow(r++).values = [s.scenario.name, u.samples, u.seed, u.assumptions.join(' ')];
  }
  r = rangesBlock(sheet, scenarios, r + 1);
  tornadoBlock(sheet, scenarios, r);
  sheet.views = [{ state: 'frozen', xSplit: 1 }];
};

// Summary: who, when, what is recommended and why, and the headline figures as
// formulas over the Results sheet (so they follow a controller's edits).
import type ExcelJS from 'exceljs';
import type { ReportModel } from '../../../shared/report/types';
import type { ModelLayout } from './model-sheets';
import { FIRST_SCENARIO_COLUMN } from './model-sheets';
import { numberFormat } from './formats';
import { columnLetter, styleHeader } from './style';
import type { Format } from './rows';
import { writeRangesBlock } from './ranges-block';

const headline: [string, string, Format][] = [
  ['costTotal', 'Cost', 'money'],
  ['wallClockHours', 'Wall-clock time (h)', 'hours'],
  ['gpuHours', 'GPU-hours', 'hours'],
  ['energyKWh', 'Energy (kWh)', 'kWh'],
  ['co2e', 'Emissions (kg CO2e)', 'kg'],
];

export const writeSummarySheet = (sheet: ExcelJS.Worksheet, model: ReportModel, layout: ModelLayout): void => {
  // Narrow value columns for the headline table; longer text overflows into the empty cells beside it.
  sheet.getColumn(1).width = 36;
  headline.forEach((_, i) => {
    sheet.getColumn(i + 2).width = 20;
  });
  const info: [string, string][] = [
    ['Title', model.title],
    ['Organisation', model.organisation],
    ['Prepared by', model.author],
    ['Date', model.date],
    ['Catalog date', model.catalogDate],
    ['Application', `AI Efficiency Planner ${model.appVersion}`],
  ];
  sheet.getCell('A1').value = model.title;
  sheet.getCell('A1').font = { bold: true, size: 16, color: { argb: 'FF1F4E79' } };
  info.forEach(([k, v], i) => {
    sheet.getCell(`A${i + 3}`).value = k;
    sheet.getCell(`A${i + 3}`).font = { bold: true };
    sheet.getCell(`B${i + 3}`).value = v;
  });
  const chosen = model.scenarios.find((s) => s.isRecommended);
  let r = info.length + 4;
  sheet.getCell(`A${r}`).value = 'Recommended scenario';
  sheet.getCell(`A${r}`).font = { bold: true };
  sheet.getCell(`B${r}`).value = chosen ? chosen.scenario.name : 'none';
  for (const reason of model.recommendation.reasons) {
    sheet.getCell(`B${++r}`).value = reason;
  }
  r += 2;
  const header = sheet.getRow(r);
  header.values = ['Scenario', ...headline.map(([, label]) => label)];
  styleHeader(header);
  sheet.views = [{ state: 'frozen', ySplit: r }];
  model.scenarios.forEach((s, i) => {
    const row = sheet.getRow(r + 1 + i);
    const col = columnLetter(FIRST_SCENARIO_COLUMN + i);
    row.getCell(1).value =
      s.scenario.name + (s.isRecommended ? ' (recommended)' : '') + (s.isBaseline ? ' (baseline)' : '');
    headline.forEach(([key, , format], k) => {
      const live = layout.columns[i]!.results[key]!;
      const cell = row.getCell(2 + k);
      cell.value = { formula: `Results!${col}${layout.resultRow.get(key)}`, result: live.value };
      cell.numFmt = numberFormat(format, s.estimate.cost.currency);
    });
  });
  writeRangesBlock(sheet, model, r + model.scenarios.length + 3);
};

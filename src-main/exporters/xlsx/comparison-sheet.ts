// Comparison: one row per scenario with live references and savings against
// the baseline, and the shared charts embedded as images.
import type ExcelJS from 'exceljs';
import type { ReportModel } from '../../../shared/report/types';
import { comparisonChart, costBreakdownChart, memoryChart } from '../../../shared/report/charts';
import { renderChart } from '../render-chart';
import type { ModelLayout } from './model-sheets';
import { FIRST_SCENARIO_COLUMN } from './model-sheets';
import { numberFormat } from './formats';
import { columnLetter, tableSheet } from './style';
import type { Format } from './rows';

const metrics: [string, string, Format][] = [
  ['gpuHours', 'GPU-hours', 'hours'],
  ['wallClockHours', 'Wall-clock (h)', 'hours'],
  ['energyKWh', 'Energy (kWh)', 'kWh'],
  ['co2e', 'Emissions (kg CO2e)', 'kg'],
  ['costTotal', 'Cost', 'money'],
];

export const writeComparisonSheet = (
  wb: ExcelJS.Workbook,
  sheet: ExcelJS.Worksheet,
  model: ReportModel,
  layout: ModelLayout,
): void => {
  tableSheet(
    sheet,
    ['Scenario', 'GPUs', ...metrics.map(([, l]) => l), 'Cost saved vs baseline', 'Memory fits'],
    [30, 10, 16, 16, 16, 18, 18, 20, 12],
  );
  const baselineIndex = model.scenarios.findIndex((s) => s.isBaseline);
  const costRow = layout.resultRow.get('costTotal')!;
  const baseCostRef = `Results!${columnLetter(FIRST_SCENARIO_COLUMN + baselineIndex)}${costRow}`;
  model.scenarios.forEach((s, i) => {
    const row = sheet.getRow(2 + i);
    const col = columnLetter(FIRST_SCENARIO_COLUMN + i);
    const results = layout.columns[i]!.results;
    row.getCell(1).value = s.scenario.name;
    row.getCell(2).value = { formula: `Inputs!${col}${layout.inputRow.get('gpuCount')}`, result: s.estimate.gpuCount };
    row.getCell(2).numFmt = '#,##0';
    metrics.forEach(([key, , format], k) => {
      const cell = row.getCell(3 + k);
      cell.value = { formula: `Results!${col}${layout.resultRow.get(key)}`, result: results[key]!.value };
      cell.numFmt = numberFormat(format, s.estimate.cost.currency);
    });
    const base = layout.columns[baselineIndex]!.results.costTotal!.value;
    const saved = base > 0 ? (base - results.costTotal!.value) / base : 0;
    const savedCell = row.getCell(3 + metrics.length);
    // Only meaningful when both costs are in the same currency.
    savedCell.value =
      s.estimate.cost.currency === model.scenarios[baselineIndex]!.estimate.cost.currency
        ? { formula: `IF(${baseCostRef}=0,0,(${baseCostRef}-Results!${col}${costRow})/${baseCostRef})`, result: saved }
        : null;
    savedCell.numFmt = '0.0%';
    row.getCell(4 + metrics.length).value = s.estimate.memoryPerGpuBytes.fits ? 'yes' : 'no';
  });
  const estimates = model.scenarios.map((s) => s.estimate);
  const charts = [
    costBreakdownChart(estimates),
    comparisonChart(estimates, 'co2'),
    comparisonChart(estimates, 'time'),
    memoryChart(estimates),
  ];
  let top = model.scenarios.length + 3;
  for (const config of charts) {
    const image = wb.addImage({
      buffer: renderChart(config, 560, 260, 2, 'jpeg') as unknown as ExcelJS.Buffer,
      extension: 'jpeg',
    });
    sheet.addImage(image, { tl: { col: 0, row: top }, ext: { width: 560, height: 260 } });
    top += 14;
  }
};

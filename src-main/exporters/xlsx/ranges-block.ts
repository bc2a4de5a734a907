// The Summary sheet's range table: P10 / P50 / P90 of GPU-hours, wall-clock, energy,
// CO2e and cost per scenario. Values, not formulas: a seeded Monte Carlo cannot be
// restated as cell formulas, so a note says they do not follow edits.
import type ExcelJS from 'exceljs';
import type { ReportModel } from '../../../shared/report/types';
import { outputLabels, outputUnits, pointEstimate, reportOutputOrder } from '../../../shared/report/uncertainty-labels';
import type { OutputId } from '../../../shared/uncertainty/response';
import { numberFormat } from './formats';
import type { Format } from './rows';
import { styleHeader } from './style';

const formats: Record<OutputId, Format> = {
  cost: 'money',
  wallClockHours: 'hours',
  gpuHours: 'hours',
  energyKWh: 'kWh',
  co2eKg: 'kg',
};

export const RANGES_TITLE =
  'Ranges: P10 / P50 / P90 from a seeded Monte Carlo (values; details on the Uncertainty sheet)';
export const RANGES_HEADER = ['Scenario', 'Figure', 'Unit', 'P10', 'P50', 'P90', 'Point estimate', 'Samples', 'Seed'];

const valuesNote = (model: ReportModel): string => {
  const runs = [
    ...new Set(
      model.scenarios.flatMap((s) =>
        s.uncertainty ? [`${s.uncertainty.samples} samples, seed ${s.uncertainty.seed}`] : [],
      ),
    ),
  ];
  return (
    `Values, not formulas: P10 / P50 / P90 come from a seeded Monte Carlo (${runs.join('; ')}) run when the workbook was exported. ` +
    'A Monte Carlo cannot be written as live formulas, so these cells do not change when you edit the Inputs sheet; re-export from the planner to update them.'
  );
};

/** Writes the block starting at `top`; returns the first free row after it. */
export const writeRangesBlock = (sheet: ExcelJS.Worksheet, model: ReportModel, top: number): number => {
  const withRanges = model.scenarios.filter((s) => s.uncertainty);
  if (withRanges.length === 0) return top;
  sheet.getColumn(7).width = 20;
  sheet.getCell(top, 1).value = RANGES_TITLE;
  sheet.getCell(top, 1).font = { bold: true, size: 12, color: { argb: 'FF1F4E79' } };
  const header = sheet.getRow(top + 1);
  header.values = RANGES_HEADER;
  styleHeader(header);
  header.getCell(4).note = valuesNote(model);
  let r = top + 2;
  for (const s of withRanges) {
    const u = s.uncertainty!;
    const currency = s.estimate.cost.currency;
    for (const o of reportOutputOrder) {
      const row = sheet.getRow(r++);
      row.values = [
        s.scenario.name,
        outputLabels[o],
        outputUnits(currency)[o],
        u.range[o].p10,
        u.range[o].p50,
        u.range[o].p90,
        pointEstimate(s.estimate, o),
        u.samples,
        u.seed,
      ];
      for (let c = 4; c <= 7; c++) row.getCell(c).numFmt = numberFormat(formats[o], currency);
    }
  }
  return r + 1;
};

// Catalog and sources: the figures the report relies on, then the full catalog entries used.
import type ExcelJS from 'exceljs';
import type { Catalog } from '../../../shared/catalog/types';
import type { ReportModel } from '../../../shared/report/types';
import { styleHeader, tableSheet } from './style';

const block = (
  sheet: ExcelJS.Worksheet,
  start: number,
  title: string,
  headers: string[],
  rows: (string | number)[][],
): number => {
  sheet.getCell(start, 1).value = title;
  sheet.getCell(start, 1).font = { bold: true, size: 12, color: { argb: 'FF1F4E79' } };
  sheet.getRow(start + 1).values = headers;
  styleHeader(sheet.getRow(start + 1));
  rows.forEach((r, i) => {
    sheet.getRow(start + 2 + i).values = r;
  });
  return start + rows.length + 4;
};

export const writeCatalogSheet = (sheet: ExcelJS.Worksheet, model: ReportModel, catalog: Catalog): void => {
  tableSheet(sheet, ['Kind', 'Figure', 'Value', 'Source', 'Date'], [16, 36, 30, 90, 12]);
  model.sources.forEach((s, i) => {
    sheet.getRow(2 + i).values = [s.kind, s.figure, s.value, s.source, s.date];
  });
  const gpuIds = new Set(model.scenarios.map((s) => s.estimate.gpu.id));
  let r = model.sources.length + 4;
  r = block(
    sheet,
    r,
    `GPUs (catalog of ${catalog.date})`,
    ['GPU', 'Memory (bytes)', 'TDP (W)', 'Default MFU', 'Source', 'Date'],
    catalog.gpus
      .filter((g) => gpuIds.has(g.id))
      .map((g) => [g.name, g.memoryBytes, g.tdpW, g.defaultMfu, g.source, g.date]),
  );
  r = block(
    sheet,
    r,
    'Cloud prices',
    ['Price entry', 'Price per GPU-hour', 'Currency', 'GPU', 'Source', 'Date'],
    catalog.prices
      .filter((p) => gpuIds.has(p.gpu))
      .map((p) => [
        `${p.provider} ${p.region} ${p.pricingModel}`,
        p.pricePerGpuHour,
        p.currency,
        p.gpu,
        p.source,
        p.date,
      ]),
  );
  r = block(
    sheet,
    r,
    'Grid carbon intensity',
    ['Region', 'kg CO2e/kWh', 'Year', '', 'Source', 'Date'],
    catalog.regions.map((g) => [g.name, g.carbonIntensityKgPerKWh, g.year, '', g.source, g.date]),
  );
  block(
    sheet,
    r,
    'Exchange rates',
    ['Currency', 'Per USD', '', '', 'Source', 'Date'],
    catalog.exchangeRates.map((x) => [x.currency, x.perUsd, '', '', x.source, x.date]),
  );
};

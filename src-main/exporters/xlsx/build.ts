// Assembles the workbook: Summary, Inputs, Results, Comparison, Catalog and sources, Derivations,
// Uncertainty, and Search when the document has saved searches.
import ExcelJS from 'exceljs';
import type { Catalog } from '../../../shared/catalog/types';
import type { ReportModel } from '../../../shared/report/types';
import { writeModelSheets } from './model-sheets';
import { writeSummarySheet } from './summary-sheet';
import { writeComparisonSheet } from './comparison-sheet';
import { writeCatalogSheet } from './catalog-sheet';
import { writeDerivationsSheet } from './derivations-sheet';
import { writeUncertaintySheet } from './uncertainty-sheet';
import { writeSearchSheet } from './search-sheet';
import { breathe } from '../cancel';

export interface XlsxBuildOptions {
  creationDate: Date;
  signal?: AbortSignal;
  progress: (fraction: number) => void;
}

export const buildXlsx = async (model: ReportModel, catalog: Catalog, opts: XlsxBuildOptions): Promise<Buffer> => {
  const wb = new ExcelJS.Workbook();
  wb.creator = model.author || 'AI Efficiency Planner';
  wb.lastModifiedBy = `AI Efficiency Planner ${model.appVersion}`;
  wb.title = model.title;
  wb.company = model.organisation;
  wb.created = opts.creationDate;
  wb.modified = opts.creationDate;
  // Excel and LibreOffice recompute every formula when the file opens.
  wb.calcProperties = { fullCalcOnLoad: true };
  const summary = wb.addWorksheet('Summary');
  const inputs = wb.addWorksheet('Inputs');
  const results = wb.addWorksheet('Results');
  const comparison = wb.addWorksheet('Comparison');
  const sources = wb.addWorksheet('Catalog and sources');
  const derivations = wb.addWorksheet('Derivations');
  const uncertainty = wb.addWorksheet('Uncertainty');
  const search = model.searches.length > 0 ? wb.addWorksheet('Search') : undefined;
  const layout = writeModelSheets(wb, inputs, results, model);
  writeSummarySheet(summary, model, layout);
  opts.progress(0.3);
  await breathe(opts.signal);
  writeComparisonSheet(wb, comparison, model, layout);
  opts.progress(0.6);
  await breathe(opts.signal);
  writeCatalogSheet(sources, model, catalog);
  writeDerivationsSheet(derivations, model);
  writeUncertaintySheet(uncertainty, model);
  if (search) writeSearchSheet(search, model);
  opts.progress(0.8);
  await breathe(opts.signal);
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  opts.progress(1);
  return bytes;
};

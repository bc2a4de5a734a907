// Assembles the PDF brief page by page, reporting progress and honouring cancel.
import type { ReportModel } from '../../../shared/report/types';
import { createPdf, pdfBytes, type Paper } from './document';
import { coverPage } from './cover';
import { summaryPage } from './summary';
import { comparisonPages } from './comparison';
import { scenarioPage } from './scenario-page';
import { methodologyPages } from './methodology';
import { decoratePages } from './decorate';
import { searchPages } from './search-pages';
import { uncertaintyAppendix } from './uncertainty-appendix';
import { breathe } from '../cancel';

export interface PdfBuildOptions {
  paper: Paper;
  creationDate: Date;
  signal?: AbortSignal;
  /** Progress within the PDF build, 0–1. */
  progress: (fraction: number) => void;
}

export const buildPdf = async (model: ReportModel, opts: PdfBuildOptions): Promise<Buffer> => {
  const doc = createPdf(model, opts.paper, opts.creationDate);
  const bytes = pdfBytes(doc);
  const n = model.scenarios.length;
  const total = 4 + 2 * n;
  let done = 0;
  const step = async () => {
    opts.progress(++done / total);
    await breathe(opts.signal);
  };
  try {
    coverPage(doc, model);
    summaryPage(doc, model);
    await step();
    comparisonPages(doc, model);
    await step();
    const details = doc.outline.addItem('Scenario details');
    for (const s of model.scenarios) {
      scenarioPage(doc, s, details);
      await step();
    }
    searchPages(doc, model);
    await step();
    const pending: Promise<void>[] = [];
    methodologyPages(doc, model, () => {
      pending.push(step());
    });
    await Promise.all(pending);
    uncertaintyAppendix(doc, model);
    decoratePages(doc, model);
    await step();
  } finally {
    doc.end();
  }
  return bytes;
};

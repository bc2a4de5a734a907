// PDF brief and Excel workbook for budget approval. Both recompute from the
// document, report progress, can be cancelled, and replace the target atomically.
import type { ProjectDocumentInput } from '../../shared/schema/document';
import { computeReport } from './compute';
import { buildPdf } from './pdf/build';
import { buildXlsx } from './xlsx/build';
import { writeFileAtomic } from '../files/atomic-write';
import { breathe, progressReporter } from './cancel';
import { runSavedSearches } from './saved-searches';
import type { Paper } from './pdf/document';

export interface ExportOptions {
  /** Scenarios to include, in order; empty = all. */
  scenarioIds: string[];
  paper: Paper;
  outPath: string;
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
  /** Creation date written into the file; fixed for reproducible bytes. */
  now?: Date;
  appVersion?: string;
}

export interface ExportResult {
  path: string;
  bytes: number;
}

const checkPaper = (paper: string): Paper => {
  if (paper !== 'a4' && paper !== 'letter') throw new Error(`paper: expected "a4" or "letter", found "${paper}"`);
  return paper;
};

const prepare = async (doc: ProjectDocumentInput, opts: ExportOptions) => {
  const report = progressReporter(opts.onProgress);
  report(0);
  const now = opts.now ?? new Date();
  const computed = computeReport(doc, {
    scenarioIds: opts.scenarioIds,
    now,
    ...(opts.appVersion ? { appVersion: opts.appVersion } : {}),
  });
  report(0.05);
  await breathe(opts.signal);
  const searches = await runSavedSearches(computed.doc, computed.catalog, opts.signal, (f) => report(0.05 + 0.05 * f));
  report(0.1);
  return { model: { ...computed.model, searches }, catalog: computed.catalog, now, report };
};

export const exportPdf = async (doc: ProjectDocumentInput, opts: ExportOptions): Promise<ExportResult> => {
  const paper = checkPaper(opts.paper);
  const { model, now, report } = await prepare(doc, opts);
  const bytes = await buildPdf(model, {
    paper,
    creationDate: now,
    signal: opts.signal,
    progress: (f) => report(0.1 + 0.85 * f),
  });
  opts.signal?.throwIfAborted();
  await writeFileAtomic(opts.outPath, bytes);
  report(1);
  return { path: opts.outPath, bytes: bytes.length };
};

export const exportXlsx = async (doc: ProjectDocumentInput, opts: ExportOptions): Promise<ExportResult> => {
  const { model, catalog, now, report } = await prepare(doc, opts);
  const bytes = await buildXlsx(model, catalog, {
    creationDate: now,
    signal: opts.signal,
    progress: (f) => report(0.1 + 0.85 * f),
  });
  opts.signal?.throwIfAborted();
  await writeFileAtomic(opts.outPath, bytes);
  report(1);
  return { path: opts.outPath, bytes: bytes.length };
};

// The Accuracy view's data: the same report as `aiplan accuracy`, run against the built-in catalog.
import type { Catalog } from '../../shared/catalog/types';
import { accuracyReport, type AccuracyReport } from '../../shared/validation/accuracy';

let cached: { catalog: Catalog; report: AccuracyReport } | null = null;

/** Computed once per catalog: it estimates every published run, which takes a moment. */
export const accuracyFor = (catalog: Catalog): AccuracyReport => {
  if (cached?.catalog !== catalog) cached = { catalog, report: accuracyReport(catalog) };
  return cached.report;
};

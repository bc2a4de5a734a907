// Exports recompute everything from the saved document: the renderer's numbers are never trusted.
import { projectDocumentSchema, type ProjectDocument, type ProjectDocumentInput } from '../../shared/schema/document';
import { resolveCatalog } from '../../shared/catalog';
import type { Catalog } from '../../shared/catalog/types';
import { estimateScenario } from '../../shared/engine/estimate';
import type { Estimate } from '../../shared/engine/types';
import { estimateUncertainty, type OutputRanges, type UncertaintyResult } from '../../shared/uncertainty';
import { buildReportModel, selectScenarios } from '../../shared/report/model';
import type { HeadlineKey, PercentileRange, ReportModel } from '../../shared/report/types';
import { EngineError } from '../../shared/engine/errors';
import { appVersion } from './assets';

export interface ComputeOptions {
  scenarioIds: string[];
  now: Date;
  appVersion?: string;
}

/** Validates the document again (it may come from a file or over IPC), naming the first bad field. */
const validDocument = (doc: ProjectDocumentInput): ProjectDocument => {
  const parsed = projectDocumentSchema.safeParse(doc);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new Error(`document.${issue.path.join('.')}: ${issue.message}`);
};

const estimateOrExplain = (run: () => Estimate, scenarioId: string): Estimate => {
  try {
    return run();
  } catch (err) {
    if (err instanceof EngineError) throw new Error(`scenario "${scenarioId}", ${err.field}: ${err.message}`);
    throw err;
  }
};

const rangesOf = (r: OutputRanges): Partial<Record<HeadlineKey, PercentileRange>> => ({
  cost: r.cost,
  time: r.wallClockHours,
  energy: r.energyKWh,
  co2: r.co2eKg,
});

export interface Computed {
  model: ReportModel;
  catalog: Catalog;
  doc: ProjectDocument;
}

export const computeReport = (input: ProjectDocumentInput, opts: ComputeOptions): Computed => {
  const doc = validDocument(input);
  const catalog = resolveCatalog(doc.catalogOverrides);
  const scenarios = selectScenarios(doc, opts.scenarioIds);
  const estimates = scenarios.map((s) => estimateOrExplain(() => estimateScenario(s, catalog), s.id));
  // One seeded Monte Carlo per scenario: its ranges are `estimateRange`'s (same baseline, samples and seed).
  const uncertainty: Record<string, UncertaintyResult> = Object.fromEntries(
    scenarios.map((s, i) => [s.id, estimateUncertainty(s, estimates[i]!, catalog)]),
  );
  const ranges = Object.fromEntries(scenarios.map((s) => [s.id, rangesOf(uncertainty[s.id]!.range)]));
  const standardMethod = Object.fromEntries(
    scenarios
      .filter((s) => s.method === 'article')
      .map((s) => [s.id, estimateOrExplain(() => estimateScenario({ ...s, method: 'standard' }, catalog), s.id)]),
  );
  const model = buildReportModel(doc, catalog, estimates, {
    scenarioIds: opts.scenarioIds,
    date: opts.now.toISOString().slice(0, 10),
    appVersion: opts.appVersion ?? appVersion(),
    ranges,
    uncertainty,
    standardMethod,
  });
  return { model, catalog, doc };
};

// Builds the report model from a document, its resolved catalog and the engine's estimates.
import type { Catalog } from '../catalog/types';
import type { Estimate } from '../engine/types';
import type { ProjectDocument } from '../schema/document';
import type { UncertaintyResult } from '../uncertainty/estimate-range';
import type { HeadlineKey, PercentileRange, ReportModel, ScenarioReport } from './types';
import type { SearchReport } from './search-report';
import { headlineFigures } from './headline';
import { savingsAgainst } from './savings';
import { toReportCurrency } from './currency';
import { recommend } from './recommend';
import { scenarioInputs } from './scenario-inputs';
import { reportSources } from './sources';

export interface ReportOptions {
  /** Scenarios to include, in this order; empty = all, in document order. */
  scenarioIds: string[];
  /** ISO date printed on the report. */
  date: string;
  appVersion: string;
  /** Uncertainty ranges per scenario id, when the analysis has run. */
  ranges?: Record<string, Partial<Record<HeadlineKey, PercentileRange>>>;
  /** Standard-method estimates of the scenarios that use the article's method. */
  standardMethod?: Record<string, Estimate>;
  /** The full uncertainty analysis per scenario id (detail pages, Uncertainty sheet). */
  uncertainty?: Record<string, UncertaintyResult>;
  /** Saved searches, already run. */
  searches?: SearchReport[];
}

/** Picks the scenarios to report, naming any id that does not exist. */
export const selectScenarios = (doc: ProjectDocument, ids: string[]) => {
  if (ids.length === 0) return doc.scenarios;
  return ids.map((id) => {
    const found = doc.scenarios.find((s) => s.id === id);
    if (!found)
      throw new Error(
        `scenarioIds: no scenario "${id}" in the document; it has: ${doc.scenarios.map((s) => s.id).join(', ')}`,
      );
    return found;
  });
};

export const buildReportModel = (
  doc: ProjectDocument,
  catalog: Catalog,
  estimates: Estimate[],
  opts: ReportOptions,
): ReportModel => {
  const scenarios = selectScenarios(doc, opts.scenarioIds);
  const byId = new Map(estimates.map((e) => [e.scenarioId, e]));
  const pairs = scenarios.map((scenario) => {
    const estimate = byId.get(scenario.id);
    if (!estimate) throw new Error(`estimates: no estimate for scenario "${scenario.id}"`);
    return { scenario, estimate, cost: toReportCurrency(estimate.cost.total, scenario, catalog, doc.currency) };
  });
  const baselineId =
    doc.baselineId !== undefined && pairs.some((p) => p.scenario.id === doc.baselineId)
      ? doc.baselineId
      : pairs[0]!.scenario.id;
  const baseline = pairs.find((p) => p.scenario.id === baselineId)!;
  const recommendation = recommend(pairs, baselineId, doc.currency);
  const reports: ScenarioReport[] = pairs.map(({ scenario, estimate, cost }) => {
    const report: ScenarioReport = {
      scenario,
      estimate,
      costInReportCurrency: cost,
      headline: headlineFigures(estimate, opts.ranges?.[scenario.id]),
      inputs: scenarioInputs(scenario, estimate),
      isBaseline: scenario.id === baselineId,
      isRecommended: scenario.id === recommendation.scenarioId,
    };
    const standard = opts.standardMethod?.[scenario.id];
    if (standard) report.standardMethod = standard;
    const uncertainty = opts.uncertainty?.[scenario.id];
    if (uncertainty) report.uncertainty = uncertainty;
    if (scenario.id !== baselineId) report.savings = savingsAgainst(baseline.estimate, estimate, baseline.cost, cost);
    return report;
  });
  return {
    title: doc.title,
    organisation: doc.organisation,
    author: doc.author,
    notes: doc.notes,
    date: opts.date,
    appVersion: opts.appVersion,
    catalogDate: catalog.date,
    currency: doc.currency,
    scenarios: reports,
    baselineId,
    recommendation,
    sources: reportSources(
      catalog,
      scenarios,
      pairs.map((p) => p.estimate),
      doc.currency,
    ),
    searches: opts.searches ?? [],
  };
};

// The report model: everything the PDF and the workbook show, computed once
// from a project document and the engine's estimates.
import type { Estimate } from '../engine/types';
import type { Scenario } from '../schema/scenario';
import type { UncertaintyResult } from '../uncertainty/estimate-range';
import type { SearchReport } from './search-report';

/** A P10/P50/P90 range from the uncertainty analysis, in the figure's own unit. */
export interface PercentileRange {
  p10: number;
  p50: number;
  p90: number;
}

export type HeadlineKey = 'cost' | 'time' | 'gpus' | 'energy' | 'co2';

export interface HeadlineFigure {
  key: HeadlineKey;
  label: string;
  value: number;
  unit: string;
  /** The value formatted as the reports print it. */
  text: string;
  range?: PercentileRange;
  /** "P10 value – P90 value", when a range is known. */
  rangeText?: string;
}

/** Baseline minus scenario: positive numbers are savings. */
export interface Savings {
  costAmount: number;
  costFraction: number;
  energyKWh: number;
  co2eKg: number;
  wallClockHours: number;
  gpuHours: number;
}

export interface LabelledValue {
  label: string;
  text: string;
}

export interface ScenarioReport {
  scenario: Scenario;
  estimate: Estimate;
  headline: HeadlineFigure[];
  inputs: LabelledValue[];
  isBaseline: boolean;
  isRecommended: boolean;
  /** Against the baseline; absent for the baseline itself. */
  savings?: Savings;
  /** Cost converted to the report currency, for comparisons across scenarios. */
  costInReportCurrency: number;
  /** For scenarios on the article's method: the same scenario on the standard method. */
  standardMethod?: Estimate;
  /** Seeded Monte Carlo ranges, tornado, the ranges used and their basis. */
  uncertainty?: UncertaintyResult;
}

export interface SourceRow {
  kind: 'GPU' | 'Price' | 'Region' | 'Exchange rate' | 'PUE' | 'Engine constant';
  figure: string;
  value: string;
  source: string;
  date: string;
}

export interface Recommendation {
  scenarioId: string | null;
  reasons: string[];
}

export interface ReportModel {
  title: string;
  organisation: string;
  author: string;
  /** ISO date (YYYY-MM-DD) the report was produced. */
  date: string;
  appVersion: string;
  catalogDate: string;
  currency: string;
  notes: string;
  scenarios: ScenarioReport[];
  baselineId: string;
  recommendation: Recommendation;
  sources: SourceRow[];
  /** The document's saved searches, run for the export. */
  searches: SearchReport[];
}

// The engine's predictions against every published figure it can be checked on:
// the user's reason to trust (or distrust) the numbers, shown by `aiplan accuracy` and the app.
import type { Catalog } from '../catalog/types';
import { estimateScenario } from '../engine/estimate';
import type { Comparison } from './comparison';
import {
  chinchillaComparisons,
  gpt3Comparisons,
  llama2Comparisons,
  mfuComparisons,
  zeroComparisons,
} from './comparisons/training';
import { h200Comparisons } from './comparisons/h200';
import { articleComparisons } from './comparisons/article';
import { evaluateComparisons, type AccuracyReport, type Estimator } from './evaluate';

export type { AccuracyReport, AccuracyRow } from './evaluate';
export type { AccuracySummary } from './summary';

export const allComparisons = (): Comparison[] => [
  ...gpt3Comparisons(),
  ...llama2Comparisons(),
  ...zeroComparisons(),
  ...h200Comparisons(),
  ...articleComparisons(),
  ...chinchillaComparisons(),
  ...mfuComparisons(),
];

export const accuracyReport = (catalog: Catalog, estimate: Estimator = estimateScenario): AccuracyReport =>
  evaluateComparisons(allComparisons(), catalog, estimate);

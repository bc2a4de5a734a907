// Print-resolution chart images, sized to where they are placed.
import type { ChartConfiguration } from 'chart.js';
import type { Estimate } from '../../../shared/engine/types';
import { renderChart } from '../render-chart';
import { contentWidth } from './layout';
import type { Pdf } from './document';

/** 225 dpi (3 pixels per point): sharp on paper, and four charts render in well under a second. */
export const PRINT_SCALE = 3;

export const renderForPage = (doc: Pdf, config: ChartConfiguration, heightPt: number): Buffer =>
  renderChart(config, contentWidth(doc), heightPt, PRINT_SCALE, 'jpeg');

/** Log scale when the values span more than two orders of magnitude. */
export const needsLogScale = (estimates: Estimate[], pick: (e: Estimate) => number): boolean => {
  const values = estimates.map(pick).filter((v) => v > 0);
  if (values.length < 2) return false;
  return Math.max(...values) / Math.min(...values) > 100;
};

export * from './types';
export * from './format';
export * from './units';
export { buildReportModel, selectScenarios, type ReportOptions } from './model';
export { headlineFigures, type HeadlineRanges } from './headline';
export * from './charts';
export * from './search-report';
export * from './uncertainty-labels';

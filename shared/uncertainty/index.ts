// Ranges instead of single numbers: seeded Monte Carlo and tornado sensitivity.
export { estimateRange, estimateUncertainty, type UncertaintyResult } from './estimate-range';
export { runMonteCarlo, type OutputRanges } from './monte-carlo';
export { tornado, type Tornado, type TornadoBar } from './tornado';
export { resolveRanges, type ResolvedRange } from './resolve-ranges';
export { defaultRanges, type DefaultRange } from './default-ranges';
export { rangeQuantile, checkRange } from './distributions';
export { createRng, type Rng } from './prng';
export { percentiles, type Percentiles } from './percentiles';
export { outputIds, type OutputId, type OutputValues } from './response';
export { baselineFromEstimate } from './baseline-from-estimate';
export type { UncertaintyBaseline } from './baseline';
export { rangeCoverage, type CoverageReport, type CoverageRow } from './coverage';

// Every public figure the estimator is checked against (published papers and model cards, and the
// source article), shipped with the app as typed records with their sources and assumptions.
export type * from './types';
export { gpt3Compute, FLOPS_PER_PFS_DAY } from './runs/gpt3';
export { llama2Runs, llama2Totals, LLAMA2_IMPLIED_INTENSITY_KG_PER_KWH } from './runs/llama2';
export { zeroFigure } from './runs/zero';
export { chinchillaTable, lossFits } from './runs/chinchilla';
export { mfuClaims } from './runs/mfu';
export { articleGpt35, type ArticleGpt35 } from './runs/article-gpt35';
export {
  h200Measurements,
  h200Device,
  H200_SOURCE,
  type H200Measurement,
  type H200Mode,
} from './runs/h200-measurements';

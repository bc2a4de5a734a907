// Public API of the architecture and training-plan search (issue 7).
export {
  searchSpecSchema,
  goalSchema,
  searchLimitsSchema,
  searchSpaceSchema,
  objectiveIds,
  lossFitIds,
  defaultRankBy,
} from './spec';
export type {
  SearchSpec,
  SearchSpecInput,
  SearchGoal,
  SearchLimits,
  SearchSpace,
  SearchSpaceInput,
  SearchLimitsInput,
  ObjectiveId,
} from './spec';
export { SearchRun, runSearch, parseSearchSpec } from './run-search';
export type { SearchResult, SearchProgress, SearchOptions } from './run-search';
export type { Candidate, CandidateResult, LimitUse } from './candidate';
export { describeCandidate } from './candidate';
export { candidateScenario } from './base-scenario';
export type { ChinchillaCheck } from './chinchilla-check';
export {
  campaignSchema,
  campaignStrategyIds,
  estimateCampaigns,
  successiveHalvingBudget,
  hyperbandBudget,
} from './campaign';
export type { CampaignSpec, CampaignEstimate, TrialResources, CampaignStrategyId } from './campaign';
export { ParetoFrontier } from './frontier';
export { TopK } from './top-k';

// The techniques registry: each a pure what-if over a scenario (see types.ts);
// runTechnique applies one and measures its savings with the engine.
import { adaptiveScaling } from './adaptive-scaling';
import { cloudMigration } from './cloud';
import { computeOptimal } from './compute-optimal';
import { dataReduction } from './data-reduction';
import { distillation } from './distillation';
import { edgeDeployment } from './edge-deployment';
import { greenComputing } from './green-computing';
import { petl } from './petl';
import { quantization } from './quantization';
import { sparseTraining } from './sparse-training';
import { transferLearning } from './transfer-learning';
import type { Technique } from './types';

/** In the source article's order. NAS is the search feature, not a what-if. */
export const techniques: readonly Technique[] = [
  quantization,
  distillation,
  sparseTraining,
  computeOptimal,
  transferLearning,
  petl,
  greenComputing,
  cloudMigration,
  adaptiveScaling,
  edgeDeployment,
  dataReduction,
];

export const findTechnique = (id: string): Technique | undefined => techniques.find((t) => t.id === id);

export {
  adaptiveScaling,
  cloudMigration,
  computeOptimal,
  dataReduction,
  distillation,
  edgeDeployment,
  greenComputing,
  petl,
  quantization,
  sparseTraining,
  transferLearning,
};
export { edgeFits, type EdgeFit } from './edge-deployment';
export { sparseTimeShare } from './sparse-training';
export { budgetForLoss, optimalPlanFor } from './compute-optimal';
export { servingView } from './serving-view';
export { teacherLabelling } from './teacher-labelling';
export {
  compareTechnique,
  saving,
  savingMetricIds,
  type Saving,
  type SavingMetricId,
  type Savings,
  type TechniqueComparison,
  type ExtraEstimate,
} from './compare';
export { runTechnique, parseTechniqueOptions, type TechniqueRun } from './run';
export type {
  Applicability,
  ExtraRun,
  Technique,
  TechniqueDetail,
  TechniqueOptionField,
  TechniqueResult,
} from './types';

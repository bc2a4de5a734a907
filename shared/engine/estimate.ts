// The engine's entry point: one scenario in, one fully derived estimate out.
import type { Catalog } from '../catalog/types';
import { scenarioSchema, type Scenario, type ScenarioInput } from '../schema/scenario';
import type { Estimate } from './types';
import { errors } from './errors';
import { estimateTraining } from './estimate-training';
import { estimateInference } from './estimate-inference';
import { estimateArticle } from './article-method';
import { findGpu } from '../catalog';

export const estimateScenario = (scenario: Scenario, catalog: Catalog): Estimate => {
  const gpu = findGpu(catalog, scenario.hardware.gpu);
  if (!gpu)
    throw errors.unknownGpu(
      scenario.hardware.gpu,
      catalog.gpus.map((g) => g.id),
    );
  if (scenario.method === 'article') return estimateArticle(scenario, catalog, gpu);
  return scenario.workload === 'inference'
    ? estimateInference(scenario, catalog, gpu)
    : estimateTraining(scenario, catalog, gpu);
};

/** Validate raw input (applying defaults) and estimate; zod errors name the field. */
export const estimateInput = (raw: ScenarioInput, catalog: Catalog): Estimate =>
  estimateScenario(scenarioSchema.parse(raw), catalog);

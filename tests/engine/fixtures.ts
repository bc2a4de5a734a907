// Shared test fixtures: the catalog, scenario builders and published architectures.
import { defaultCatalog } from '../../shared/catalog';
import { estimateScenario } from '../../shared/engine/estimate';
import { scenarioSchema, type ScenarioInput } from '../../shared/schema/scenario';

export const catalog = defaultCatalog;

export const scenario = (input: Partial<ScenarioInput> & { model: ScenarioInput['model'] }) =>
  scenarioSchema.parse({ id: 'test', name: 'Test', ...input });

export const estimate = (input: Partial<ScenarioInput> & { model: ScenarioInput['model'] }) =>
  estimateScenario(scenario(input), catalog);

/** Llama 2 architectures (Touvron et al. 2023; model cards). */
export const llama2 = {
  '7B': { layers: 32, hidden: 4096, heads: 32, ffn: 11008, gatedFfn: true, vocab: 32000 },
  '13B': { layers: 40, hidden: 5120, heads: 40, ffn: 13824, gatedFfn: true, vocab: 32000 },
  '70B': { layers: 80, hidden: 8192, heads: 64, kvHeads: 8, ffn: 28672, gatedFfn: true, vocab: 32000 },
} as const;

export const relativeError = (predicted: number, published: number) =>
  Math.abs(predicted - published) / Math.abs(published);

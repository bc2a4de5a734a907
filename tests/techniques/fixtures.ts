// Realistic scenarios for the technique tests: Llama 2 shapes (Touvron et al. 2023).
import { defaultCatalog } from '../../shared/catalog';
import { runTechnique, type Technique, type TechniqueRun } from '../../shared/engine/techniques';
import { scenarioSchema, type Scenario, type ScenarioInput } from '../../shared/schema/scenario';

export const catalog = defaultCatalog;

export const llama2 = {
  '7B': { layers: 32, hidden: 4096, heads: 32, ffn: 11008, gatedFfn: true, vocab: 32000 },
  '70B': { layers: 80, hidden: 8192, heads: 64, kvHeads: 8, ffn: 28672, gatedFfn: true, vocab: 32000 },
} as const;

export const scenario = (input: Partial<ScenarioInput> & { model: ScenarioInput['model'] }): Scenario =>
  scenarioSchema.parse({ id: 'test', name: 'Test', ...input });

export const serving70b = () =>
  scenario({ name: 'Llama 2 70B serving', workload: 'inference', model: { architecture: llama2['70B'] } });
export const serving7b = () =>
  scenario({ name: 'Llama 2 7B serving', workload: 'inference', model: { architecture: llama2['7B'] } });
export const pretraining7b = () =>
  scenario({
    name: 'Llama 2 7B pretraining',
    workload: 'pretraining',
    model: { architecture: llama2['7B'] },
    training: { tokens: 2e12, seqLength: 4096, globalBatch: 1024 },
    hardware: { gpu: 'a100-80gb' },
  });
export const gpt3 = () =>
  scenario({
    name: 'GPT-3 175B',
    workload: 'pretraining',
    model: { architecture: { layers: 96, hidden: 12288, heads: 96, vocab: 50257, tiedEmbeddings: true } },
    training: { tokens: 300e9, precision: 'mixed-fp16', tensorParallel: 8, pipelineParallel: 8 },
    hardware: { gpu: 'v100-32gb' },
  });
export const fullFineTune7b = () =>
  scenario({
    name: 'Llama 2 7B full fine-tuning',
    workload: 'fine-tuning',
    model: { architecture: llama2['7B'] },
    fineTuning: { method: 'full' },
    training: { tokens: 1e8, zeroStage: 3 },
  });

/** Run and insist it succeeded, so a test fails with the technique's own reason. */
export const run = (technique: Technique, s: Scenario, options: unknown = {}): Extract<TechniqueRun, { ok: true }> => {
  const r = runTechnique(technique, s, options, catalog);
  if (!r.ok) throw new Error(r.reason);
  return r;
};

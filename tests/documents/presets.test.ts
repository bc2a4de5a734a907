import { describe, expect, it } from 'vitest';
import type { Architecture } from '../../shared/schema/scenario';
import { projectDocumentSchema } from '../../shared/schema/document';
import { knownModels } from '../../shared/schema/known-models';
import { buildPresetDocument, findPreset, presets } from '../../shared/schema/presets';
import { architectureSchema } from '../../shared/schema/scenario';

// Weights of a decoder-only transformer from its architecture (norms and biases left out: < 0.1%).
const parameterCount = (a: Architecture): number => {
  const headDim = a.hidden / a.heads;
  const attention = 2 * a.hidden * a.hidden + 2 * a.hidden * (a.kvHeads ?? a.heads) * headDim;
  const ffn = (a.gatedFfn ? 3 : 2) * a.hidden * (a.ffn ?? 4 * a.hidden);
  return a.layers * (attention + ffn) + (a.tiedEmbeddings ? 1 : 2) * a.vocab * a.hidden;
};

// Published totals: Llama 2 paper/model card, Llama 3 model card (8.03B, 70.6B), GPT-3 Table D.1 (174.6B).
const publishedParameters: Record<string, number> = {
  'gpt-3-175b': 174.6e9,
  'llama-2-7b': 6.74e9,
  'llama-2-13b': 13.02e9,
  'llama-2-70b': 68.98e9,
  'llama-3-8b': 8.03e9,
  'llama-3-70b': 70.55e9,
};

describe('known models', () => {
  it.each(knownModels.map((m) => [m.id, m] as const))('%s has its published parameter count', (id, model) => {
    const architecture = architectureSchema.parse(model.model.architecture);
    expect(parameterCount(architecture) / publishedParameters[id]!).toBeCloseTo(1, 2);
  });
});

describe('presets', () => {
  it('cover the article, Llama 2/3, GPT-3 and "my own model"', () => {
    expect(presets.map((p) => p.id)).toEqual([
      'article-three-models',
      'gpt-3-175b',
      'llama-2-7b',
      'llama-2-13b',
      'llama-2-70b',
      'llama-3-8b',
      'llama-3-70b',
      'my-own-model',
    ]);
  });

  it.each(presets.map((p) => [p.id, p] as const))('%s builds a valid, dated document', (_id, preset) => {
    const document = buildPresetDocument(preset, '2025-03-01T10:00:00.000Z');
    expect(projectDocumentSchema.safeParse(document).success).toBe(true);
    expect(document.created).toBe('2025-03-01T10:00:00.000Z');
    expect(document.baselineId).toBe(document.scenarios[0]!.id);
    expect(preset.description.length).toBeGreaterThan(20);
  });

  it('the article preset is the article setup: V100 32GB, article method, Azure West Europe in euros', () => {
    const document = buildPresetDocument(findPreset('article-three-models')!, '2025-01-01T00:00:00.000Z');
    expect(document.currency).toBe('EUR');
    expect(document.scenarios.map((s) => [s.model.parameters, s.method, s.hardware.gpu, s.pricing.priceId])).toEqual([
      [175e9, 'article', 'v100-32gb', 'azure-nc-v100-westeurope'],
      [20e9, 'article', 'v100-32gb', 'azure-nc-v100-westeurope'],
      [7e9, 'article', 'v100-32gb', 'azure-nc-v100-westeurope'],
    ]);
  });

  it('GPT-3 is the published run: 96 layers, hidden 12,288, 96 heads, vocab 50,257, sequence 2,048, 300B tokens', () => {
    const [scenario] = buildPresetDocument(findPreset('gpt-3-175b')!, '2025-01-01T00:00:00.000Z').scenarios;
    expect(scenario!.model.architecture).toMatchObject({ layers: 96, hidden: 12288, heads: 96, vocab: 50257 });
    expect(scenario!.training).toMatchObject({ seqLength: 2048, tokens: 300e9 });
  });
});

// Every shipped example opens, validates, is saved in canonical form and estimates.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveCatalog } from '../../shared/catalog';
import { estimateScenario } from '../../shared/engine/estimate';
import { serializeDocument } from '../../shared/schema/serialize';
import { buildPresetDocument, findPreset } from '../../shared/schema/presets';
import { openDocumentFile } from '../../src-main/files/document-store';
import { exampleFiles, exampleText, examplesDir } from './helpers';

const required = [
  'article-three-models-article-method.aiplan',
  'article-three-models-standard-method.aiplan',
  'llama-2-as-trained.aiplan',
  'lora-vs-full-fine-tuning-7b.aiplan',
  'serving-70b-fp16-int8-int4.aiplan',
  'training-in-three-regions.aiplan',
  'chinchilla-compute-optimal.aiplan',
];

const open = async (name: string) => {
  const result = await openDocumentFile(join(examplesDir, name));
  if (!result.ok)
    throw new Error(`${name}: ${result.error.message}\n${result.error.problems.map((p) => p.message).join('\n')}`);
  return result;
};

describe('examples', () => {
  it('include every example the issue lists', () => {
    expect(exampleFiles()).toEqual(expect.arrayContaining(required));
  });

  it.each(exampleFiles())('%s opens, is canonical and explains itself', async (name) => {
    const { document, notices } = await open(name);
    expect(notices).toEqual([]);
    expect(serializeDocument(document)).toBe(exampleText(name));
    expect(document.title.length).toBeGreaterThan(10);
    expect(document.notes.length).toBeGreaterThan(100);
    expect(document.baselineId).toBe(document.scenarios[0]!.id);
    for (const scenario of document.scenarios) expect(scenario.description.length, scenario.id).toBeGreaterThan(20);
  });

  it.each(exampleFiles())('%s estimates every scenario', async (name) => {
    const { document } = await open(name);
    const catalog = resolveCatalog(document.catalogOverrides);
    for (const scenario of document.scenarios) {
      const estimate = estimateScenario(scenario, catalog);
      expect(estimate.scenarioId).toBe(scenario.id);
      expect(Number.isFinite(estimate.gpuHours) && estimate.gpuHours > 0, `${scenario.id} GPU-hours`).toBe(true);
      expect(Number.isFinite(estimate.cost.total) && estimate.cost.total > 0, `${scenario.id} cost`).toBe(true);
    }
  });

  it('show what each one is for', async () => {
    const byName = async (name: string) => (await open(name)).document;
    const article = await byName('article-three-models-article-method.aiplan');
    const standard = await byName('article-three-models-standard-method.aiplan');
    expect(article.scenarios.map((s) => s.method)).toEqual(['article', 'article', 'article']);
    expect(standard.scenarios.map((s) => [s.id, s.method, s.hardware.gpu])).toEqual(
      article.scenarios.map((s) => [s.id, 'standard', 'v100-32gb']),
    );
    const regions = await byName('training-in-three-regions.aiplan');
    expect(regions.scenarios.map((s) => s.energy.region)).toEqual(['france', 'germany', 'poland']);
    const serving = await byName('serving-70b-fp16-int8-int4.aiplan');
    expect(serving.scenarios.map((s) => [s.workload, s.inference.weightPrecision])).toEqual([
      ['inference', 'bf16'],
      ['inference', 'int8'],
      ['inference', 'int4'],
    ]);
    const fineTuning = await byName('lora-vs-full-fine-tuning-7b.aiplan');
    expect(fineTuning.scenarios.map((s) => [s.workload, s.fineTuning.method])).toEqual([
      ['fine-tuning', 'full'],
      ['fine-tuning', 'lora'],
      ['fine-tuning', 'qlora'],
    ]);
  });

  const estimates = async (name: string) => {
    const { document } = await open(name);
    const catalog = resolveCatalog(document.catalogOverrides);
    return Object.fromEntries(document.scenarios.map((s) => [s.id, estimateScenario(s, catalog)]));
  };

  it("the article example is the article preset and reproduces the article's table", async () => {
    const { document } = await open('article-three-models-article-method.aiplan');
    expect(document.scenarios).toEqual(
      buildPresetDocument(findPreset('article-three-models')!, document.created).scenarios,
    );
    const e = await estimates('article-three-models-article-method.aiplan');
    expect([e['gpt-3-5']!.gpuCount, e['gpt-3-5-turbo']!.gpuCount, e['llama-2-7b']!.gpuCount]).toEqual([164, 16, 6]);
    expect(e['gpt-3-5']!.wallClockHours / 24).toBeCloseTo(180.5, 1);
    expect(e['gpt-3-5-turbo']!.wallClockHours / 24).toBeCloseTo(20.6, 1);
    expect(e['llama-2-7b']!.wallClockHours / 24).toBeCloseTo(7.2, 1);
    expect(e['gpt-3-5']!.cost.total / 1e6).toBeCloseTo(2.41, 2);
  });

  it('the standard-method example shows the gap: every run takes longer than the article says', async () => {
    const article = await estimates('article-three-models-article-method.aiplan');
    const standard = await estimates('article-three-models-standard-method.aiplan');
    for (const id of ['gpt-3-5', 'gpt-3-5-turbo', 'llama-2-7b']) {
      expect(standard[id]!.gpuCount, id).toBe(article[id]!.gpuCount);
      expect(standard[id]!.wallClockHours, id).toBeGreaterThan(article[id]!.wallClockHours);
    }
  });

  it('the comparisons point the expected way', async () => {
    const regions = await estimates('training-in-three-regions.aiplan');
    expect(regions.france!.co2eKg).toBeLessThan(regions.germany!.co2eKg);
    expect(regions.germany!.co2eKg).toBeLessThan(regions.poland!.co2eKg);
    expect(regions.france!.energyKWh).toBeCloseTo(regions.poland!.energyKWh, 6);
    const serving = await estimates('serving-70b-fp16-int8-int4.aiplan');
    expect(serving.bf16!.gpuCount).toBeGreaterThan(serving.int8!.gpuCount);
    expect(serving.int8!.gpuCount).toBeGreaterThan(serving.int4!.gpuCount);
    const fineTuning = await estimates('lora-vs-full-fine-tuning-7b.aiplan');
    expect(fineTuning.lora!.memoryPerGpuBytes.total).toBeLessThan(fineTuning.full!.memoryPerGpuBytes.total);
    expect(fineTuning.qlora!.memoryPerGpuBytes.total).toBeLessThan(fineTuning.lora!.memoryPerGpuBytes.total);
    const chinchilla = await estimates('chinchilla-compute-optimal.aiplan');
    expect(chinchilla.chinchilla!.trainingFlops / chinchilla.gopher!.trainingFlops).toBeGreaterThan(0.8);
    expect(chinchilla.chinchilla!.trainingFlops / chinchilla.gopher!.trainingFlops).toBeLessThan(1.25);
  });
});

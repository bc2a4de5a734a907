// A project exercising every path of the reports: cloud and on-premises pricing,
// the article method, serving, embodied carbon, renewables, restarts, non-Latin names.
import { projectDocumentSchema, type ProjectDocument } from '../../shared/schema/document';
import { resolveCatalog } from '../../shared/catalog';
import { estimateScenario } from '../../shared/engine/estimate';
import type { Estimate } from '../../shared/engine/types';
import type { Scenario } from '../../shared/schema/scenario';

export const FIXED_NOW = new Date('2026-03-02T09:30:00Z');

export const reportDocument = (): ProjectDocument =>
  projectDocumentSchema.parse({
    format: 'aiplan',
    version: 1,
    title: 'Sprachmodell für Zürich — Budget 2026',
    organisation: 'Société d’Énergie Ελλάς',
    author: 'Zoë Ångström-Петрова',
    currency: 'EUR',
    baselineId: 'baseline',
    scenarios: [
      {
        id: 'baseline',
        name: 'Baseline 7B on A100',
        model: { parameters: 7e9 },
        training: { tokens: 2e12 },
        hardware: { gpu: 'a100-80gb', gpuCount: 256 },
        pricing: { currency: 'EUR', pricePerGpuHour: 2.5 },
        energy: { region: 'germany' },
      },
      {
        id: 'h100-zero3',
        name: 'H100 ZeRO-3 in France',
        model: { parameters: 7e9 },
        training: { tokens: 2e12, zeroStage: 3, restartOverhead: 0.05, recompute: 'selective', pipelineParallel: 2 },
        hardware: { gpu: 'h100-sxm', gpuCount: 128, mfu: 0.42 },
        pricing: { currency: 'EUR' },
        energy: { region: 'france', includeEmbodied: true, renewableShare: 0.3 },
        techniques: [{ id: 'zero3', label: 'ZeRO stage 3', detail: 'shards weights, gradients and optimizer states' }],
      },
      {
        id: 'on-prem',
        name: 'On-premises 1B',
        model: { parameters: 1e9 },
        training: { tokens: 2e11 },
        hardware: { gpu: 'h100-sxm' },
        pricing: { mode: 'on-prem', currency: 'EUR' },
        energy: { region: 'sweden' },
      },
      {
        id: 'article',
        name: 'GPT-3.5 (article method)',
        method: 'article',
        model: { parameters: 175e9 },
        training: { tokens: 3.7e11 },
        hardware: { gpu: 'v100-32gb', gpuCount: 164 },
        pricing: { currency: 'EUR' },
      },
      {
        id: 'serving',
        name: 'Serving 7B',
        workload: 'inference',
        model: { parameters: 7e9 },
        hardware: { gpu: 'h100-sxm' },
        pricing: { currency: 'EUR' },
      },
    ],
  });

export const engineEstimates = (doc: ProjectDocument, scenarios: Scenario[] = doc.scenarios): Estimate[] => {
  const catalog = resolveCatalog(doc.catalogOverrides);
  return scenarios.map((s) => estimateScenario(s, catalog));
};

/** The same project with two saved searches: one that runs (small enough to check by hand) and one with a bad goal. */
export const searchDocument = (space: Record<string, unknown>): ProjectDocument =>
  projectDocumentSchema.parse({
    ...reportDocument(),
    searches: [
      {
        id: 'plan-1b',
        name: 'Cheapest 1B plan',
        spec: {
          goal: { kind: 'parameters', parameters: 1e9, tolerance: 3 },
          space,
          frontier: ['loss', 'cost', 'time', 'co2'],
          topK: 10,
        },
      },
      { id: 'broken', name: 'Broken search', spec: { goal: { kind: 'nope' } } },
    ],
  });

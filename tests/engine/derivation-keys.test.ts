// Consumers (the Excel live model, reports, tests) find figures by stable ids, so within one
// estimate a step id appears once and an input key once per step, and every id is a declared one.
import { describe, expect, it } from 'vitest';
import { estimateInput } from '../../shared/engine/estimate';
import { inputKeys, stepIds } from '../../shared/engine/step-ids';
import { defaultCatalog } from '../../shared/catalog';
import type { ScenarioInput } from '../../shared/schema/scenario';

const scenarios: ScenarioInput[] = [
  { id: 'a', name: 'pretraining', model: { parameters: 7e9 } },
  { id: 'b', name: 'lora', workload: 'fine-tuning', model: { parameters: 7e9 } },
  { id: 'c', name: 'serving', workload: 'inference', model: { parameters: 70e9 } },
  { id: 'd', name: 'article', method: 'article', model: { parameters: 175e9 }, hardware: { gpu: 'v100-32gb' } },
  {
    id: 'e',
    name: 'on-prem with embodied',
    model: { architecture: { layers: 32, hidden: 4096, heads: 32, experts: 8, expertsTopK: 2 } },
    energy: { includeEmbodied: true },
    pricing: { mode: 'on-prem' },
  },
];

describe('derivation keys', () => {
  for (const raw of scenarios) {
    it(`${raw.name}: step ids are unique and declared, input keys unique per step`, () => {
      const e = estimateInput(raw, defaultCatalog);
      const ids = e.steps.map((s) => s.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const step of e.steps) {
        expect(stepIds).toContain(step.id);
        const keys = step.inputs.map((i) => i.key);
        expect(new Set(keys).size, `${step.id}: ${keys.join(', ')}`).toBe(keys.length);
        for (const k of keys) expect(inputKeys).toContain(k);
      }
    });
  }
});

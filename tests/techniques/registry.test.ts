// Contract of every technique: form fields match the options schema, defaults parse,
// the history entry is appended, and inapplicable cases give a reason.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { findTechnique, runTechnique, techniques } from '../../shared/engine/techniques';
import { catalog, fullFineTune7b, gpt3, pretraining7b, serving7b } from './fixtures';

const all = [serving7b(), pretraining7b(), fullFineTune7b(), gpt3()];

describe('technique registry', () => {
  it("covers the source article's techniques (NAS is the search feature)", () => {
    expect(techniques.map((t) => t.id)).toEqual([
      'quantization',
      'distillation',
      'sparse-training',
      'compute-optimal',
      'transfer-learning',
      'petl',
      'green-computing',
      'cloud',
      'adaptive-scaling',
      'edge-deployment',
      'data-reduction',
    ]);
    expect(findTechnique('petl')?.label).toMatch(/LoRA/);
    expect(findTechnique('nas')).toBeUndefined();
  });

  for (const t of techniques) {
    describe(t.id, () => {
      it("has form fields that are options with the schema's defaults", () => {
        const defaults = t.options.parse({}) as Record<string, unknown>;
        const shape = (t.options as unknown as z.ZodObject).shape;
        for (const f of t.fields(catalog)) {
          expect(Object.keys(shape)).toContain(f.id);
          if (f.optional) expect(defaults[f.id]).toBeUndefined();
          else expect(defaults[f.id]).toEqual(f.default);
          // A form sends the field's default back: it must parse.
          expect(t.options.safeParse({ [f.id]: f.default }).success).toBe(true);
        }
        expect(t.description.length).toBeGreaterThan(20);
        expect(t.source).toMatch(/Source article/);
      });

      it('applies with defaults wherever applicable, appending itself to the history; otherwise gives a reason', () => {
        for (const s of all) {
          const applicable = t.applicable(s, catalog);
          const r = runTechnique(t, s, {}, catalog);
          if (!applicable.ok) {
            expect(applicable.reason.length).toBeGreaterThan(20);
            expect(r.ok).toBe(false);
            continue;
          }
          if (!r.ok) throw new Error(`${t.id} on ${s.name}: ${r.reason}`);
          expect(r.result.scenario.techniques.at(-1)).toEqual({
            id: t.id,
            label: expect.any(String),
            detail: r.result.summary,
          });
          expect(r.result.scenario.techniques).toHaveLength(s.techniques.length + 1);
          expect(r.result.assumptions.length).toBeGreaterThan(0);
          // The input is never mutated.
          expect(s.techniques).toHaveLength(0);
        }
      });
    });
  }
});

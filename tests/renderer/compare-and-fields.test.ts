import { describe, expect, it } from 'vitest';
import { compareRows, sortRows } from '../../src-renderer/results/compare';
import { findStep } from '../../src-renderer/results/metrics';
import { sections } from '../../src-renderer/editor/fields';
import { fieldText, parseFieldText, withField } from '../../src-renderer/editor/field-value';
import { commandForKey } from '../../src-renderer/lib/shortcuts';
import { scenarioSchema } from '../../shared/schema/scenario';
import { estimateFor, scenario } from './fake-bridge';

const field = (path: string) => sections.flatMap((s) => s.fields).find((f) => f.path === path)!;

describe('compare rows', () => {
  const a = estimateFor(scenario('a', 7e9)),
    b = estimateFor(scenario('b', 14e9));
  const rows = compareRows(
    [
      { id: 'a', name: 'Small' },
      { id: 'b', name: 'Big' },
      { id: 'c', name: 'Broken' },
    ],
    (id) => ({ a, b })[id as 'a' | 'b'],
    (id) => (id === 'c' ? 'unknown GPU' : undefined),
    'a',
  );

  it('gives deltas against the baseline, absolute and relative', () => {
    expect(rows[0]!.baseline).toBe(true);
    expect(rows[0]!.cells.gpus).toEqual({ value: 7, deltaAbs: 0, deltaPct: 0 });
    expect(rows[1]!.cells.gpus).toEqual({ value: 14, deltaAbs: 7, deltaPct: 1 });
    expect(rows[2]!.error).toBe('unknown GPU');
  });

  it('sorts by a figure either way, rows without figures last', () => {
    expect(sortRows(rows, 'gpus', true).map((r) => r.id)).toEqual(['b', 'a', 'c']);
    expect(sortRows(rows, 'gpus', false).map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(sortRows(rows, 'name', false).map((r) => r.name)).toEqual(['Big', 'Broken', 'Small']);
  });

  it('finds the derivation step by id, else by value', () => {
    const e = {
      ...a,
      steps: [
        { id: 'gpu-hours' as const, label: 'GPU count', formula: 'ceil(m / c)', inputs: [], value: 7, unit: 'GPUs' },
      ],
    };
    expect(findStep(e, { stepIds: ['gpu-count'], value: (x) => x.gpuCount })?.id).toBe('gpu-hours');
    expect(findStep(e, { stepIds: ['gpu-count'], value: () => 8 })).toBeUndefined();
  });
});

describe('editor fields', () => {
  it('every required field has a default in the scenario schema (else it is marked optional)', () => {
    const s = scenarioSchema.parse({ id: 'a', name: 'A', model: { parameters: 1e9 } });
    for (const f of sections.flatMap((x) => x.fields)) {
      if (f.optional || f.path.startsWith('model.architecture')) continue;
      expect(
        f.path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], s),
        f.path,
      ).not.toBeUndefined();
    }
  });

  it('shows fractions as percent and reads them back', () => {
    const headroom = field('hardware.memoryHeadroom');
    expect(fieldText(headroom, 0.1)).toBe('10');
    expect(parseFieldText(headroom, '15%')).toEqual({ ok: true, value: 0.15 });
    expect(fieldText(field('model.parameters'), 7e9)).toBe('7B');
    expect(parseFieldText(field('model.parameters'), '')).toEqual({ ok: true, value: undefined });
    expect(parseFieldText(field('energy.pue'), '')).toMatchObject({
      ok: false,
      message: expect.stringContaining('PUE is empty'),
    });
  });

  it('seeds an architecture when the first architecture field is set', () => {
    const s = scenarioSchema.parse({ id: 'a', name: 'A', model: { parameters: 1e9 } });
    const next = withField(s, 'model.architecture.layers', 40);
    expect(next.model.architecture).toMatchObject({ layers: 40, hidden: 4096, heads: 32 });
    expect(scenarioSchema.safeParse(next).success).toBe(true);
  });
});

describe('shortcuts', () => {
  const key = (
    k: string,
    extra: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {},
  ) => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...extra });
  it('matches the menu on each platform', () => {
    expect(commandForKey(key('z', { ctrlKey: true }), false)).toBe('edit:undo');
    expect(commandForKey(key('Z', { ctrlKey: true, shiftKey: true }), false)).toBe('edit:redo');
    expect(commandForKey(key('y', { ctrlKey: true }), false)).toBe('edit:redo');
    expect(commandForKey(key('s', { metaKey: true }), true)).toBe('file:save');
    expect(commandForKey(key('s', { ctrlKey: true }), true)).toBeNull();
    expect(commandForKey(key('3', { ctrlKey: true }), false)).toBe('view:go-compare');
    expect(commandForKey(key('z'), false)).toBeNull();
  });
});

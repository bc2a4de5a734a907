import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { useDocumentStore } from '../../src-renderer/stores/document';
import { projectDocument, scenario } from './fake-bridge';

const open = () => {
  const store = useDocumentStore();
  let now = 0;
  store.useClock(() => now);
  store.load({ path: '/tmp/a.aiplan', document: projectDocument(scenario('a'), scenario('b', 70e9)), notices: [] });
  return {
    store,
    tick: (ms: number) => {
      now += ms;
    },
  };
};

describe('document store', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('loads clean and marks edits dirty', () => {
    const { store } = open();
    expect(store.dirty).toBe(false);
    expect(store.setField('a', 'model.parameters', 13e9)).toEqual({ ok: true });
    expect(store.scenario('a')?.model.parameters).toBe(13e9);
    expect(store.dirty).toBe(true);
  });

  it('refuses invalid values with the schema message and leaves the document unchanged', () => {
    const { store } = open();
    const result = store.setField('a', 'energy.pue', 0.5);
    expect(result).toEqual({ ok: false, path: 'energy.pue', message: 'PUE must be at least 1' });
    expect(store.scenario('a')?.energy.pue).toBe(1.2);
    expect(store.canUndo).toBe(false);
  });

  it('undoes and redoes every kind of edit', () => {
    const { store, tick } = open();
    store.setField('a', 'hardware.gpu', 'a100-80gb');
    tick(5000);
    store.addScenario(scenario('a'));
    tick(5000);
    store.removeScenario('b');
    expect(store.scenarios.map((s) => s.id)).toEqual(['a', 'a-2']);
    expect(store.undoLabel).toBe('Delete Scenario b');
    store.undo();
    expect(store.scenarios.map((s) => s.id)).toEqual(['a', 'b', 'a-2']);
    store.undo();
    expect(store.scenarios.map((s) => s.id)).toEqual(['a', 'b']);
    store.undo();
    expect(store.scenario('a')?.hardware.gpu).toBe('h100-sxm');
    expect(store.canUndo).toBe(false);
    store.redo();
    expect(store.scenario('a')?.hardware.gpu).toBe('a100-80gb');
    store.redo();
    store.redo();
    expect(store.scenarios.map((s) => s.id)).toEqual(['a', 'a-2']);
    expect(store.canRedo).toBe(false);
  });

  it('merges a typing burst on one field into one undo step, but not edits far apart', () => {
    const { store, tick } = open();
    store.setField('a', 'model.parameters', 1e9);
    tick(200);
    store.setField('a', 'model.parameters', 17e9);
    tick(200);
    store.setField('a', 'model.parameters', 175e9);
    tick(5000);
    store.setField('a', 'model.parameters', 180e9);
    store.undo();
    expect(store.scenario('a')?.model.parameters).toBe(175e9);
    store.undo();
    expect(store.scenario('a')?.model.parameters).toBe(7e9);
  });

  it('clears an optional field back to its default', () => {
    const { store } = open();
    store.setField('a', 'training.tokens', 1e12);
    store.setField('a', 'training.tokens', undefined);
    expect(store.scenario('a')?.training).not.toHaveProperty('tokens');
  });

  it('keeps at least one scenario and repairs baseline and comparisons on delete', () => {
    const { store } = open();
    store.setBaseline('b');
    expect(store.baselineId).toBe('b');
    store.removeScenario('b');
    expect(store.baselineId).toBe('a');
    expect(store.removeScenario('a')).toMatchObject({
      ok: false,
      message: expect.stringContaining('at least one scenario'),
    });
  });

  it('applies the project currency to every scenario, refusing a bad code', () => {
    const { store } = open();
    expect(store.setCurrency('eur')).toMatchObject({ ok: false, path: 'currency' });
    store.setCurrency('EUR', 0.92);
    expect(store.document?.currency).toBe('EUR');
    expect(store.scenarios.every((s) => s.pricing.currency === 'EUR' && s.pricing.exchangeRatePerUsd === 0.92)).toBe(
      true,
    );
    store.undo();
    expect(store.scenarios.every((s) => s.pricing.currency === 'USD')).toBe(true);
  });

  it('forgets history on load and marks saved', () => {
    const { store } = open();
    store.setField('a', 'name', 'Renamed');
    store.markSaved('/tmp/b.aiplan');
    expect(store.dirty).toBe(false);
    expect(store.path).toBe('/tmp/b.aiplan');
    store.load({ path: null, document: projectDocument(scenario('x')), notices: ['migrated'] });
    expect(store.canUndo).toBe(false);
    expect(store.notices).toEqual(['migrated']);
  });
});

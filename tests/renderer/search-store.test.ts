// Search store: runs through the bridge with progress, cancels, drops stale answers,
// applies a plan as an undoable scenario, and saves setups in the document.
import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { setBridge, type Bridge } from '../../src-renderer/api/bridge';
import { useSearchStore } from '../../src-renderer/search/search-store';
import { formToSpec } from '../../src-renderer/search/form-to-spec';
import { useDocumentStore } from '../../src-renderer/stores/document';
import { useUiStore } from '../../src-renderer/stores/ui';
import { runSearch, type SearchResult, type SearchSpecInput } from '../../shared/search';
import { defaultCatalog } from '../../shared/catalog';
import type { Events, RequestOf } from '../../shared/ipc/contract';
import { projectDocument, scenario } from './fake-bridge';

const smallSpec: SearchSpecInput = {
  goal: { kind: 'parameters', parameters: 1e9, tolerance: 0.5 },
  space: {
    layers: [12, 16, 24],
    hidden: [1024, 2048],
    heads: [16],
    queryHeadsPerKvHead: [1],
    gpus: ['h100-sxm'],
    regions: ['us', 'france'],
    precision: ['mixed-bf16'],
    zeroStage: [1],
    recompute: ['none'],
    microBatch: [1],
    tensorParallel: [1],
    pipelineParallel: [1],
    gpuCount: [8, 16],
  },
  topK: 5,
};
const realResult = runSearch(smallSpec, defaultCatalog, { scatterSize: 50 });

type Pending = { taskId: string; resolve: (r: SearchResult) => void; reject: (e: Error) => void };

/** A bridge whose 'search:run' answers when the test says, and whose events the test emits. */
const controllableBridge = () => {
  const pending: Pending[] = [];
  const cancelled: string[] = [];
  const listeners = new Set<(p: Events['progress']) => void>();
  const bridge: Bridge = {
    invoke: (async (channel: string, payload: unknown) => {
      if (channel === 'search:run') {
        const { taskId } = payload as RequestOf<'search:run'>;
        return new Promise<SearchResult>((resolve, reject) => pending.push({ taskId, resolve, reject }));
      }
      if (channel === 'search:cancel') {
        cancelled.push((payload as { taskId: string }).taskId);
        return { cancelled: true };
      }
      throw new Error(`unexpected channel ${channel}`);
    }) as Bridge['invoke'],
    on: ((event: string, listener: (p: Events['progress']) => void) => {
      if (event !== 'progress') return () => undefined;
      listeners.add(listener);
      return () => listeners.delete(listener);
    }) as Bridge['on'],
  };
  const emit = (p: Events['progress']) => {
    for (const l of listeners) l(p);
  };
  return { bridge, pending, cancelled, emit, listeners };
};

const openProject = () => {
  const doc = useDocumentStore();
  doc.load({ path: null, document: projectDocument(scenario('a', 1e9)), notices: [] });
  return doc;
};
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('search store', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('runs a search, follows its own progress events only, and keeps the result', async () => {
    const fake = controllableBridge();
    setBridge(fake.bridge);
    const store = useSearchStore();
    const done = store.run(smallSpec);
    expect(store.status).toBe('running');
    const { taskId } = fake.pending[0]!;
    fake.emit({ taskId, label: 'Searching plans: 5 of 24', fraction: 0.2 });
    fake.emit({ taskId: 'someone-else', label: 'Exporting', fraction: 0.9 });
    expect(store.progress).toEqual({ fraction: 0.2, label: 'Searching plans: 5 of 24' });
    fake.pending[0]!.resolve(realResult);
    await done;
    expect(store.status).toBe('done');
    expect(store.result?.top.length).toBe(realResult.top.length);
    expect(store.resultSpec).toEqual(smallSpec);
    expect(fake.listeners.size).toBe(0);
  });

  it('cancels by task id and shows the partial result as cancelled', async () => {
    const fake = controllableBridge();
    setBridge(fake.bridge);
    const store = useSearchStore();
    const done = store.run(smallSpec);
    await store.cancel();
    expect(fake.cancelled).toEqual([fake.pending[0]!.taskId]);
    fake.pending[0]!.resolve({ ...realResult, cancelled: true });
    await done;
    expect(store.status).toBe('cancelled');
    await store.cancel();
    expect(fake.cancelled).toHaveLength(1); // nothing running any more
  });

  it('drops the answer of a run that a newer run replaced, and cancels the old one', async () => {
    const fake = controllableBridge();
    setBridge(fake.bridge);
    const store = useSearchStore();
    const first = store.run(smallSpec);
    const second = store.run({ ...smallSpec, topK: 2 });
    expect(fake.cancelled).toEqual([fake.pending[0]!.taskId]);
    expect(fake.pending[1]!.taskId).not.toBe(fake.pending[0]!.taskId);
    fake.emit({ taskId: fake.pending[0]!.taskId, label: 'old', fraction: 0.99 });
    expect(store.progress.label).not.toBe('old');
    fake.pending[1]!.resolve({ ...realResult, top: realResult.top.slice(0, 2) });
    await second;
    fake.pending[0]!.resolve({ ...realResult, cancelled: true });
    await first;
    expect(store.status).toBe('done');
    expect(store.result?.top).toHaveLength(2);
    expect(store.resultSpec?.topK).toBe(2);
  });

  it('shows a failed run in plain language, unless a newer run replaced it', async () => {
    const fake = controllableBridge();
    setBridge(fake.bridge);
    const store = useSearchStore();
    const failed = store.run(smallSpec);
    fake.pending[0]!.reject(
      new Error("Error invoking remote method 'search:run': Error: base.pricing.currency: no exchange rate for XYZ"),
    );
    await failed;
    expect(store.status).toBe('error');
    expect(store.error).toBe('Could not run the search: base.pricing.currency: no exchange rate for XYZ');
    const stale = store.run(smallSpec);
    const fresh = store.run(smallSpec);
    fake.pending[1]!.reject(new Error('worker stopped'));
    await stale;
    expect(store.status).toBe('running');
    expect(store.error).toBeNull();
    fake.pending[2]!.resolve(realResult);
    await fresh;
    expect(store.status).toBe('done');
  });

  it('applies a plan as a new scenario (undoable) and switches to it', async () => {
    const fake = controllableBridge();
    setBridge(fake.bridge);
    const doc = openProject();
    const ui = useUiStore();
    const store = useSearchStore();
    store.startFrom(doc.scenarios[0]!, { parameters: 1e9 });
    const check = formToSpec(store.form!);
    expect(check.ok).toBe(true);
    const spec = check.ok ? { ...check.spec, base: { ...check.spec.base, energy: { pue: 1.4 } } } : smallSpec;
    const done = store.run(spec);
    fake.pending[0]!.resolve(realResult);
    await done;
    const plan = realResult.top[0]!;
    const id = store.apply(plan);
    expect(id).toBe('search-plan');
    const added = doc.scenario(id!)!;
    expect(added.model.architecture?.layers).toBe(plan.architecture.layers);
    expect(added.hardware).toMatchObject({ gpu: plan.gpu, gpuCount: plan.gpuCount });
    expect(added.energy.pue).toBe(1.4); // from the search's base
    expect(added.training.tokens).toBe(plan.tokens);
    expect(ui.selectedId).toBe(id);
    expect(ui.view).toBe('editor');
    expect(doc.undoLabel).toBe('Apply search plan');
    expect(store.apply(plan)).toBe('search-plan-2'); // applying again adds another, never overwrites
    doc.undo();
    doc.undo();
    expect(doc.scenarios.map((s) => s.id)).toEqual(['a']);
    await flush();
  });

  it('saves, replaces, loads and deletes setups in the document, each undoable', () => {
    setBridge(controllableBridge().bridge);
    const doc = openProject();
    const store = useSearchStore();
    store.startFrom(doc.scenarios[0]!, { parameters: 1e9 });
    expect(store.save('  ', smallSpec)).toEqual({
      ok: false,
      message: 'Setup name is empty: type a name for this search setup',
    });
    expect(store.save('Small 1B', smallSpec)).toEqual({ ok: true, id: 'small-1b' });
    expect(doc.document?.searches).toEqual([
      { id: 'small-1b', name: 'Small 1B', spec: JSON.parse(JSON.stringify(smallSpec)) },
    ]);
    expect(store.save('Small 1B', { ...smallSpec, topK: 3 })).toEqual({ ok: true, id: 'small-1b' });
    expect(doc.document?.searches).toHaveLength(1);
    expect(doc.undoLabel).toBe('Update search "Small 1B"');
    expect(store.load('small-1b')).toBe(true);
    expect(store.form?.topK).toBe('3');
    expect(store.form?.numbers.layers).toBe('12, 16, 24');
    expect(store.form?.choices.regions).toEqual(['us', 'france']);
    expect(store.load('missing')).toBe(false);
    expect(store.remove('small-1b')).toBe(true);
    expect(doc.document?.searches).toEqual([]);
    doc.undo();
    expect(doc.document?.searches.map((s) => s.id)).toEqual(['small-1b']);
  });
});

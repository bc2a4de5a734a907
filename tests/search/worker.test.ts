// The search worker thread: progress, result, cancellation, errors. Runs the
// TypeScript worker through tsx's loader (the app runs the bundled worker).
import { describe, expect, it } from 'vitest';
import { Worker } from 'node:worker_threads';
import { createSearchClient, type SpawnSearchWorker } from '../../src-main/search/search-client';
import { createSearchHandlers } from '../../src-main/search/handler';
import { smallSpec } from './small-space';
import { runSearch } from '../../shared/search/run-search';
import { defaultCatalog } from '../../shared/catalog';

const workerFile = new URL('../../src-main/search/worker.ts', import.meta.url);
// Registers tsx's ESM loader inside the thread, then loads the TypeScript worker.
const spawnTs: SpawnSearchWorker = (workerData) =>
  new Worker(
    `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(workerFile.href)}); })`,
    { eval: true, workerData },
  );
const client = () => createSearchClient(spawnTs);

describe('search worker', () => {
  it('runs a search off the main thread with progress, same result as in-process', async () => {
    const events: { taskId: string; fraction: number }[] = [];
    const handlers = createSearchHandlers(client(), (taskId, _label, fraction) => events.push({ taskId, fraction }));
    const result = await handlers.run({ taskId: 't1', spec: smallSpec() });
    expect(JSON.stringify(result)).toBe(JSON.stringify(runSearch(smallSpec(), defaultCatalog)));
    expect(events.length).toBeGreaterThan(0);
    expect(events.at(-1)).toEqual({ taskId: 't1', fraction: 1 });
  });

  it('cancels a running search: resolves with a partial result marked cancelled', async () => {
    const c = client();
    const handlers = createSearchHandlers(c, () => {});
    let cancelled: Promise<{ cancelled: boolean }> | undefined;
    const c2 = createSearchHandlers(
      {
        ...c,
        run: (id, req, onProgress) =>
          c.run(id, req, (p) => {
            onProgress(p);
            cancelled ??= handlers.cancel({ taskId: id });
          }),
      },
      () => {},
    );
    const result = await c2.run({ taskId: 'big', spec: { goal: { kind: 'compute', flops: 1e23 } } });
    expect(await cancelled).toEqual({ cancelled: true });
    expect(result.cancelled).toBe(true);
    expect(result.evaluated).toBeLessThan(result.planned);
    expect(await handlers.cancel({ taskId: 'big' })).toEqual({ cancelled: false });
  });

  it('rejects with the spec problem, naming the field', async () => {
    await expect(client().run('bad', { spec: { goal: { kind: 'compute', flops: 'lots' } } }, () => {})).rejects.toThrow(
      /goal\.flops/,
    );
  });
});

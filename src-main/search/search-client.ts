// Main-process side of search: one worker thread per run (the search is CPU-bound
// and stateless), progress callbacks, and cancellation by task id.
import { Worker } from 'node:worker_threads';
import type { SearchProgress, SearchResult } from '../../shared/search/run-search';
import type { SearchRequest } from './search-task';
import type { FromSearchWorker, SearchWorkerData } from './worker-protocol';

export type SpawnSearchWorker = (data: SearchWorkerData) => Worker;

export interface SearchClient {
  run(taskId: string, request: SearchRequest, onProgress: (p: SearchProgress) => void): Promise<SearchResult>;
  /** Asks a running search to stop; it resolves with its partial result, marked cancelled. */
  cancel(taskId: string): boolean;
  running(): string[];
  /** Ends every running search at once (on quit): their promises reject. */
  stopAll(): void;
}

/** Searches are CPU-bound: more at once than a laptop has cores only slows each down (and a renderer could start many). */
export const MAX_CONCURRENT_SEARCHES = 2;

/** Spawns `workerFile` (the bundled src-main/search/worker.ts) with extra Worker options (tests add a TypeScript loader). */
export const spawnSearchWorker =
  (workerFile: string | URL, execArgv?: string[]): SpawnSearchWorker =>
  (data) =>
    new Worker(workerFile, { workerData: data, ...(execArgv ? { execArgv } : {}) });

export const createSearchClient = (spawn: SpawnSearchWorker, maxConcurrent = MAX_CONCURRENT_SEARCHES): SearchClient => {
  const flags = new Map<string, Int32Array>();
  const workers = new Map<string, Worker>();
  return {
    run: (taskId, request, onProgress) =>
      new Promise<SearchResult>((resolve, reject) => {
        if (flags.has(taskId)) return reject(new Error(`a search with task id "${taskId}" is already running`));
        if (flags.size >= maxConcurrent)
          return reject(new Error(`${flags.size} searches are already running; wait for one to finish or cancel it`));
        const cancelFlag = new SharedArrayBuffer(4);
        flags.set(taskId, new Int32Array(cancelFlag));
        const worker = spawn({ request, cancelFlag });
        workers.set(taskId, worker);
        let settled = false;
        const finish = (fn: () => void) => {
          if (settled) return;
          settled = true;
          flags.delete(taskId);
          workers.delete(taskId);
          fn();
          void worker.terminate();
        };
        worker.on('message', (msg: FromSearchWorker) => {
          if (msg.type === 'progress') onProgress(msg.progress);
          else if (msg.type === 'done') finish(() => resolve(msg.result));
          else finish(() => reject(new Error(msg.message)));
        });
        worker.on('error', (err) => finish(() => reject(new Error(`the search worker failed: ${err.message}`))));
        worker.on('exit', (code) =>
          finish(() => reject(new Error(`the search worker stopped unexpectedly (exit code ${code})`))),
        );
      }),
    cancel: (taskId) => {
      const flag = flags.get(taskId);
      if (!flag) return false;
      Atomics.store(flag, 0, 1);
      return true;
    },
    running: () => [...flags.keys()],
    stopAll: () => {
      for (const worker of workers.values()) void worker.terminate();
    },
  };
};

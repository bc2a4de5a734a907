// Entry point of a search worker thread: runs one search from workerData, posts
// progress and the result, and stops early when the shared cancel flag is set.
import { parentPort, workerData } from 'node:worker_threads';
import { runSearchTask } from './search-task';
import type { FromSearchWorker, SearchWorkerData } from './worker-protocol';

if (!parentPort) throw new Error('src-main/search/worker.ts must run as a worker thread');
const port = parentPort;
const data = workerData as SearchWorkerData;
const cancel = new Int32Array(data.cancelFlag);
const post = (message: FromSearchWorker) => port.postMessage(message);

try {
  const result = runSearchTask(data.request, {
    onProgress: (progress) => post({ type: 'progress', progress }),
    isCancelled: () => Atomics.load(cancel, 0) === 1,
  });
  post({ type: 'done', result });
} catch (err) {
  post({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
}

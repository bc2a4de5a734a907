// Runs tasks in a worker thread so exports, search and Monte Carlo never block
// the main process (and with it the window's menus and IPC). One worker, many tasks.
import { IpcFailure } from '../ipc/errors';
import type { TaskBackend } from './task-runner';
import type { FromWorker, ToWorker } from './worker-protocol';

/** The slice of `worker_threads.Worker` used here. */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  on(event: 'message', listener: (message: FromWorker) => void): unknown;
  on(event: 'error', listener: (err: Error) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  terminate(): Promise<number>;
}

interface Pending {
  resolve(result: unknown): void;
  reject(err: Error): void;
  onProgress(fraction: number): void;
}

export const createWorkerBackend = (spawn: () => WorkerLike): TaskBackend => {
  let worker: WorkerLike | null = null;
  const pending = new Map<string, Pending>();

  const failAll = (message: string) => {
    for (const p of pending.values()) p.reject(new IpcFailure('internal', message));
    pending.clear();
    worker = null;
  };

  const ensureWorker = (): WorkerLike => {
    if (worker) return worker;
    const w = spawn();
    w.on('message', (msg: FromWorker) => {
      const p = pending.get(msg.taskId);
      if (!p) return;
      if (msg.type === 'progress') return p.onProgress(msg.fraction);
      pending.delete(msg.taskId);
      if (msg.type === 'done') p.resolve(msg.result);
      else p.reject(new IpcFailure(msg.error.code, msg.error.message, msg.error.issues));
    });
    w.on('error', (err: Error) => {
      if (worker === w) failAll(`the background worker failed: ${err.message}`);
    });
    w.on('exit', (code: number) => {
      if (worker === w) failAll(`the background worker stopped unexpectedly (exit code ${code})`);
    });
    worker = w;
    return w;
  };

  return {
    start: (taskId, kind, input, onProgress) =>
      new Promise((resolve, reject) => {
        pending.set(taskId, { resolve: resolve as (r: unknown) => void, reject, onProgress });
        ensureWorker().postMessage({ type: 'run', taskId, kind, input });
      }),
    cancel: (taskId) => {
      if (!pending.has(taskId) || !worker) return false;
      worker.postMessage({ type: 'cancel', taskId });
      return true;
    },
    dispose: async () => {
      const w = worker;
      worker = null;
      for (const p of pending.values()) p.reject(new IpcFailure('cancelled', 'the app is closing'));
      pending.clear();
      if (w) await w.terminate();
    },
  };
};

// The task runner of the app: one worker thread (dist/main/worker.js) for long work.
import { Worker } from 'node:worker_threads';
import { createTaskRunner, type EmitProgress } from './task-runner';
import { createWorkerBackend, type WorkerLike } from './worker-backend';

export const setupTasks = (workerFile: string, emitProgress: EmitProgress) =>
  createTaskRunner(
    createWorkerBackend(() => new Worker(workerFile) as unknown as WorkerLike),
    emitProgress,
  );

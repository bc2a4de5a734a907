// Runs tasks in the calling thread: for tests and the browser harness, where
// there is no window to keep responsive. Same cancel semantics as the worker.
import { IpcFailure } from '../ipc/errors';
import type { TaskBackend } from './task-runner';
import type { TaskFunctions } from './task-types';

export const cancelledError = () => new IpcFailure('cancelled', 'the task was cancelled');

export const createInlineBackend = (tasks: TaskFunctions): TaskBackend => {
  const running = new Map<string, AbortController>();
  return {
    start: async (taskId, kind, input, onProgress) => {
      const controller = new AbortController();
      running.set(taskId, controller);
      try {
        const result = await tasks[kind](input, { onProgress, signal: controller.signal });
        if (controller.signal.aborted) throw cancelledError();
        return result;
      } catch (err) {
        throw controller.signal.aborted ? cancelledError() : err;
      } finally {
        running.delete(taskId);
      }
    },
    cancel: (taskId) => {
      const controller = running.get(taskId);
      controller?.abort();
      return !!controller;
    },
    dispose: async () => running.forEach((c) => c.abort()),
  };
};

// The worker side: runs each requested task with its own AbortController and
// reports progress, the result or a plain-language error back to main.
import type { TaskContext, TaskFunctions } from './task-types';
import type { FromWorker, ToWorker } from './worker-protocol';
import { toIpcError } from '../ipc/errors';
import { cancelledError } from './inline-backend';

export interface PortLike {
  postMessage(message: FromWorker): void;
  on(event: 'message', listener: (message: ToWorker) => void): unknown;
}

export const serveTasks = (port: PortLike, tasks: TaskFunctions): void => {
  const running = new Map<string, AbortController>();
  port.on('message', async (msg: ToWorker) => {
    if (msg.type === 'cancel') return running.get(msg.taskId)?.abort();
    const controller = new AbortController();
    running.set(msg.taskId, controller);
    const run = tasks[msg.kind] as ((input: unknown, ctx: TaskContext) => Promise<unknown>) | undefined;
    try {
      if (typeof run !== 'function') throw new Error(`unknown task kind "${String(msg.kind)}"`);
      const result = await run(msg.input, {
        signal: controller.signal,
        onProgress: (fraction: number) => port.postMessage({ type: 'progress', taskId: msg.taskId, fraction }),
      });
      if (controller.signal.aborted) throw cancelledError();
      port.postMessage({ type: 'done', taskId: msg.taskId, result });
    } catch (err) {
      port.postMessage({
        type: 'failed',
        taskId: msg.taskId,
        error: toIpcError(controller.signal.aborted ? cancelledError() : err),
      });
    } finally {
      running.delete(msg.taskId);
    }
  });
};

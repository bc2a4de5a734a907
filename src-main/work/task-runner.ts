// Runs long tasks through a backend (a worker thread in the app, in-process in
// tests), numbering them and turning their progress into `progress` events.
import type { Events } from '../../shared/ipc/contract';
import type { TaskKind, TaskKinds, TaskRunner } from './task-types';

export interface TaskBackend {
  start<K extends TaskKind>(
    taskId: string,
    kind: K,
    input: TaskKinds[K]['input'],
    onProgress: (fraction: number) => void,
  ): Promise<TaskKinds[K]['result']>;
  cancel(taskId: string): boolean;
  dispose(): Promise<void>;
}

export type EmitProgress = (payload: Events['progress']) => void;

const clampFraction = (f: number) => (Number.isFinite(f) ? Math.min(1, Math.max(0, f)) : 0);

export const createTaskRunner = (backend: TaskBackend, emitProgress: EmitProgress): TaskRunner => {
  let next = 0;
  return {
    run: async (kind, input, label) => {
      const taskId = `task-${++next}`;
      emitProgress({ taskId, label, fraction: 0 });
      const result = await backend.start(taskId, kind, input, (fraction) =>
        emitProgress({ taskId, label, fraction: clampFraction(fraction) }),
      );
      emitProgress({ taskId, label, fraction: 1 });
      return result;
    },
    cancel: (taskId) => backend.cancel(taskId),
    dispose: () => backend.dispose(),
  };
};

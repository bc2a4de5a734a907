// Messages between the main thread and the task worker.
import type { IpcError } from '../../shared/ipc/contract';
import type { TaskKind } from './task-types';

export type ToWorker =
  { type: 'run'; taskId: string; kind: TaskKind; input: unknown } | { type: 'cancel'; taskId: string };

export type FromWorker =
  | { type: 'progress'; taskId: string; fraction: number }
  | { type: 'done'; taskId: string; result: unknown }
  | { type: 'failed'; taskId: string; error: IpcError };

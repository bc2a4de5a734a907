// Long work (exports, search, Monte Carlo) runs off the window's thread; these
// are the kinds of task and their inputs and results.
import type { ProjectDocument } from '../../shared/schema/document';

export interface ExportTaskInput {
  document: ProjectDocument;
  scenarioIds: string[];
  paper: 'a4' | 'letter';
  outPath: string;
}

export interface TaskKinds {
  'export:pdf': { input: ExportTaskInput; result: { path: string; bytes: number } };
  'export:xlsx': { input: ExportTaskInput; result: { path: string; bytes: number } };
}

export type TaskKind = keyof TaskKinds;

export interface TaskContext {
  onProgress(fraction: number): void;
  signal: AbortSignal;
}

export type TaskFunctions = {
  [K in TaskKind]: (input: TaskKinds[K]['input'], ctx: TaskContext) => Promise<TaskKinds[K]['result']>;
};

export interface TaskRunner {
  /** Runs a task, emitting `progress` events labelled `label`; rejects with code 'cancelled' when cancelled. */
  run<K extends TaskKind>(kind: K, input: TaskKinds[K]['input'], label: string): Promise<TaskKinds[K]['result']>;
  cancel(taskId: string): boolean;
  dispose(): Promise<void>;
}

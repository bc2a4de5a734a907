// The REAL main-process handler table with test doubles only where a person would act:
// dialogs answer from a queue (paths in a temp folder); the window effects are recorded.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Events, OpenedDocument } from '../../shared/ipc/contract';
import { createHandlerTable, type HandlerDeps } from '../../src-main/ipc/handlers';
import { createDocumentFiles } from '../../src-main/documents/document-files';
import { createDocumentSession } from '../../src-main/documents/document-session';
import { createPresets } from '../../src-main/documents/presets';
import { createRecentFiles } from '../../src-main/documents/recent-files';
import { createTaskRunner } from '../../src-main/work/task-runner';
import { createInlineBackend } from '../../src-main/work/inline-backend';
import type { TaskFunctions } from '../../src-main/work/task-types';
import { createSearchClient } from '../../src-main/search/search-client';
import { createSearchHandlers } from '../../src-main/search/handler';
import { spawnTsWorker } from '../shell/ts-worker';
import { repoRoot } from './build-renderer';

/** What the fake dialogs answer next; null = the user cancels. Unset = a default path in the temp folder. */
export interface DialogAnswers {
  open: (string | null)[];
  save: (string | null)[];
  export: (string | null)[];
}

/** The exporters are written separately; if they cannot load, exporting fails with the reason. */
const loadTaskFunctions = async (): Promise<{ tasks: TaskFunctions; missing: string | null }> => {
  try {
    const { taskFunctions } = await import('../../src-main/work/tasks');
    return { tasks: taskFunctions, missing: null };
  } catch (error) {
    const reason = `the exporters could not be loaded: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
    const fail = async (): Promise<never> => {
      throw new Error(reason);
    };
    return { tasks: { 'export:pdf': fail, 'export:xlsx': fail }, missing: reason };
  }
};

export const createHarnessTable = async (emit: <E extends keyof Events>(event: E, payload: Events[E]) => void) => {
  const dir = await mkdtemp(join(tmpdir(), 'aiplan-e2e-'));
  const answers: DialogAnswers = { open: [], save: [], export: [] };
  const take = (queue: (string | null)[], fallback: string) => (queue.length ? queue.shift()! : fallback);
  const clock = { now: () => new Date() };
  const states: { path: string | null; title: string; dirty: boolean }[] = [];
  const session = createDocumentSession({
    showState: (state) => states.push(state),
    sendOpened: (opened: OpenedDocument) => emit('document:opened', opened),
    closeWindow: () => undefined,
  });
  const { tasks, missing } = await loadTaskFunctions();
  const deps: HandlerDeps = {
    app: { name: 'AI Efficiency Planner', version: '0.0.0-e2e', platform: process.platform, instanceId: 'e2e' },
    paths: { userData: dir, examplesDir: join(repoRoot, 'examples') },
    dialogs: {
      chooseDocumentToOpen: async () => take(answers.open, join(dir, 'plan.aiplan')),
      chooseDocumentSavePath: async (name) => take(answers.save, join(dir, name)),
      chooseExportPath: async (_kind, name) => take(answers.export, join(dir, name)),
    },
    files: createDocumentFiles({ generator: 'AI Efficiency Planner e2e', clock }),
    presets: createPresets(clock),
    recent: createRecentFiles(dir),
    tasks: createTaskRunner(createInlineBackend(tasks), (progress) => emit('progress', progress)),
    // The search worker is TypeScript here: loaded through tsx, as the shell's handler tests do.
    search: createSearchHandlers(
      createSearchClient((workerData) =>
        spawnTsWorker(new URL('../../src-main/search/worker.ts', import.meta.url), { workerData }),
      ),
      (taskId, label, fraction) => emit('progress', { taskId, label, fraction }),
    ),
    session,
    openExternal: async () => undefined,
    clock,
  };
  return { table: createHandlerTable(deps), dir, answers, states, exportersMissing: missing };
};

// Real handler dependencies rooted in a temp folder, with scripted dialogs: for the
// handler tests and the browser harness (which binds `window.api` to this table).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocumentState, Events, OpenedDocument } from '../../shared/ipc/contract';
import { createDocumentFiles } from '../../src-main/documents/document-files';
import { createDocumentSession } from '../../src-main/documents/document-session';
import { createPresets } from '../../src-main/documents/presets';
import { createRecentFiles } from '../../src-main/documents/recent-files';
import type { HandlerDeps } from '../../src-main/ipc/handler-deps';
import { createSearchClient } from '../../src-main/search/search-client';
import { createSearchHandlers } from '../../src-main/search/handler';
import { createInlineBackend } from '../../src-main/work/inline-backend';
import { createTaskRunner } from '../../src-main/work/task-runner';
import type { TaskFunctions } from '../../src-main/work/task-types';
import { spawnTsWorker } from './ts-worker';

export interface TestDepsOptions {
  /** Answers the open/save/export dialogs give, in order; null = the user cancels. Empty = cancel. */
  openAnswers?: (string | null)[];
  saveAnswers?: (string | null)[];
  exportAnswers?: (string | null)[];
  tasks?: TaskFunctions;
  now?: Date;
  examplesDir?: string;
}

export interface TestDepsRecord {
  dialogs: string[];
  states: DocumentState[];
  opened: OpenedDocument[];
  progress: Events['progress'][];
  externalUrls: string[];
  closed: number;
}

// The real exports, loaded when first used (the exporters are heavy).
const realTasks: TaskFunctions = {
  'export:pdf': async (input, ctx) =>
    (await import('../../src-main/work/tasks')).taskFunctions['export:pdf'](input, ctx),
  'export:xlsx': async (input, ctx) =>
    (await import('../../src-main/work/tasks')).taskFunctions['export:xlsx'](input, ctx),
};

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export const createTestHandlerDeps = (dir: string, options: TestDepsOptions = {}) => {
  const record: TestDepsRecord = { dialogs: [], states: [], opened: [], progress: [], externalUrls: [], closed: 0 };
  const clock = { now: () => options.now ?? new Date('2026-01-02T03:04:05.000Z') };
  const answer = (queue: (string | null)[] | undefined, what: string) => {
    record.dialogs.push(what);
    return Promise.resolve(queue?.shift() ?? null);
  };
  const session = createDocumentSession({
    showState: (state) => record.states.push(state),
    sendOpened: (opened) => record.opened.push(opened),
    closeWindow: () => {
      record.closed++;
    },
  });
  const deps: HandlerDeps = {
    app: { name: 'AI Efficiency Planner', version: '0.0.0-test', platform: 'linux', instanceId: 'test-instance' },
    paths: {
      userData: path.join(dir, 'user-data'),
      examplesDir: options.examplesDir ?? path.join(repoRoot, 'examples'),
    },
    dialogs: {
      chooseDocumentToOpen: () => answer(options.openAnswers, 'open'),
      chooseDocumentSavePath: (name) => answer(options.saveAnswers, `save:${name}`),
      chooseExportPath: (kind, name) => answer(options.exportAnswers, `export-${kind}:${name}`),
    },
    files: createDocumentFiles({ generator: 'AI Efficiency Planner test', clock }),
    presets: createPresets(clock),
    recent: createRecentFiles(path.join(dir, 'user-data')),
    tasks: createTaskRunner(createInlineBackend(options.tasks ?? realTasks), (p) => record.progress.push(p)),
    // The search worker is TypeScript here: load it through tsx.
    search: createSearchHandlers(
      createSearchClient((workerData) =>
        spawnTsWorker(new URL('../../src-main/search/worker.ts', import.meta.url), { workerData }),
      ),
      (taskId, label, fraction) => record.progress.push({ taskId, label, fraction }),
    ),
    session,
    openExternal: async (url) => {
      record.externalUrls.push(url);
    },
    clock,
  };
  return { deps, record, session };
};

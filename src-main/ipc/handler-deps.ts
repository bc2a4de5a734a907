// Everything the handler table needs from the outside world, injectable so that
// tests and the browser harness pass fakes (dialogs) or temp folders (paths).
import type { DocumentState, OpenedDocument } from '../../shared/ipc/contract';
import type { ProjectDocument } from '../../shared/schema/document';
import type { createSearchHandlers } from '../search/handler';
import type { TaskRunner } from '../work/task-types';

export interface Dialogs {
  /** Asks for an `.aiplan` file to open; null when the user cancels. */
  chooseDocumentToOpen(): Promise<string | null>;
  /** Asks where to save an `.aiplan` file; null when the user cancels. */
  chooseDocumentSavePath(suggestedName: string): Promise<string | null>;
  /** Asks where to write an export; null when the user cancels. */
  chooseExportPath(kind: 'pdf' | 'xlsx', suggestedName: string): Promise<string | null>;
}

/** Reading and writing `.aiplan` files (validation, migration, .bak, atomic save). */
export interface DocumentFiles {
  open(path: string): Promise<OpenedDocument>;
  save(path: string, document: ProjectDocument): Promise<void>;
}

export interface Presets {
  list(): { id: string; label: string; description: string }[];
  /** A new document from a preset, or a blank project when `id` is omitted. Throws for an unknown id. */
  create(id?: string): ProjectDocument;
}

export interface RecentFiles {
  list(): Promise<string[]>;
  add(path: string): Promise<void>;
  remove(path: string): Promise<void>;
  clear(): Promise<void>;
}

/** The window-side document state: title bar, edited dot, close guard, queued opens. */
export interface DocumentSessionPort {
  setState(state: DocumentState): void;
  takePending(): OpenedDocument | null;
  saveSucceeded(path: string): void;
  saveCancelled(): void;
}

/** Architecture and training-plan search (src-main/search): its own worker per run. */
export type SearchHandlers = ReturnType<typeof createSearchHandlers>;

export interface HandlerDeps {
  /** `instanceId` names this session's autosave of an untitled document. */
  app: { name: string; version: string; platform: string; instanceId: string };
  /** `userData` holds recent files, window state and the `recovery/` autosave folder. */
  paths: { userData: string; examplesDir: string };
  dialogs: Dialogs;
  files: DocumentFiles;
  presets: Presets;
  recent: RecentFiles;
  tasks: TaskRunner;
  search: SearchHandlers;
  session: DocumentSessionPort;
  openExternal(url: string): Promise<void>;
  clock: { now(): Date };
}

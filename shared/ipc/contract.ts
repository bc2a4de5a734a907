// One typed channel map for main and preload: request payload and result per
// channel. Handlers validate payloads with the shared zod schemas; results
// travel as an envelope `{ result } | { error }` and the preload rethrows errors.
import type { Catalog } from '../catalog/types';
import type { Estimate } from '../engine/types';
import type { ProjectDocument, ProjectDocumentInput } from '../schema/document';
import type { ScenarioInput } from '../schema/scenario';
import type { SearchResult } from '../search/run-search';
import type { SearchSpecInput } from '../search/spec';
import type { UncertaintyResult } from '../uncertainty/estimate-range';

export interface OpenedDocument {
  /** Absolute path, or null for an unsaved (new or example) document. */
  path: string | null;
  document: ProjectDocument;
  /** Plain-language notes about the open: migrated from an older version, recovered from autosave … */
  notices: string[];
  /** Restored from an autosave after a crash: the renderer treats it as having unsaved changes. */
  recovered?: boolean;
}

export interface ExportRequest {
  document: ProjectDocumentInput;
  /** Scenario ids to include; empty = all. */
  scenarioIds: string[];
  paper: 'a4' | 'letter';
  /** No target path: main always asks with a save dialog, so a renderer cannot name a file to overwrite. */
}

export interface AppInfo {
  name: string;
  version: string;
  catalogDate: string;
  platform: string;
  offline: true;
}

export interface Channels {
  'app:info': { request: void; result: AppInfo };
  'catalog:get': { request: { overrides?: ProjectDocumentInput['catalogOverrides'] }; result: Catalog };
  'engine:estimate': {
    request: { scenarios: ScenarioInput[]; overrides?: ProjectDocumentInput['catalogOverrides'] };
    result: Estimate[];
  };
  /** Ranges (issue 8): P10/P50/P90 of the headline outputs, tornado bars, the ranges used with their basis, what is held fixed. */
  'engine:uncertainty': {
    request: { scenario: ScenarioInput; overrides?: ProjectDocumentInput['catalogOverrides'] };
    result: UncertaintyResult;
  };
  'presets:list': { request: void; result: { id: string; label: string; description: string }[] };
  'document:new': { request: { preset?: string }; result: OpenedDocument };
  'document:open': { request: { path?: string }; result: OpenedDocument | null };
  'document:save': {
    request: { path: string | null; document: ProjectDocumentInput; saveAs?: boolean };
    result: { path: string } | null;
  };
  'document:recent': { request: void; result: string[] };
  'examples:list': { request: void; result: { id: string; title: string; description: string }[] };
  'examples:open': { request: { id: string }; result: OpenedDocument };
  'export:pdf': { request: ExportRequest; result: { path: string; bytes: number } | null };
  'export:xlsx': { request: ExportRequest; result: { path: string; bytes: number } | null };
  // Shell: the renderer reports document state (title bar, edited dot, close guard) and autosaves.
  'document:state': { request: DocumentState; result: void };
  'document:autosave': { request: { path: string | null; document: ProjectDocumentInput }; result: void };
  /** A document main opened before the renderer was listening (command line, OS, crash recovery); null if none. */
  'document:pending': { request: void; result: OpenedDocument | null };
  'document:clear-recent': { request: void; result: void };
  /** Opens an http(s) link the user clicked in the system browser; anything else is refused. */
  'shell:open-external': { request: { url: string }; result: void };
  /** Cancels a long task (export, search, Monte Carlo) by the id its progress events carry. */
  'task:cancel': { request: { taskId: string }; result: { cancelled: boolean } };
  /** Architecture and training-plan search (issue 7): runs in a worker; progress events carry `taskId`. */
  'search:run': {
    request: {
      taskId: string;
      spec: SearchSpecInput;
      overrides?: ProjectDocumentInput['catalogOverrides'];
      scatterSize?: number;
    };
    result: SearchResult;
  };
  /** Stops a running search; its 'search:run' call resolves with the partial result, marked cancelled. */
  'search:cancel': { request: { taskId: string }; result: { cancelled: boolean } };
}

export interface DocumentState {
  path: string | null;
  title: string;
  dirty: boolean;
}

export type ChannelName = keyof Channels;
export type RequestOf<C extends ChannelName> = Channels[C]['request'];
export type ResultOf<C extends ChannelName> = Channels[C]['result'];

export interface IpcError {
  /** Stable machine code: 'invalid-payload', 'invalid-document', 'file-not-found', 'newer-version', 'cancelled', 'internal' … */
  code: string;
  message: string;
  /** For validation errors: each problem with its JSON path. */
  issues?: { path: string; message: string }[];
}

export type Envelope<T> = { ok: true; result: T } | { ok: false; error: IpcError };

/** Events main → renderer (menu commands, progress). */
export interface Events {
  /** `path` is set for 'file:open-recent'. */
  'menu:command': { command: MenuCommand; path?: string };
  progress: { taskId: string; label: string; fraction: number };
  'document:opened': OpenedDocument;
}

/** What a native menu item asks the renderer to do. */
export const menuCommands = [
  'file:new',
  'file:open',
  'file:open-recent',
  'file:save',
  'file:save-as',
  'file:export-pdf',
  'file:export-xlsx',
  'file:close',
  'edit:undo',
  'edit:redo',
  'view:theme-light',
  'view:theme-dark',
  'view:theme-system',
  'help:about',
  'help:methodology',
  'help:examples',
] as const;
export type MenuCommand = (typeof menuCommands)[number];

export type EventName = keyof Events;

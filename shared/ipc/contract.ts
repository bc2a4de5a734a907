// One typed channel map for main and preload: request payload and result per
// channel. Handlers validate payloads with the shared zod schemas; results
// travel as an envelope `{ result } | { error }` and the preload rethrows errors.
import type { Catalog } from '../catalog/types';
import type { Estimate } from '../engine/types';
import type { ProjectDocument, ProjectDocumentInput } from '../schema/document';
import type { ScenarioInput } from '../schema/scenario';

export interface OpenedDocument {
  /** Absolute path, or null for an unsaved (new or example) document. */
  path: string | null;
  document: ProjectDocument;
  /** Plain-language notes about the open: migrated from an older version, recovered from autosave … */
  notices: string[];
}

export interface ExportRequest {
  document: ProjectDocumentInput;
  /** Scenario ids to include; empty = all. */
  scenarioIds: string[];
  paper: 'a4' | 'letter';
  /** Target path; omitted = ask with a save dialog. */
  path?: string;
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
  'engine:estimate': { request: { scenarios: ScenarioInput[]; overrides?: ProjectDocumentInput['catalogOverrides'] }; result: Estimate[] };
  'presets:list': { request: void; result: { id: string; label: string; description: string }[] };
  'document:new': { request: { preset?: string }; result: OpenedDocument };
  'document:open': { request: { path?: string }; result: OpenedDocument | null };
  'document:save': { request: { path: string | null; document: ProjectDocumentInput; saveAs?: boolean }; result: { path: string } | null };
  'document:recent': { request: void; result: string[] };
  'examples:list': { request: void; result: { id: string; title: string; description: string }[] };
  'examples:open': { request: { id: string }; result: OpenedDocument };
  'export:pdf': { request: ExportRequest; result: { path: string; bytes: number } | null };
  'export:xlsx': { request: ExportRequest; result: { path: string; bytes: number } | null };
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
  'menu:command': { command: string };
  'progress': { taskId: string; label: string; fraction: number };
  'document:opened': OpenedDocument;
}

// The handler table's view of `.aiplan` files, over the document store
// (validation, migration, .bak, atomic save); store errors become IpcFailures with per-field issues.
import { openDocumentFile, saveDocumentFile, type StoreError } from '../files/document-store';
import { IpcFailure } from '../ipc/errors';
import type { DocumentFiles } from '../ipc/handler-deps';

const failure = (error: StoreError) =>
  new IpcFailure(
    error.code,
    error.message,
    error.problems.map((p) => ({ path: p.path, message: p.message })),
  );

export const createDocumentFiles = (options: { generator: string; clock: { now(): Date } }): DocumentFiles => ({
  open: async (path) => {
    const result = await openDocumentFile(path);
    if (!result.ok) throw failure(result.error);
    return { path, document: result.document, notices: result.notices };
  },
  save: async (path, document) => {
    const result = await saveDocumentFile(path, document, { now: options.clock.now(), generator: options.generator });
    if (!result.ok) throw failure(result.error);
  },
});

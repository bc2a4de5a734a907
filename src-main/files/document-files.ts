// The main process's `DocumentFiles` port on top of the document store: failures become
// IpcFailure with every problem as an issue, so the renderer can list them.
import type { OpenedDocument } from '../../shared/ipc/contract';
import type { ProjectDocument } from '../../shared/schema/document';
import { IpcFailure } from '../ipc/errors';
import type { DocumentFiles } from '../ipc/handler-deps';
import { openDocumentFile, saveDocumentFile, type SaveOptions, type StoreError } from './document-store';

const failure = (error: StoreError) =>
  new IpcFailure(
    error.code === 'invalid-document' ? 'invalid-document' : error.code,
    error.message,
    error.problems.map((p) => ({ path: p.path, message: p.message })),
  );

export const createDocumentFiles = (options: () => SaveOptions = () => ({})): DocumentFiles => ({
  open: async (path: string): Promise<OpenedDocument> => {
    const result = await openDocumentFile(path);
    if (!result.ok) throw failure(result.error);
    return { path, document: result.document, notices: result.notices };
  },
  save: async (path: string, document: ProjectDocument): Promise<void> => {
    const result = await saveDocumentFile(path, document, options());
    if (!result.ok) throw failure(result.error);
  },
});

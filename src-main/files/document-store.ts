// Opening and saving `.aiplan` files: size-limited reads, validation with every problem
// listed, atomic writes, a `.bak` of an older-format original before it is replaced.
import { copyFile, readFile } from 'node:fs/promises';
import {
  DOCUMENT_FORMAT,
  DOCUMENT_VERSION,
  MAX_DOCUMENT_BYTES,
  type ProjectDocument,
} from '../../shared/schema/document';
import { loadDocument, validateDocument, type DocumentError, type LoadResult } from '../../shared/schema/load-document';
import { serializeDocument } from '../../shared/schema/serialize';
import { writeFileAtomic } from './atomic-write';
import { readDocumentText, type FileErrorCode } from './read-document-bytes';
import { clearAutosave } from './recovery';

export type StoreError = Omit<DocumentError, 'code'> & { code: DocumentError['code'] | FileErrorCode };
export type OpenResult = LoadResult | { ok: false; error: StoreError };
export type SaveResult =
  { ok: true; document: ProjectDocument; bytes: number; backupPath: string | null } | { ok: false; error: StoreError };

const fileError = (code: StoreError['code'], message: string): { ok: false; error: StoreError } => ({
  ok: false,
  error: {
    code,
    message,
    problems: [{ path: '(whole document)', expected: 'a readable project file', found: message, message }],
  },
});

export const openDocumentFile = async (path: string): Promise<OpenResult> => {
  const read = await readDocumentText(path);
  return read.ok ? loadDocument(read.text) : fileError(read.code, read.message);
};

/** The format version of the file currently at `path`, or null when it is missing or not a project. */
const existingVersion = async (path: string): Promise<number | null> => {
  try {
    const text = await readFile(path, 'utf8');
    if (text.length > MAX_DOCUMENT_BYTES) return null;
    const value = JSON.parse(text) as { format?: unknown; version?: unknown };
    const ours = value.format === DOCUMENT_FORMAT || (value.format === undefined && value.version === 0);
    return ours && typeof value.version === 'number' ? value.version : null;
  } catch {
    return null;
  }
};

export interface SaveOptions {
  now?: Date;
  /** Written into the file, e.g. "AI Efficiency Planner 0.1.0". */
  generator?: string;
  /** Autosave to remove after the clean save. */
  recovery?: { appDataDir: string; key: string };
  /** Overwrite a file written by a newer version (only after the user confirmed). */
  replaceNewer?: boolean;
}

export const saveDocumentFile = async (
  path: string,
  input: unknown,
  options: SaveOptions = {},
): Promise<SaveResult> => {
  const valid = validateDocument(input);
  if (!valid.ok) return valid;
  const now = (options.now ?? new Date()).toISOString();
  const document: ProjectDocument = {
    ...valid.document,
    modified: now,
    created: valid.document.created || now,
    ...(options.generator ? { generator: options.generator } : {}),
  };
  const onDisk = await existingVersion(path);
  if (onDisk !== null && onDisk > DOCUMENT_VERSION && !options.replaceNewer) {
    return fileError(
      'newer-version',
      `${path} was made by a newer version (file format ${onDisk}); this app writes format ${DOCUMENT_VERSION}. It was not replaced.`,
    );
  }
  // Keep the original of an older-format file: the user may still need it in the older app.
  const backupPath = onDisk !== null && onDisk < DOCUMENT_VERSION ? `${path}.bak` : null;
  if (backupPath) await copyFile(path, backupPath);
  const text = serializeDocument(document);
  await writeFileAtomic(path, text);
  if (options.recovery) await clearAutosave(options.recovery.appDataDir, options.recovery.key);
  return { ok: true, document, bytes: Buffer.byteLength(text), backupPath };
};

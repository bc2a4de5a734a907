// Autosave/recovery copies live in the app's data folder, never next to the user's file
// (which may be on a shared drive, or under version control). A clean save removes them.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ProjectDocument } from '../../shared/schema/document';
import { validateDocument, type LoadResult } from '../../shared/schema/load-document';
import { canonicalize } from '../../shared/schema/serialize';
import { projectDocumentSchema } from '../../shared/schema/document';
import { writeFileAtomic } from './atomic-write';

const RECOVERY_FORMAT = 'aiplan-recovery';
const EXTENSION = '.aiplan-recovery';

export interface RecoveryEntry {
  file: string;
  /** The user's file this is a copy of; null for a never-saved document. */
  originalPath: string | null;
  savedAt: string;
}

export const recoveryFolder = (appDataDir: string) => join(appDataDir, 'recovery');

/** Saved documents are keyed by their path; unsaved ones by a session-chosen id. */
export const recoveryKey = (documentPath: string | null, untitledId = 'untitled'): string =>
  documentPath === null
    ? `untitled-${untitledId.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 64)}`
    : createHash('sha256').update(documentPath).digest('hex').slice(0, 24);

const recoveryPath = (appDataDir: string, key: string) => join(recoveryFolder(appDataDir), `${key}${EXTENSION}`);

export const writeAutosave = async (
  appDataDir: string,
  key: string,
  document: ProjectDocument,
  originalPath: string | null,
  now = new Date(),
): Promise<string> => {
  await mkdir(recoveryFolder(appDataDir), { recursive: true });
  const record = {
    format: RECOVERY_FORMAT,
    savedAt: now.toISOString(),
    originalPath,
    document: canonicalize(document, projectDocumentSchema),
  };
  const path = recoveryPath(appDataDir, key);
  await writeFileAtomic(path, `${JSON.stringify(record, null, 2)}\n`);
  return path;
};

export const clearAutosave = async (appDataDir: string, key: string): Promise<void> => {
  await rm(recoveryPath(appDataDir, key), { force: true });
};

const readRecord = async (
  file: string,
): Promise<{ savedAt: string; originalPath: string | null; document: unknown } | null> => {
  try {
    const record = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    if (record.format !== RECOVERY_FORMAT || typeof record.savedAt !== 'string') return null;
    return {
      savedAt: record.savedAt,
      originalPath: typeof record.originalPath === 'string' ? record.originalPath : null,
      document: record.document,
    };
  } catch {
    return null; // a damaged autosave is skipped, not fatal
  }
};

/** Autosaves left behind by a crash, newest first. */
export const listRecoverable = async (appDataDir: string): Promise<RecoveryEntry[]> => {
  const names = await readdir(recoveryFolder(appDataDir)).catch(() => [] as string[]);
  const entries: RecoveryEntry[] = [];
  for (const name of names.filter((n) => n.endsWith(EXTENSION))) {
    const file = join(recoveryFolder(appDataDir), name);
    const record = await readRecord(file);
    if (record) entries.push({ file, originalPath: record.originalPath, savedAt: record.savedAt });
  }
  return entries.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
};

/** Opens an autosave like a file, with a notice saying where it came from. */
export const readRecovery = async (file: string): Promise<LoadResult> => {
  const record = await readRecord(file);
  if (!record)
    return {
      ok: false,
      error: {
        code: 'not-a-document',
        message: 'The recovery file is damaged and cannot be opened.',
        problems: [
          {
            path: '(whole document)',
            expected: 'a recovery file',
            found: 'unreadable data',
            message: 'The recovery file is damaged and cannot be opened.',
          },
        ],
      },
    };
  const result = validateDocument(record.document);
  if (!result.ok) return result;
  const from = record.originalPath ?? 'an unsaved project';
  return {
    ...result,
    notices: [
      ...result.notices,
      `Recovered from the autosave of ${from} made at ${record.savedAt}; save it to keep it.`,
    ],
  };
};

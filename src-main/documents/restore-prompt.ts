// After a crash: offers to restore the autosaved work the last session left behind.
import { rm } from 'node:fs/promises';
import type { OpenedDocument } from '../../shared/ipc/contract';
import { listRecoverable, readRecovery, type RecoveryEntry } from '../files/recovery';

export const restoreQuestion = (entries: RecoveryEntry[]) => ({
  type: 'question' as const,
  buttons: ['Restore', 'Discard'],
  defaultId: 0,
  cancelId: 1,
  noLink: true,
  message: entries.length === 1 ? 'The app did not close properly. Restore your unsaved work?' : `The app did not close properly. Restore ${entries.length} unsaved projects?`,
  detail: entries.map((e) => `${e.originalPath ?? 'Untitled project'} — autosaved ${e.savedAt}`).join('\n'),
});

/**
 * Asks once when autosaves exist; on Restore, each readable one is handed to `deliver`.
 * The autosave files are removed either way: a restored document is dirty again and gets autosaved anew.
 */
export const offerRestore = async (userData: string, ask: (q: ReturnType<typeof restoreQuestion>) => Promise<number>, deliver: (opened: OpenedDocument) => void): Promise<number> => {
  const entries = await listRecoverable(userData);
  if (!entries.length) return 0;
  const restore = (await ask(restoreQuestion(entries))) === 0;
  let restored = 0;
  for (const entry of entries) {
    if (restore) {
      const result = await readRecovery(entry.file);
      if (result.ok) {
        deliver({ path: entry.originalPath, document: result.document, notices: result.notices, recovered: true });
        restored++;
      }
    }
    await rm(entry.file, { force: true });
  }
  return restored;
};

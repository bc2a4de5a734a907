// After a crash: offers to restore the autosaved work the last session left behind.
import { rename, rm } from 'node:fs/promises';
import type { OpenedDocument } from '../../shared/ipc/contract';
import { listRecoverable, readRecovery, type RecoveryEntry } from '../files/recovery';

/** Suffix of an autosave that could not be restored: kept for the user, no longer offered. */
export const UNRESTORABLE_SUFFIX = '.unrestorable';

export const restoreQuestion = (entries: RecoveryEntry[]) => ({
  type: 'question' as const,
  buttons: ['Restore', 'Discard'],
  defaultId: 0,
  cancelId: 1,
  noLink: true,
  message:
    entries.length === 1
      ? 'The app did not close properly. Restore your unsaved work?'
      : `The app did not close properly. Restore ${entries.length} unsaved projects? The newest opens now, the others each time the app starts.`,
  detail: entries.map((e) => `${e.originalPath ?? 'Untitled project'} — autosaved ${e.savedAt}`).join('\n'),
});

/**
 * Asks once when autosaves exist. On Discard, all are removed. On Restore, the newest readable one
 * is handed to `deliver` and removed (restored, it is dirty again and gets autosaved anew); the window
 * holds one document, so the others stay for the next start instead of replacing it unseen.
 * An autosave that cannot be restored (damaged, newer format) is set aside, never deleted.
 */
export const offerRestore = async (
  userData: string,
  ask: (q: ReturnType<typeof restoreQuestion>) => Promise<number>,
  deliver: (opened: OpenedDocument) => void,
): Promise<number> => {
  const entries = await listRecoverable(userData);
  if (!entries.length) return 0;
  if ((await ask(restoreQuestion(entries))) !== 0) {
    await Promise.all(entries.map((entry) => rm(entry.file, { force: true })));
    return 0;
  }
  for (const [index, entry] of entries.entries()) {
    const result = await readRecovery(entry.file);
    if (!result.ok) {
      await rename(entry.file, `${entry.file}${UNRESTORABLE_SUFFIX}`).catch(() => undefined);
      continue;
    }
    const waiting = entries.length - index - 1;
    const later =
      waiting > 0
        ? [`${waiting} more autosaved project${waiting === 1 ? '' : 's'} will be offered the next time the app starts.`]
        : [];
    deliver({
      path: entry.originalPath,
      document: result.document,
      notices: [...result.notices, ...later],
      recovered: true,
    });
    await rm(entry.file, { force: true });
    return 1;
  }
  return 0;
};

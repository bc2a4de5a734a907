// File-system errors in plain words, naming the file the user chose (not our temp file).
import { dirname } from 'node:path';

const reasons: Record<string, (target: string) => string> = {
  ENOENT: (t) => `the folder ${dirname(t)} does not exist`,
  ENOTDIR: (t) => `${dirname(t)} is not a folder`,
  EACCES: () => 'permission denied',
  EPERM: () => 'the operating system refused the write (permission or a file lock)',
  EROFS: () => 'the disk is read-only',
  ENOSPC: () => 'the disk is full',
  EDQUOT: () => 'the disk quota is exhausted',
  EISDIR: (t) => `${t} is a folder`,
  EBUSY: () => 'the file is in use by another program',
};

/** An Error saying why `target` could not be written; keeps the original `code`. */
export const describeWriteError = (error: unknown, target: string): Error => {
  const code = String((error as { code?: unknown })?.code ?? '');
  const reason = reasons[code];
  if (!reason) return error instanceof Error ? error : new Error(String(error));
  return Object.assign(new Error(`Cannot save ${target}: ${reason(target)}.`), { code, cause: error });
};

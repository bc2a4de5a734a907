// Atomic file replacement: a crash or kill at any moment leaves either the old file or the
// new one whole, never a mix. Temp file in the same folder (rename is only atomic within
// one file system), fsync, rename over the target, fsync the folder so the rename is durable.
import { randomBytes } from 'node:crypto';
import { open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { renameWithRetry } from './rename-with-retry';
import { removeStaleTemps } from './stale-temps';
import { describeWriteError } from './write-error';

export interface AtomicWriteOptions {
  /** Defaults to `process.platform`; decides whether renames are retried (Windows). */
  platform?: NodeJS.Platform;
}

/** Hidden temp name next to the target; the random part keeps concurrent writers apart. */
export const tempPathFor = (target: string): string =>
  join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);

/** Permission bits of the file being replaced: a private (0600) file must not become world-readable. */
const existingMode = async (target: string): Promise<number | null> => {
  try {
    return (await stat(target)).mode & 0o777;
  } catch {
    return null;
  }
};

const writeAndSync = async (path: string, data: string | Uint8Array, mode: number | null): Promise<void> => {
  const handle = await open(path, 'wx', mode ?? 0o644);
  try {
    if (mode !== null) await handle.chmod(mode); // `open` applies the umask; keep the original bits exactly
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
};

/** Makes the rename itself durable. Windows cannot open folders; there NTFS journals the rename. */
const syncFolder = async (folder: string, platform: NodeJS.Platform): Promise<void> => {
  if (platform === 'win32') return;
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } catch (error) {
    // Some file systems (network shares, FUSE) do not support fsync on folders.
    if (!['EINVAL', 'ENOTSUP', 'EPERM', 'EISDIR'].includes(String((error as { code?: unknown }).code))) throw error;
  } finally {
    await handle.close();
  }
};

export const writeFileAtomic = async (
  target: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> => {
  const platform = options.platform ?? process.platform;
  const temp = tempPathFor(target);
  const mode = await existingMode(target);
  try {
    await writeAndSync(temp, data, mode);
    await renameWithRetry(rename, temp, target, { platform });
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw describeWriteError(error, target);
  }
  await syncFolder(dirname(target), platform);
  await removeStaleTemps(target);
};

// A process killed mid-save leaves its hidden temp file next to the target (the target itself is
// whole). The next clean save removes such leftovers — only those whose writer is no longer running.
import { readdir, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const isRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: unknown }).code === 'EPERM'; // exists, owned by someone else
  }
};

/** Names of temp files for `target` left by writers that have exited. */
export const staleTempNames = (
  target: string,
  names: string[],
  running: (pid: number) => boolean = isRunning,
): string[] => {
  const pattern = new RegExp(`^\\.${escapeRegExp(basename(target))}\\.(\\d+)\\.[0-9a-f]+\\.tmp$`);
  return names.filter((name) => {
    const pid = pattern.exec(name)?.[1];
    return pid !== undefined && Number(pid) !== process.pid && !running(Number(pid));
  });
};

export const removeStaleTemps = async (target: string): Promise<void> => {
  const folder = dirname(target);
  const names = await readdir(folder).catch(() => [] as string[]);
  await Promise.all(staleTempNames(target, names).map((name) => unlink(join(folder, name)).catch(() => undefined)));
};

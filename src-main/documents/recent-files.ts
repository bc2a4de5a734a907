// Recently opened or saved documents, newest first, kept in the user-data folder.
import path from 'node:path';
import { z } from 'zod';
import { readJsonFile, writeJsonFile } from '../json-file';
import type { RecentFiles } from '../ipc/handler-deps';

export const MAX_RECENT_FILES = 10;

const recentSchema = z.array(z.string().min(1));

/** `list` with `file` moved to the front, duplicates removed, capped. */
export const withRecent = (list: string[], file: string, max = MAX_RECENT_FILES): string[] =>
  [file, ...list.filter((p) => p !== file)].slice(0, max);

export const createRecentFiles = (userDataDir: string, onChange: (list: string[]) => void = () => {}): RecentFiles => {
  const file = path.join(userDataDir, 'recent-files.json');
  const list = async (): Promise<string[]> => {
    const parsed = recentSchema.safeParse(await readJsonFile(file));
    return parsed.success ? parsed.data.slice(0, MAX_RECENT_FILES) : [];
  };
  const store = async (next: string[]) => {
    await writeJsonFile(file, next);
    onChange(next);
  };
  return {
    list,
    add: async (p) => store(withRecent(await list(), path.resolve(p))),
    remove: async (p) => store((await list()).filter((e) => e !== path.resolve(p))),
    clear: () => store([]),
  };
};

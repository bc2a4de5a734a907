// Small JSON files the shell keeps in the user-data folder (window state,
// recent files, autosave): written to a temp file then renamed, so a crash never leaves half a file.
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The parsed file, or undefined when it is missing or not valid JSON. */
export const readJsonFile = async (file: string): Promise<unknown> => {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return undefined;
  }
};

let counter = 0;

export const writeJsonFile = async (file: string, value: unknown): Promise<void> => {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${++counter}.tmp`;
  try {
    await writeFile(temp, `${JSON.stringify(value, null, 2)}\n`, 'utf8');
    await rename(temp, file);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
};

export const removeFile = (file: string): Promise<void> => rm(file, { force: true });

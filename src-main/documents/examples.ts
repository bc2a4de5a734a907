// The example projects shipped in `examples/`: listed by file name, opened as
// unsaved copies so a user never overwrites an example by pressing Save.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { OpenedDocument } from '../../shared/ipc/contract';
import { readJsonFile } from '../json-file';
import { IpcFailure } from '../ipc/errors';
import type { DocumentFiles } from '../ipc/handler-deps';

export interface ExampleSummary {
  id: string;
  title: string;
  description: string;
}

const EXTENSION = '.aiplan';
const ID_PATTERN = /^[a-z0-9][a-z0-9._-]*$/i;

const text = (value: unknown, fallback: string): string =>
  typeof value === 'string' && value.trim() ? value.trim() : fallback;

export const listExamples = async (examplesDir: string): Promise<ExampleSummary[]> => {
  let names: string[];
  try {
    names = (await readdir(examplesDir)).filter((n) => n.endsWith(EXTENSION)).sort();
  } catch {
    return [];
  }
  return Promise.all(
    names.map(async (name) => {
      const id = name.slice(0, -EXTENSION.length);
      const raw = (await readJsonFile(path.join(examplesDir, name))) as
        { title?: unknown; notes?: unknown } | undefined;
      return { id, title: text(raw?.title, id), description: text(raw?.notes, '').split('\n')[0] ?? '' };
    }),
  );
};

export const openExample = async (examplesDir: string, id: string, files: DocumentFiles): Promise<OpenedDocument> => {
  if (!ID_PATTERN.test(id)) throw new IpcFailure('unknown-example', `"${id}" is not an example name`);
  const known = (await listExamples(examplesDir)).map((e) => e.id);
  if (!known.includes(id)) {
    throw new IpcFailure(
      'unknown-example',
      `there is no example "${id}"; the examples are: ${known.join(', ') || '(none found)'}`,
    );
  }
  const opened = await files.open(path.join(examplesDir, `${id}${EXTENSION}`));
  return {
    path: null,
    document: opened.document,
    notices: [...opened.notices, 'This is an example: use Save As… to keep your changes in your own file.'],
  };
};

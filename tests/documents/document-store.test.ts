import { readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDocumentFile, saveDocumentFile, type OpenResult } from '../../src-main/files/document-store';
import { writeAutosave, recoveryKey, listRecoverable } from '../../src-main/files/recovery';
import { exampleText, tempFolder } from './helpers';

let folder: { dir: string; cleanup: () => void };
beforeEach(() => {
  folder = tempFolder();
});
afterEach(() => folder.cleanup());

const file = (name: string, content?: string | Uint8Array) => {
  const path = join(folder.dir, name);
  if (content !== undefined) writeFileSync(path, content);
  return path;
};

const errorOf = (result: OpenResult) => {
  if (result.ok) throw new Error('expected the open to fail');
  return result.error;
};

const exampleDocument = async () => {
  const opened = await openDocumentFile(file('example.aiplan', exampleText('training-in-three-regions.aiplan')));
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.document;
};

describe('openDocumentFile', () => {
  it('opens an example', async () => {
    const result = await openDocumentFile(file('a.aiplan', exampleText('llama-2-as-trained.aiplan')));
    expect(result.ok && result.document.scenarios.map((s) => s.id)).toEqual(['llama-2-7b', 'llama-2-70b']);
  });

  it.each([
    ['file-not-found', () => join(folder.dir, 'nope.aiplan'), /There is no file/],
    ['not-a-file', () => folder.dir, /folder/],
    ['empty', () => file('e.aiplan', ''), /empty \(0 bytes\)/],
    [
      'binary',
      () => file('b.aiplan', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0xff, 0xfe, 0xc3, 0x28])),
      /binary data/,
    ],
    ['binary', () => file('u16.aiplan', Buffer.from('\uFEFF{"format":"aiplan"}', 'utf16le')), /UTF-16/],
    ['not-json', () => file('t.aiplan', 'title: my plan\n'), /not valid JSON/],
    ['wrong-format', () => file('w.aiplan', '{"format":"other","version":1}'), /not an AI Efficiency Planner project/],
  ])('%s', async (code, path, message) => {
    const error = errorOf(await openDocumentFile(path()));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it('refuses files over 50 MB without reading them', async () => {
    const path = file('huge.aiplan', '{');
    truncateSync(path, 50 * 1024 * 1024 + 1); // sparse: instant, no disk use
    const error = errorOf(await openDocumentFile(path));
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/50\.0 MB; project files are at most 50\.0 MB.*not read/);
  });

  it('leaves a file from a newer version untouched, on open and on save', async () => {
    const newer = `${JSON.stringify({ format: 'aiplan', version: 9, generator: 'AI Efficiency Planner 9.0.0', scenarios: [] })}\n`;
    const path = file('newer.aiplan', newer);
    expect(errorOf(await openDocumentFile(path)).message).toMatch(
      /newer version \(AI Efficiency Planner 9\.0\.0, file format 9\); this app reads up to file format 1/,
    );
    const saved = await saveDocumentFile(path, await exampleDocument());
    expect(!saved.ok && saved.error.code).toBe('newer-version');
    expect(readFileSync(path, 'utf8')).toBe(newer);
  });
});

describe('saveDocumentFile', () => {
  it('writes canonical JSON, sets the dates and round-trips', async () => {
    const document = await exampleDocument();
    const path = file('saved.aiplan');
    const saved = await saveDocumentFile(
      path,
      { ...document, created: '' },
      { now: new Date('2025-06-01T12:00:00Z'), generator: 'AI Efficiency Planner 0.1.0' },
    );
    if (!saved.ok) throw new Error(saved.error.message);
    expect(saved.backupPath).toBeNull();
    const reopened = await openDocumentFile(path);
    expect(reopened.ok && reopened.document).toEqual({
      ...document,
      created: '2025-06-01T12:00:00.000Z',
      modified: '2025-06-01T12:00:00.000Z',
      generator: 'AI Efficiency Planner 0.1.0',
    });
    expect(readFileSync(path, 'utf8').length).toBe(saved.bytes);
  });

  it('refuses an invalid document with every problem and writes nothing', async () => {
    const document = await exampleDocument();
    const bad = {
      ...document,
      scenarios: [
        { ...document.scenarios[0], training: { ...document.scenarios[0]!.training, tokens: -1 } },
        { ...document.scenarios[1], name: '' },
        ...document.scenarios.slice(2),
      ],
    };
    const path = file('bad.aiplan');
    const saved = await saveDocumentFile(path, bad);
    expect(!saved.ok && saved.error.problems.map((p) => p.path)).toEqual([
      'scenarios[0].training.tokens',
      'scenarios[1].name',
    ]);
    expect(readdirSync(folder.dir)).toEqual(['example.aiplan']);
  });

  it('keeps a .bak of an older-format original before replacing it, once', async () => {
    const v0 = `${JSON.stringify({ version: 0, name: 'Old plan', scenarios: [{ name: 'A', parameters: 7e9, gpu: 'a100-80gb' }] })}\n`;
    const path = file('old.aiplan', v0);
    const opened = await openDocumentFile(path);
    if (!opened.ok) throw new Error(opened.error.message);
    expect(opened.migratedFrom).toBe(0);
    const first = await saveDocumentFile(path, opened.document);
    expect(first.ok && first.backupPath).toBe(`${path}.bak`);
    expect(readFileSync(`${path}.bak`, 'utf8')).toBe(v0);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ format: 'aiplan', version: 1, title: 'Old plan' });
    const second = await saveDocumentFile(path, opened.document);
    expect(second.ok && second.backupPath).toBeNull();
    expect(readFileSync(`${path}.bak`, 'utf8')).toBe(v0);
  });

  it('removes the autosave copy after a clean save', async () => {
    const appData = join(folder.dir, 'app-data');
    const document = await exampleDocument();
    const path = file('plan.aiplan');
    const key = recoveryKey(path);
    await writeAutosave(appData, key, document, path);
    expect(await listRecoverable(appData)).toHaveLength(1);
    const saved = await saveDocumentFile(path, document, { recovery: { appDataDir: appData, key } });
    expect(saved.ok).toBe(true);
    expect(await listRecoverable(appData)).toEqual([]);
  });
});

// Restoring after a crash must never lose an autosave: the window holds one document, so a
// second restored document would replace the first unseen, and unrestorable ones must be kept.
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedDocument } from '../../shared/ipc/contract';
import { buildPresetDocument, findPreset } from '../../shared/schema/presets';
import { listRecoverable, recoveryFolder, writeAutosave } from '../../src-main/files/recovery';
import { offerRestore } from '../../src-main/documents/restore-prompt';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'aiplan-restore-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const sample = (title: string) => ({
  ...buildPresetDocument(findPreset('article-three-models')!, '2026-01-01T00:00:00.000Z'),
  title,
});

describe('offerRestore', () => {
  it('delivers the newest autosave and keeps the others for the next start', async () => {
    await writeAutosave(dir, 'untitled-a', sample('Older'), null, new Date('2026-01-01T10:00:00Z'));
    await writeAutosave(dir, 'untitled-b', sample('Newer'), null, new Date('2026-01-01T11:00:00Z'));
    const delivered: OpenedDocument[] = [];
    expect(
      await offerRestore(
        dir,
        async () => 0,
        (o) => delivered.push(o),
      ),
    ).toBe(1);
    expect(delivered.map((d) => d.document.title)).toEqual(['Newer']);
    expect(delivered[0]!.notices.join(' ')).toContain('1 more autosaved project');
    expect((await listRecoverable(dir)).length).toBe(1);
    const next: OpenedDocument[] = [];
    expect(
      await offerRestore(
        dir,
        async () => 0,
        (o) => next.push(o),
      ),
    ).toBe(1);
    expect(next.map((d) => d.document.title)).toEqual(['Older']);
    expect(await listRecoverable(dir)).toEqual([]);
  });

  it('sets an autosave it cannot restore aside instead of deleting it', async () => {
    await mkdir(recoveryFolder(dir), { recursive: true });
    const newer = {
      format: 'aiplan-recovery',
      savedAt: '2026-01-01T12:00:00.000Z',
      originalPath: null,
      document: { format: 'aiplan', version: 99, title: 'From the future' },
    };
    await writeFile(path.join(recoveryFolder(dir), 'untitled-x.aiplan-recovery'), JSON.stringify(newer));
    const delivered: OpenedDocument[] = [];
    expect(
      await offerRestore(
        dir,
        async () => 0,
        (o) => delivered.push(o),
      ),
    ).toBe(0);
    expect(delivered).toEqual([]);
    expect(await readdir(recoveryFolder(dir))).toEqual(['untitled-x.aiplan-recovery.unrestorable']);
    expect(await listRecoverable(dir)).toEqual([]);
  });
});

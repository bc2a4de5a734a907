import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDocument } from '../../shared/schema/load-document';
import {
  clearAutosave,
  listRecoverable,
  readRecovery,
  recoveryFolder,
  recoveryKey,
  writeAutosave,
} from '../../src-main/files/recovery';
import { exampleText, tempFolder } from './helpers';

let folder: { dir: string; cleanup: () => void };
beforeEach(() => {
  folder = tempFolder();
});
afterEach(() => folder.cleanup());

const document = () => {
  const result = loadDocument(exampleText('serving-70b-fp16-int8-int4.aiplan'));
  if (!result.ok) throw new Error(result.error.message);
  return result.document;
};

describe('autosave and recovery', () => {
  it("writes into the app-data folder, never next to the user's file", async () => {
    const appData = join(folder.dir, 'app-data');
    const userFile = join(folder.dir, 'projects', 'plan.aiplan');
    const written = await writeAutosave(appData, recoveryKey(userFile), document(), userFile);
    expect(dirname(written)).toBe(recoveryFolder(appData));
    expect(existsSync(join(folder.dir, 'projects'))).toBe(false);
  });

  it('lists what a crash left behind, newest first, and reopens it with a notice', async () => {
    const appData = folder.dir;
    await writeAutosave(
      appData,
      recoveryKey('/a/one.aiplan'),
      document(),
      '/a/one.aiplan',
      new Date('2025-01-01T10:00:00Z'),
    );
    await writeAutosave(appData, recoveryKey(null, 'window-2'), document(), null, new Date('2025-01-01T11:00:00Z'));
    const entries = await listRecoverable(appData);
    expect(entries.map((e) => [e.originalPath, e.savedAt])).toEqual([
      [null, '2025-01-01T11:00:00.000Z'],
      ['/a/one.aiplan', '2025-01-01T10:00:00.000Z'],
    ]);
    const recovered = await readRecovery(entries[1]!.file);
    if (!recovered.ok) throw new Error(recovered.error.message);
    expect(recovered.document).toEqual(document());
    expect(recovered.notices).toEqual([
      'Recovered from the autosave of /a/one.aiplan made at 2025-01-01T10:00:00.000Z; save it to keep it.',
    ]);
  });

  it('skips damaged autosaves and reports a damaged one as a typed error', async () => {
    await writeAutosave(folder.dir, 'good', document(), null);
    const damaged = join(recoveryFolder(folder.dir), 'bad.aiplan-recovery');
    writeFileSync(damaged, '{"format": "aiplan-recov');
    expect(await listRecoverable(folder.dir)).toHaveLength(1);
    const result = await readRecovery(damaged);
    expect(!result.ok && result.error.message).toMatch(/damaged/);
  });

  it('clears one autosave by key and tolerates a missing folder', async () => {
    expect(await listRecoverable(join(folder.dir, 'nothing-here'))).toEqual([]);
    await writeAutosave(folder.dir, 'k1', document(), null);
    await writeAutosave(folder.dir, 'k2', document(), null);
    await clearAutosave(folder.dir, 'k1');
    await clearAutosave(folder.dir, 'k1');
    expect(readdirSync(recoveryFolder(folder.dir))).toEqual(['k2.aiplan-recovery']);
  });
});

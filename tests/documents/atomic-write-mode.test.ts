// Replacing a file must keep who may read it: a private project (0600) stays private after a save.
import { chmodSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src-main/files/atomic-write';
import { tempFolder } from './helpers';

let folder: { dir: string; cleanup: () => void };
beforeEach(() => {
  folder = tempFolder();
});
afterEach(() => folder.cleanup());

const modeOf = (file: string) => statSync(file).mode & 0o777;

describe.skipIf(process.platform === 'win32')('writeFileAtomic permissions', () => {
  it('keeps the permission bits of the file it replaces', async () => {
    const target = join(folder.dir, 'private.aiplan');
    writeFileSync(target, 'old');
    chmodSync(target, 0o600);
    await writeFileAtomic(target, 'new');
    expect(modeOf(target)).toBe(0o600);
  });

  it('creates a new file with the usual 0644 (less the umask)', async () => {
    const target = join(folder.dir, 'new.aiplan');
    await writeFileAtomic(target, 'x');
    const umask = process.umask();
    expect(modeOf(target)).toBe(0o644 & ~umask);
  });
});

import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src-main/files/atomic-write';
import { describeWriteError } from '../../src-main/files/write-error';

describe('write errors in plain words', () => {
  it('names the chosen file and the missing folder, not the temp file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aiplan-write-'));
    const target = join(dir, 'missing', 'brief.pdf');
    await expect(writeFileAtomic(target, 'x')).rejects.toThrow(
      `Cannot save ${target}: the folder ${join(dir, 'missing')} does not exist.`,
    );
    await expect(writeFileAtomic(target, 'x')).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('writing over a folder says so and leaves no temp file behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aiplan-write-'));
    writeFileSync(join(dir, 'keep.txt'), 'keep');
    await expect(writeFileAtomic(dir, 'x')).rejects.toThrow(/Cannot save|EISDIR|folder/);
    expect(readdirSync(dir)).toEqual(['keep.txt']);
  });

  it('passes unknown errors through unchanged', () => {
    const original = new Error('strange');
    expect(describeWriteError(original, '/x')).toBe(original);
    expect(describeWriteError({ code: 'ENOSPC' }, '/x/y.pdf').message).toBe('Cannot save /x/y.pdf: the disk is full.');
  });
});

import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src-main/files/atomic-write';
import { renameWithRetry } from '../../src-main/files/rename-with-retry';
import { staleTempNames } from '../../src-main/files/stale-temps';
import { versionText } from './fixtures/save-versions';
import { tempFolder } from './helpers';

let folder: { dir: string; cleanup: () => void };
beforeEach(() => {
  folder = tempFolder();
});
afterEach(() => folder.cleanup());

describe('writeFileAtomic', () => {
  it('creates and replaces a file and leaves no temp file behind', async () => {
    const target = join(folder.dir, 'plan.aiplan');
    await writeFileAtomic(target, 'first');
    await writeFileAtomic(target, 'second');
    expect(readFileSync(target, 'utf8')).toBe('second');
    expect(readdirSync(folder.dir)).toEqual(['plan.aiplan']);
  });

  it('removes its temp file and keeps the old file when the rename fails', async () => {
    const target = join(folder.dir, 'taken');
    mkdirSync(join(target, 'inside'), { recursive: true }); // renaming a file over a non-empty folder fails
    await expect(writeFileAtomic(target, 'new')).rejects.toThrow();
    expect(readdirSync(folder.dir)).toEqual(['taken']);
  });

  it('fails cleanly when the folder does not exist', async () => {
    await expect(writeFileAtomic(join(folder.dir, 'missing', 'x.aiplan'), 'x')).rejects.toMatchObject({
      code: 'ENOENT',
    });
  });
});

describe('staleTempNames', () => {
  it('picks temp files of this target whose writer has exited', () => {
    const names = [
      '.plan.aiplan.111.abc123.tmp',
      '.plan.aiplan.222.def456.tmp',
      `.plan.aiplan.${process.pid}.aa.tmp`,
      '.other.aiplan.111.abc.tmp',
      'plan.aiplan',
      '.plan.aiplan.x.tmp',
    ];
    expect(staleTempNames('/some/plan.aiplan', names, (pid) => pid === 222)).toEqual(['.plan.aiplan.111.abc123.tmp']);
  });
});

describe('renameWithRetry', () => {
  const flaky = (failures: string[]) => {
    const calls: string[] = [];
    const rename = async (from: string, to: string) => {
      calls.push(`${from}->${to}`);
      const code = failures.shift();
      if (code) throw Object.assign(new Error(code), { code });
    };
    return { rename, calls };
  };

  it('retries EPERM/EBUSY on Windows until the rename goes through', async () => {
    const { rename, calls } = flaky(['EBUSY', 'EPERM', 'EACCES']);
    await renameWithRetry(rename, 'a', 'b', { platform: 'win32', delaysMs: [1, 1, 1, 1] });
    expect(calls).toHaveLength(4);
  });

  it('gives up on Windows after the last delay with the original error', async () => {
    const { rename, calls } = flaky(['EBUSY', 'EBUSY', 'EBUSY']);
    await expect(renameWithRetry(rename, 'a', 'b', { platform: 'win32', delaysMs: [1, 1] })).rejects.toMatchObject({
      code: 'EBUSY',
    });
    expect(calls).toHaveLength(3);
  });

  it('does not retry other errors, nor on other platforms', async () => {
    const other = flaky(['ENOSPC']);
    await expect(renameWithRetry(other.rename, 'a', 'b', { platform: 'win32', delaysMs: [1] })).rejects.toMatchObject({
      code: 'ENOSPC',
    });
    expect(other.calls).toHaveLength(1);
    const linux = flaky(['EBUSY']);
    await expect(renameWithRetry(linux.rename, 'a', 'b', { platform: 'linux' })).rejects.toMatchObject({
      code: 'EBUSY',
    });
    expect(linux.calls).toHaveLength(1);
  });
});

// A child process saves versions in a loop and is killed with SIGKILL at varied moments;
// the target must always hold one complete version (the initial one or one the child wrote).
describe('crash safety', () => {
  const killDelaysMs = [0, 3, 11, 27, 53, 89, 131, 7];
  const bundle = tempFolder();
  const child = join(bundle.dir, 'save-loop.mjs');
  afterAll(() => bundle.cleanup());
  // Bundled once to plain JavaScript (esbuild comes with tsx) so each child starts in milliseconds.
  beforeAll(() => {
    buildSync({
      entryPoints: [resolve(__dirname, 'fixtures/save-loop.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: child,
      logLevel: 'silent',
    });
  });

  const runAndKill = (target: string, delayMs: number) =>
    new Promise<void>((done, fail) => {
      const proc = spawn(process.execPath, [child, target], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      proc.stderr.on('data', (chunk) => {
        stderr += String(chunk);
      });
      proc.stdout.once('data', () => setTimeout(() => proc.kill('SIGKILL'), delayMs));
      proc.on('exit', (_code, signal) =>
        signal === 'SIGKILL' ? done() : fail(new Error(`child ended without being killed: ${stderr}`)),
      );
    });

  it('leaves the old or the new file whole, whenever the process dies', async () => {
    const target = join(folder.dir, 'plan.aiplan');
    writeFileSync(target, versionText(0));
    const seen = new Set<number>();
    for (const delay of killDelaysMs) {
      await runAndKill(target, delay);
      const text = readFileSync(target, 'utf8');
      const { version } = JSON.parse(text) as { version: number };
      expect(text).toBe(versionText(version));
      seen.add(version);
    }
    expect(Math.max(...seen)).toBeGreaterThan(1); // the child really was mid-loop when killed
    // The next clean save tidies the temp files the killed writers left behind.
    await writeFileAtomic(target, versionText(0));
    expect(readdirSync(folder.dir)).toEqual(['plan.aiplan']);
  });
});

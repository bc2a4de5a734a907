import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile, mkdir, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPresetDocument, findPreset } from '../../shared/schema/presets';
import type { FromWorker } from '../../src-main/work/worker-protocol';
// @ts-expect-error -- plain ESM script without type declarations
import { bundleMain } from '../../scripts/build.mjs';
// @ts-expect-error -- plain ESM script without type declarations
import { findElectronBinary, missingElectronMessage } from '../../scripts/start.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
let out: string;
beforeAll(async () => {
  // Inside the repository, so the bundle resolves node_modules as dist/main does.
  const cache = path.join(root, 'node_modules', '.cache');
  await mkdir(cache, { recursive: true });
  out = await mkdtemp(path.join(cache, 'aiplan-shell-build-'));
  await bundleMain(root, out);
}, 120_000);
afterAll(() => rm(out, { recursive: true, force: true }));

const importsOf = (code: string) => [...code.matchAll(/(?:from|import)\s*\(?\s*"([^"]+)"/g)].map((m) => m[1]!);

describe('scripts/build.mjs bundle', () => {
  it('writes an ESM main and worker, and a CommonJS preload that needs nothing but electron', async () => {
    const preload = await readFile(path.join(out, 'preload.cjs'), 'utf8');
    expect([...preload.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1])).toEqual(['electron']);
    expect(preload).not.toMatch(/^\s*(import|export)\s/m);
    expect(preload).toContain('exposeInMainWorld("api"');
    const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const allowed = (id: string) =>
      id === 'electron' ||
      id.startsWith('node:') ||
      id.startsWith('./') ||
      Object.keys(pkg.dependencies).some((d) => id === d || id.startsWith(`${d}/`));
    for (const entry of ['main.js', 'worker.js', 'search-worker.js']) {
      const code = await readFile(path.join(out, entry), 'utf8');
      expect(
        importsOf(code).filter((id) => !allowed(id)),
        entry,
      ).toEqual([]);
    }
    expect(importsOf(await readFile(path.join(out, 'main.js'), 'utf8'))).toContain('electron');
  });

  it('runs a real PDF export in the bundled worker thread', { timeout: 60_000 }, async () => {
    const worker = new Worker(path.join(out, 'worker.js'));
    try {
      const document = buildPresetDocument(findPreset('article-three-models')!, '2026-01-01T00:00:00.000Z');
      const outPath = path.join(out, 'report.pdf');
      const messages: FromWorker[] = [];
      const done = new Promise<FromWorker>((resolve, reject) => {
        worker.on('error', reject);
        worker.on('message', (m: FromWorker) => {
          messages.push(m);
          if (m.type !== 'progress') resolve(m);
        });
      });
      worker.postMessage({
        type: 'run',
        taskId: 't1',
        kind: 'export:pdf',
        input: { document, scenarioIds: [], paper: 'a4', outPath },
      });
      const final = await done;
      expect(final).toMatchObject({ type: 'done', taskId: 't1', result: { path: outPath } });
      expect((await readFile(outPath)).subarray(0, 5).toString()).toBe('%PDF-');
      expect((await stat(outPath)).size).toBe((final as { result: { bytes: number } }).result.bytes);
      expect(messages.some((m) => m.type === 'progress')).toBe(true);
    } finally {
      await worker.terminate();
    }
  });
});

describe('npm start without the Electron binary', () => {
  it('finds a binary only where one exists', async () => {
    const fake = await mkdtemp(path.join(os.tmpdir(), 'aiplan-electron-'));
    try {
      expect(findElectronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: fake }, 'linux')).toBeNull();
      await writeFile(path.join(fake, 'electron'), '');
      // path.txt may name the executable; without it the platform default is used.
      const found = findElectronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: fake }, 'linux');
      expect(found === path.join(fake, 'electron') || found === null).toBe(true);
      await mkdir(path.join(fake, 'sub'), { recursive: true });
    } finally {
      await rm(fake, { recursive: true, force: true });
    }
  });

  it('prints one plain paragraph and exits non-zero, without a stack trace', async () => {
    const empty = await mkdtemp(path.join(os.tmpdir(), 'aiplan-no-electron-'));
    try {
      const res = spawnSync(process.execPath, [path.join(root, 'scripts', 'start.mjs')], {
        encoding: 'utf8',
        env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: empty },
        timeout: 30_000,
      });
      expect(res.status).toBe(1);
      const text = `${res.stdout}${res.stderr}`.trim();
      expect(text.split('\n')).toHaveLength(1);
      expect(text).not.toMatch(/\n\s+at |Error:/);
      expect(text).toContain('Electron');
      expect(text).toContain('npx electron --version');
      expect(text).toContain('22.12');
      expect(text).toContain('npm test');
      expect(text).toContain('aiplan');
      expect(text).toBe(
        missingElectronMessage(
          JSON.parse(await readFile(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version,
        ),
      );
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});

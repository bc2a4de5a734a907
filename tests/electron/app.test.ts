// The real app in real Electron (playwright-core's _electron). Runs only where the
// Electron binary exists (it cannot be downloaded here); elsewhere it skips and says why.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DesktopApi } from '../../shared/ipc/api';
// @ts-expect-error -- plain ESM script without type declarations
import { findElectronBinary } from '../../scripts/start.mjs';
// @ts-expect-error -- plain ESM script without type declarations
import { buildAll } from '../../scripts/build.mjs';

// Brings the global `window.api` declaration into this file's types.
type _WindowApi = DesktopApi;

const root = path.resolve(import.meta.dirname, '..', '..');
const electronPath: string | null = findElectronBinary(root);
if (!electronPath) {
  console.log(
    'tests/electron: skipped — the Electron binary is not installed (node_modules/electron/dist is missing; run `npx electron --version` with Node >= 22.12 on a machine with internet access).',
  );
}

const example = () => {
  const dir = path.join(root, 'examples');
  const name = readdirSync(dir)
    .filter((n) => n.endsWith('.aiplan'))
    .sort()[0];
  return path.join(dir, name!);
};

describe.skipIf(!electronPath)('the desktop app in Electron', () => {
  let app: ElectronApplication;
  let page: Page;
  let xvfb: ChildProcess | null = null;
  let userData: string;

  beforeAll(async () => {
    await buildAll();
    const env: Record<string, string> = Object.fromEntries(
      Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined),
    );
    delete env.ELECTRON_RUN_AS_NODE;
    if (process.platform === 'linux' && !env.DISPLAY && existsSync('/usr/bin/Xvfb')) {
      xvfb = spawn('Xvfb', [':97', '-screen', '0', '1600x1000x24'], { stdio: 'ignore' });
      env.DISPLAY = ':97';
      await new Promise((r) => setTimeout(r, 500));
    }
    userData = await mkdtemp(path.join(os.tmpdir(), 'aiplan-electron-user-'));
    env.AIPLAN_USER_DATA_DIR = userData;
    app = await electron.launch({ executablePath: electronPath!, args: [root, example()], env });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  }, 180_000);

  afterAll(async () => {
    await app?.close();
    xvfb?.kill();
    if (userData) await rm(userData, { recursive: true, force: true });
  });

  it('loads the renderer from the app protocol with the app name in the title', async () => {
    expect(page.url()).toBe('app://renderer/index.html');
    await expect.poll(() => page.title()).toContain('AI Efficiency Planner');
  });

  it('gives the page window.api and nothing of Node', async () => {
    const seen = await page.evaluate(() => ({
      api: Object.keys((window as unknown as { api: object }).api).sort(),
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
    }));
    expect(seen).toEqual({ api: ['invoke', 'on', 'request'], require: 'undefined', process: 'undefined' });
  });

  it('answers IPC through the preload, and rethrows errors with their message', async () => {
    const info = await page.evaluate(() => window.api.invoke('app:info'));
    expect(info).toMatchObject({ name: 'AI Efficiency Planner', offline: true });
    const message = await page.evaluate(() =>
      window.api.invoke('document:open', { path: 42 } as never).then(
        () => '',
        (e: Error) => e.message,
      ),
    );
    expect(message).toContain('invalid request for "document:open"');
  });

  it('hands the document from the command line to the renderer', async () => {
    const pending = await page.evaluate(() => window.api.invoke('document:pending'));
    // The renderer may already have taken it at start-up; then it shows in the recent files.
    const recent = await page.evaluate(() => window.api.invoke('document:recent'));
    expect(pending?.path === example() || recent.includes(example())).toBe(true);
  });

  it('blocks the network, new windows and navigation away', async () => {
    const fetched = await page.evaluate(() =>
      fetch('https://example.org/').then(
        () => 'loaded',
        () => 'blocked',
      ),
    );
    expect(fetched).toBe('blocked');
    expect(await page.evaluate(() => window.open('https://example.org/') === null)).toBe(true);
    await page.evaluate(() => {
      window.location.href = 'https://example.org/';
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(page.url()).toBe('app://renderer/index.html');
    expect(app.windows()).toHaveLength(1);
  });

  it('runs with context isolation and the sandbox', async () => {
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      const wc = BrowserWindow.getAllWindows()[0]!.webContents;
      return (wc as unknown as { getLastWebPreferences(): Record<string, unknown> }).getLastWebPreferences();
    });
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
  });
});

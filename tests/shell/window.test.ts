import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, fakeElectron, resetFakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);
const { createMainWindow } = await import('../../src-main/window');
const { loadWindowState, restoreBounds, saveWindowState, MIN_WIDTH } = await import('../../src-main/window-state');

let dir: string;
beforeEach(async () => {
  resetFakeElectron();
  dir = await mkdtemp(path.join(os.tmpdir(), 'aiplan-window-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const screenArea = { x: 0, y: 0, width: 1920, height: 1080 };

describe('window state', () => {
  it('centres a first window on the primary display', () => {
    expect(restoreBounds(null, [screenArea])).toEqual({
      bounds: { x: 320, y: 130, width: 1280, height: 820 },
      maximized: false,
    });
  });

  it('keeps saved bounds that are on screen, enforcing the minimum size', () => {
    const saved = { bounds: { x: 100, y: 50, width: 400, height: 300 }, maximized: true };
    expect(restoreBounds(saved, [screenArea])).toEqual({
      bounds: { x: 100, y: 50, width: MIN_WIDTH, height: 600 },
      maximized: true,
    });
  });

  it('moves a window whose display is gone back onto the primary one', () => {
    const saved = { bounds: { x: 3000, y: 0, width: 1000, height: 700 }, maximized: false };
    const restored = restoreBounds(saved, [screenArea]);
    expect(restored.bounds.x).toBeGreaterThanOrEqual(0);
    expect(restored.bounds.x + restored.bounds.width).toBeLessThanOrEqual(1920);
  });

  it('round-trips through the user-data folder and ignores a damaged file', async () => {
    expect(await loadWindowState(dir)).toBeNull();
    const state = { bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: false };
    await saveWindowState(dir, state);
    expect(await loadWindowState(dir)).toEqual(state);
    await import('node:fs/promises').then((fs) => fs.writeFile(path.join(dir, 'window-state.json'), '{"bounds":'));
    expect(await loadWindowState(dir)).toBeNull();
  });
});

describe('createMainWindow', () => {
  it('opens the app URL with locked-down web preferences', async () => {
    const win = (await createMainWindow({
      userData: dir,
      preloadPath: '/app/preload.cjs',
      title: 'AI Efficiency Planner',
    })) as unknown as FakeBrowserWindow;
    expect(win.loadedUrl).toBe('app://renderer/index.html');
    expect(win.options.show).toBe(false);
    expect(win.options.webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
  });

  it('remembers its bounds when it closes and reopens there', async () => {
    const win = (await createMainWindow({
      userData: dir,
      preloadPath: 'p',
      title: 't',
    })) as unknown as FakeBrowserWindow;
    win.bounds = { x: 40, y: 60, width: 1100, height: 750 };
    win.maximized = true;
    win.close();
    await vi.waitFor(async () => expect(await loadWindowState(dir)).toEqual({ bounds: win.bounds, maximized: true }));
    const again = (await createMainWindow({
      userData: dir,
      preloadPath: 'p',
      title: 't',
    })) as unknown as FakeBrowserWindow;
    expect(again.options).toMatchObject({ x: 40, y: 60, width: 1100, height: 750 });
    expect(again.maximized).toBe(true);
    expect(fakeElectron.BrowserWindow.instances).toHaveLength(2);
  });
});

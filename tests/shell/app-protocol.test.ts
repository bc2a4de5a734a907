import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/ipc/csp';
import { fakeElectron, resetFakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);
const { registerAppScheme, serveAppFile, setupAppProtocol, mimeTypeFor } = await import('../../src-main/app-protocol');
const { isAppUrl, resolveAppAsset } = await import('../../src-main/app-url');

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'aiplan-protocol-'));
  await mkdir(path.join(root, 'renderer', 'assets'), { recursive: true });
  await writeFile(path.join(root, 'renderer', 'index.html'), '<!doctype html><title>x</title>');
  await writeFile(path.join(root, 'renderer', 'assets', 'app.js'), 'console.log(1)');
  await writeFile(path.join(root, 'secret.txt'), 'secret');
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('app protocol', () => {
  it('recognises only app://renderer URLs', () => {
    expect(isAppUrl('app://renderer/index.html')).toBe(true);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('https://renderer/index.html')).toBe(false);
    expect(isAppUrl('')).toBe(false);
  });

  it('maps URLs to files inside the renderer folder only', () => {
    const dir = path.join(root, 'renderer');
    expect(resolveAppAsset('app://renderer/', dir)).toBe(path.join(dir, 'index.html'));
    expect(resolveAppAsset('app://renderer/assets/app.js?v=1', dir)).toBe(path.join(dir, 'assets', 'app.js'));
    // The URL parser already folds dot segments: this stays inside the folder.
    expect(resolveAppAsset('app://renderer/%2e%2e/secret.txt', dir)).toBe(path.join(dir, 'secret.txt'));
    expect(resolveAppAsset('app://renderer/..%2Fsecret.txt', dir)).toBeNull();
    expect(resolveAppAsset('app://renderer/%E0%A4%A', dir)).toBeNull();
    expect(resolveAppAsset('app://other/index.html', dir)).toBeNull();
  });

  it('serves files with their type and the CSP, 404 otherwise', async () => {
    const dir = path.join(root, 'renderer');
    const page = await serveAppFile('app://renderer/index.html', dir);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('<title>x</title>');
    expect((await serveAppFile('app://renderer/assets/app.js', dir)).headers.get('content-type')).toContain(
      'javascript',
    );
    expect((await serveAppFile('app://renderer/missing.js', dir)).status).toBe(404);
    expect((await serveAppFile('app://renderer/%2e%2e/secret.txt', dir)).status).toBe(404);
    expect(mimeTypeFor('x.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('x.exe')).toBe('application/octet-stream');
  });

  it('registers a privileged standard scheme and a handler', async () => {
    resetFakeElectron();
    registerAppScheme();
    expect(fakeElectron.protocol.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    setupAppProtocol(path.join(root, 'renderer'));
    const handler = fakeElectron.protocol.handlers.get('app');
    expect((await handler!({ url: 'app://renderer/index.html' })).status).toBe(200);
  });
});

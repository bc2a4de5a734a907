import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { payloadSchemas } from '../../shared/ipc/payloads';
import { fakeElectron, resetFakeElectron } from './fake-electron';
import { createTestHandlerDeps } from './handler-test-deps';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);
const { registerHandlers } = await import('../../src-main/ipc/register');
const { createHandlerTable } = await import('../../src-main/ipc/handlers');

let dir: string;
beforeEach(async () => {
  resetFakeElectron();
  dir = await mkdtemp(path.join(os.tmpdir(), 'aiplan-register-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const invoke = (channel: string, frameUrl: string | undefined, payload?: unknown) =>
  (fakeElectron.ipcMain.handlers.get(channel) as unknown as (e: unknown, p: unknown) => Promise<unknown>)(
    { senderFrame: frameUrl === undefined ? null : { url: frameUrl } },
    payload,
  );

describe('registerHandlers', () => {
  it('registers every channel once and unregisters them', () => {
    const off = registerHandlers(createHandlerTable(createTestHandlerDeps(dir).deps));
    expect([...fakeElectron.ipcMain.handlers.keys()].sort()).toEqual(Object.keys(payloadSchemas).sort());
    off();
    expect(fakeElectron.ipcMain.handlers.size).toBe(0);
  });

  it('answers the app frame and drops other senders, logging them', async () => {
    const logged: string[] = [];
    const { deps, record } = createTestHandlerDeps(dir);
    registerHandlers(createHandlerTable(deps), (m) => logged.push(m));
    expect(await invoke('app:info', 'app://renderer/index.html')).toMatchObject({
      ok: true,
      result: { offline: true },
    });
    expect(
      await invoke('shell:open-external', 'https://ads.example/frame.html', { url: 'https://example.org' }),
    ).toMatchObject({ ok: false, error: { code: 'unknown-sender' } });
    expect(await invoke('app:info', undefined)).toMatchObject({ ok: false, error: { code: 'unknown-sender' } });
    expect(record.externalUrls).toEqual([]);
    expect(logged).toHaveLength(2);
    expect(logged[0]).toContain('https://ads.example/frame.html');
  });

  it('returns validation errors as envelopes over IPC', async () => {
    registerHandlers(createHandlerTable(createTestHandlerDeps(dir).deps));
    expect(await invoke('document:open', 'app://renderer/index.html', { path: 42 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload', issues: [{ path: 'path' }] },
    });
  });
});

import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DesktopApi } from '../../shared/ipc/api';
import { createDesktopApi, errorFromIpc, type IpcRendererLike } from '../../src-main/preload/desktop-api';
import { fakeElectron, resetFakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);

const fakeIpc = (reply: (channel: string, payload: unknown) => unknown) => {
  const listeners = new Map<string, Set<(e: unknown, p: unknown) => void>>();
  const calls: { channel: string; payload: unknown }[] = [];
  const ipc: IpcRendererLike = {
    invoke: async (channel, payload) => {
      calls.push({ channel, payload });
      return reply(channel, payload);
    },
    on: (channel, l) => listeners.set(channel, (listeners.get(channel) ?? new Set()).add(l)),
    removeListener: (channel, l) => listeners.get(channel)?.delete(l),
  };
  const emit = (channel: string, payload: unknown) =>
    listeners.get(channel)?.forEach((l) => l({ sender: 'secret' }, payload));
  return { ipc, calls, emit, listeners };
};

describe('desktop api', () => {
  it('unwraps a successful envelope', async () => {
    const { ipc, calls } = fakeIpc(() => ({ ok: true, result: ['/a.aiplan'] }));
    const api = createDesktopApi(ipc);
    expect(await api.invoke('document:recent')).toEqual(['/a.aiplan']);
    expect(calls).toEqual([{ channel: 'document:recent', payload: undefined }]);
  });

  it('rethrows an error envelope as an Error with the real message', async () => {
    const error = {
      code: 'invalid-payload',
      message: 'invalid request for "document:open": path: expected string',
      issues: [{ path: 'path', message: 'expected string' }],
    };
    const api = createDesktopApi(fakeIpc(() => ({ ok: false, error })).ipc);
    const thrown = await api.invoke('document:open', { path: 'x' }).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(Error);
    expect((thrown as Error).message).toBe(error.message);
    expect(thrown).toMatchObject({ code: 'invalid-payload', issues: error.issues });
    expect(await api.request('document:open', { path: 'x' })).toEqual({ ok: false, error });
  });

  it('never leaks a transport failure or a malformed reply as anything but an Error', async () => {
    const broken = createDesktopApi(
      fakeIpc(() => {
        throw new Error('IPC closed');
      }).ipc,
    );
    await expect(broken.invoke('app:info')).rejects.toThrow('IPC closed');
    const odd = createDesktopApi(fakeIpc(() => 'hello').ipc);
    await expect(odd.invoke('app:info')).rejects.toThrow('not a response');
  });

  it('subscribes to known events only, without Electron event objects, and unsubscribes', () => {
    const { ipc, emit, listeners } = fakeIpc(() => null);
    const api = createDesktopApi(ipc);
    const got: unknown[] = [];
    const off = api.on('menu:command', (payload) => got.push(payload));
    emit('menu:command', { command: 'file:save' });
    expect(got).toEqual([{ command: 'file:save' }]);
    off();
    emit('menu:command', { command: 'file:new' });
    expect(got).toHaveLength(1);
    expect(listeners.get('menu:command')?.size).toBe(0);
    expect(() => (api.on as (e: string, l: () => void) => void)('ipc:anything', () => {})).toThrow('not an event');
  });

  it('builds an Error from an IpcError', () => {
    expect(errorFromIpc({ code: 'x', message: 'm' }).message).toBe('m');
  });
});

describe('preload entry', () => {
  beforeEach(() => resetFakeElectron());

  it('exposes exactly window.api with invoke, request and on', async () => {
    fakeElectron.ipcRenderer.invoke = async () => ({ ok: true, result: { offline: true } });
    await import('../../src-main/preload');
    expect([...fakeElectron.contextBridge.exposed.keys()]).toEqual(['api']);
    const api = fakeElectron.contextBridge.exposed.get('api') as DesktopApi;
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on', 'request']);
    expect(await api.invoke('app:info')).toEqual({ offline: true });
  });
});

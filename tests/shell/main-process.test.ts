import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildPresetDocument, findPreset } from '../../shared/schema/presets';
import { payloadSchemas } from '../../shared/ipc/payloads';
import { writeAutosave } from '../../src-main/files/recovery';
import { FakeBrowserWindow, fakeElectron, resetFakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);
const { createNativeDialogs } = await import('../../src-main/native-dialogs');
const { windowEffects } = await import('../../src-main/documents/window-effects');
const { setupDocuments } = await import('../../src-main/documents/setup-documents');
const { createDocumentSession } = await import('../../src-main/documents/document-session');
const { createHandlerTable } = await import('../../src-main/ipc/handlers');
const { createTestHandlerDeps } = await import('./handler-test-deps');

let dir: string;
beforeEach(async () => {
  resetFakeElectron();
  dir = await mkdtemp(path.join(os.tmpdir(), 'aiplan-main-'));
});
afterEach(async () => {
  delete process.env.AIPLAN_USER_DATA_DIR;
  await rm(dir, { recursive: true, force: true });
});

const sampleDocument = () => buildPresetDocument(findPreset('article-three-models')!, '2026-01-01T00:00:00.000Z');

describe('native dialogs', () => {
  it('filter to .aiplan and report a cancel as null', async () => {
    const dialogs = createNativeDialogs();
    fakeElectron.dialog.fileAnswers.push(
      { canceled: false, filePaths: ['/a.aiplan'] },
      { canceled: true },
      { canceled: false, filePath: '/r.pdf' },
    );
    expect(await dialogs.chooseDocumentToOpen()).toBe('/a.aiplan');
    expect(await dialogs.chooseDocumentSavePath('Plan.aiplan')).toBeNull();
    expect(await dialogs.chooseExportPath('pdf', 'Plan.pdf')).toBe('/r.pdf');
    expect(fakeElectron.dialog.fileRequests).toMatchObject([
      { filters: [{ extensions: ['aiplan'] }] },
      { defaultPath: 'Plan.aiplan', filters: [{ extensions: ['aiplan'] }] },
      { defaultPath: 'Plan.pdf', filters: [{ extensions: ['pdf'] }] },
    ]);
  });
});

describe('window effects', () => {
  it('shows the document state in the title and sends opened documents', () => {
    const win = new FakeBrowserWindow({});
    const effects = windowEffects(() => win as never, 'App', 'darwin');
    effects.showState({ path: '/p.aiplan', title: 'Plan', dirty: true });
    expect(win.title).toBe('Plan — App');
    expect(win.documentEdited).toBe(true);
    effects.sendOpened({ path: null, document: sampleDocument(), notices: [] });
    expect(win.webContents.sent.map((m) => m.channel)).toEqual(['document:opened']);
    win.destroyed = true;
    effects.showState({ path: null, title: 'Other', dirty: false });
    expect(win.title).toBe('Plan — App');
  });
});

describe('setupDocuments', () => {
  const setup = () => {
    const win = new FakeBrowserWindow({});
    const session = createDocumentSession(windowEffects(() => win as never, 'App', 'linux'));
    const { deps } = createTestHandlerDeps(dir);
    const table = createHandlerTable({ ...deps, session });
    const documents = setupDocuments({
      win: win as never,
      session,
      table,
      userData: deps.paths.userData,
      instanceId: 'test-instance',
    });
    return { win, session, documents, deps };
  };

  it('asks before closing a dirty window and saves through the renderer', async () => {
    const { win, session } = setup();
    session.setState({ path: null, title: 'Plan', dirty: true });
    fakeElectron.dialog.answers.push(0);
    win.close();
    expect(win.destroyed).toBe(false);
    await vi.waitFor(() =>
      expect(win.webContents.sent).toContainEqual({ channel: 'menu:command', payload: { command: 'file:save' } }),
    );
    session.saveSucceeded('/saved.aiplan');
    expect(win.destroyed).toBe(true);
  });

  it("closes without saving on Don't Save", async () => {
    const { win, session } = setup();
    session.setState({ path: null, title: 'Plan', dirty: true });
    fakeElectron.dialog.answers.push(1);
    win.close();
    await vi.waitFor(() => expect(win.destroyed).toBe(true));
    expect(fakeElectron.dialog.questions[0]).toMatchObject({ buttons: ['Save', "Don't Save", 'Cancel'] });
  });

  it('finishes a quit after the save-and-close', async () => {
    const { win, session } = setup();
    session.setState({ path: null, title: 'Plan', dirty: true });
    fakeElectron.app.emit('before-quit');
    fakeElectron.dialog.answers.push(1);
    win.close();
    await vi.waitFor(() => expect(fakeElectron.app.quitCalls).toBe(1));
  });

  it('opens a file for the renderer, or explains why it cannot', async () => {
    const { documents, session, deps } = setup();
    const file = path.join(dir, 'a.aiplan');
    await deps.files.save(file, sampleDocument());
    await documents.openDocument(file);
    expect(session.takePending()?.path).toBe(file);
    await documents.openDocument(path.join(dir, 'missing.aiplan'));
    expect(fakeElectron.dialog.errors[0]).toContain('missing.aiplan');
  });

  it('offers to restore an autosave left by a crash', async () => {
    const { documents, session, deps } = setup();
    await writeAutosave(deps.paths.userData, 'untitled-crashed', sampleDocument(), null);
    fakeElectron.dialog.answers.push(0);
    expect(await documents.restore()).toBe(1);
    expect(session.takePending()).toMatchObject({ recovered: true });
  });
});

describe('main.ts composition', () => {
  it('registers the scheme, security, IPC, menu and the window, and queues the file from argv', async () => {
    process.env.AIPLAN_USER_DATA_DIR = dir;
    const file = path.join(dir, 'from-argv.aiplan');
    const { createDocumentFiles } = await import('../../src-main/documents/document-files');
    await createDocumentFiles({ generator: 't', clock: { now: () => new Date() } }).save(file, sampleDocument());
    const argv = process.argv;
    process.argv = ['electron', '.', file];
    try {
      await import('../../src-main/main');
    } finally {
      process.argv = argv;
    }
    await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1), { timeout: 5000 });
    const win = FakeBrowserWindow.instances[0]!;
    expect(fakeElectron.app.getPath('userData')).toBe(dir);
    expect(fakeElectron.protocol.privileged).toHaveLength(1);
    expect(fakeElectron.protocol.handlers.has('app')).toBe(true);
    expect(fakeElectron.sessionState.beforeRequest).not.toBeNull();
    expect([...fakeElectron.ipcMain.handlers.keys()].sort()).toEqual(Object.keys(payloadSchemas).sort());
    expect(fakeElectron.Menu.current).not.toBeNull();
    expect(win.loadedUrl).toBe('app://renderer/index.html');
    expect(win.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      preload: expect.stringMatching(/preload\.cjs$/),
    });
    const pending = fakeElectron.ipcMain.handlers.get('document:pending') as unknown as (
      e: unknown,
    ) => Promise<{ ok: boolean; result: { path: string } }>;
    await vi.waitFor(async () =>
      expect((await pending({ senderFrame: { url: 'app://renderer/index.html' } })).result?.path).toBe(file),
    );
  });
});

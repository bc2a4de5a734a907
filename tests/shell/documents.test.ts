import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OpenedDocument } from '../../shared/ipc/contract';
import { buildPresetDocument, findPreset } from '../../shared/schema/presets';
import { listRecoverable, writeAutosave } from '../../src-main/files/recovery';
import { fakeElectron, resetFakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);
const { createDocumentSession } = await import('../../src-main/documents/document-session');
const { closeChoiceFromButton, closeQuestion, createCloseGuard } = await import('../../src-main/documents/close-guard');
const { titleBarFor } = await import('../../src-main/documents/window-title');
const { documentsFromArgv, setupOpenFileEvents } = await import('../../src-main/documents/open-requests');
const { setupSingleInstance } = await import('../../src-main/single-instance');
const { createRecentFiles, withRecent, MAX_RECENT_FILES } = await import('../../src-main/documents/recent-files');
const { listExamples, openExample } = await import('../../src-main/documents/examples');
const { offerRestore } = await import('../../src-main/documents/restore-prompt');
const { createDocumentFiles } = await import('../../src-main/documents/document-files');

let dir: string;
beforeEach(async () => {
  resetFakeElectron();
  dir = await mkdtemp(path.join(os.tmpdir(), 'aiplan-docs-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const sampleDocument = () => buildPresetDocument(findPreset('article-three-models')!, '2026-01-01T00:00:00.000Z');
const opened = (title: string): OpenedDocument => ({
  path: null,
  document: { ...sampleDocument(), title },
  notices: [],
});

const recordingSession = () => {
  const log = { states: [] as unknown[], sent: [] as OpenedDocument[], closed: 0 };
  const session = createDocumentSession({
    showState: (s) => log.states.push(s),
    sendOpened: (o) => log.sent.push(o),
    closeWindow: () => {
      log.closed++;
    },
  });
  return { session, log };
};

describe('title bar', () => {
  it('marks unsaved changes with a bullet, or the edited dot on macOS', () => {
    expect(titleBarFor({ path: '/p/a.aiplan', title: 'Budget 2026', dirty: true }, 'App', 'linux')).toEqual({
      title: '• Budget 2026 — App',
      documentEdited: true,
      representedFilename: '/p/a.aiplan',
    });
    expect(titleBarFor({ path: null, title: 'Budget 2026', dirty: true }, 'App', 'darwin')).toEqual({
      title: 'Budget 2026 — App',
      documentEdited: true,
      representedFilename: '',
    });
    expect(titleBarFor({ path: null, title: '  ', dirty: false }, 'App', 'win32').title).toBe('Untitled project — App');
  });
});

describe('document session', () => {
  it('queues opens until the renderer asks, then sends them as events', async () => {
    const { session, log } = recordingSession();
    session.deliver(opened('first'));
    session.deliver(opened('second'));
    expect(log.sent).toEqual([]);
    expect(session.takePending()?.document.title).toBe('first');
    await Promise.resolve();
    expect(log.sent.map((o) => o.document.title)).toEqual(['second']);
    session.deliver(opened('third'));
    expect(log.sent.map((o) => o.document.title)).toEqual(['second', 'third']);
    expect(session.takePending()).toBeNull();
  });

  it('marks a document clean after a save and closes only when a close waits', () => {
    const { session, log } = recordingSession();
    session.setState({ path: null, title: 'T', dirty: true });
    session.saveSucceeded('/a.aiplan');
    expect(session.state).toEqual({ path: '/a.aiplan', title: 'T', dirty: false });
    expect(log.closed).toBe(0);
    session.closeAfterSave();
    session.saveSucceeded('/a.aiplan');
    expect(log.closed).toBe(1);
  });
});

describe('close guard', () => {
  const guard = (choice: 'save' | 'discard' | 'cancel', dirty = true) => {
    const { session, log } = recordingSession();
    session.setState({ path: null, title: 'Plan', dirty });
    const calls: string[] = [];
    const onClose = createCloseGuard({
      session,
      ask: async (title) => {
        calls.push(`ask:${title}`);
        return choice;
      },
      requestSave: () => calls.push('save'),
      forceClose: () => calls.push('force'),
      discarded: async () => {
        calls.push('discarded');
      },
    });
    let prevented = false;
    onClose({
      preventDefault: () => {
        prevented = true;
      },
    });
    return { prevented, calls, session, log };
  };

  it('lets a clean window close without asking', () => {
    const { prevented, calls } = guard('cancel', false);
    expect(prevented).toBe(false);
    expect(calls).toEqual([]);
  });

  it('asks, then saves and closes after the save', async () => {
    const { prevented, calls, session, log } = guard('save');
    expect(prevented).toBe(true);
    await vi.waitFor(() => expect(calls).toEqual(['ask:Plan', 'save']));
    session.saveSucceeded('/x.aiplan');
    expect(log.closed).toBe(1);
  });

  it("closes without saving on Don't Save and keeps the window on Cancel", async () => {
    const discard = guard('discard');
    await vi.waitFor(() => expect(discard.calls).toEqual(['ask:Plan', 'discarded', 'force']));
    const cancel = guard('cancel');
    await new Promise((r) => setTimeout(r, 5));
    expect(cancel.calls).toEqual(['ask:Plan']);
    expect(cancel.log.closed).toBe(0);
  });

  it('offers Save / Don’t Save / Cancel with Cancel as the escape button', () => {
    const q = closeQuestion('Plan');
    expect(q.buttons).toEqual(['Save', "Don't Save", 'Cancel']);
    expect(q.cancelId).toBe(2);
    expect(q.message).toContain('Plan');
    expect([0, 1, 2, 7].map(closeChoiceFromButton)).toEqual(['save', 'discard', 'cancel', 'cancel']);
  });
});

describe('open requests', () => {
  it('takes .aiplan files from argv, resolved against the working directory', () => {
    expect(
      documentsFromArgv(
        ['/usr/bin/app', '--flag', 'plans/a.aiplan', '/abs/B.AIPLAN', 'notes.txt', '--x=y.aiplan'],
        '/home/u',
      ),
    ).toEqual(['/home/u/plans/a.aiplan', '/abs/B.AIPLAN']);
  });

  it('queues macOS open-file events until ready', () => {
    const files = setupOpenFileEvents();
    let prevented = 0;
    fakeElectron.app.emit('open-file', { preventDefault: () => prevented++ }, '/a.aiplan');
    const opened: string[] = [];
    files.setReady((f) => opened.push(f));
    fakeElectron.app.emit('open-file', { preventDefault: () => prevented++ }, '/b.aiplan');
    expect(opened).toEqual(['/a.aiplan', '/b.aiplan']);
    expect(prevented).toBe(2);
  });

  it('passes a second launch’s files to the first instance', () => {
    const got: string[][] = [];
    expect(setupSingleInstance((files) => got.push(files))).toBe(true);
    fakeElectron.app.emit('second-instance', {}, ['/usr/bin/app', 'x.aiplan'], '/work');
    expect(got).toEqual([['/work/x.aiplan']]);
    fakeElectron.app.singleInstanceLock = false;
    expect(setupSingleInstance(() => {})).toBe(false);
  });
});

describe('recent files', () => {
  it('keeps the newest first, without duplicates, capped', () => {
    expect(withRecent(['/a', '/b'], '/b')).toEqual(['/b', '/a']);
    const many = Array.from({ length: 20 }, (_, i) => `/f${i}`);
    expect(withRecent(many, '/new')).toHaveLength(MAX_RECENT_FILES);
  });

  it('persists, removes, clears and reports changes', async () => {
    const changes: string[][] = [];
    const recent = createRecentFiles(dir, (l) => changes.push(l));
    await recent.add(path.join(dir, 'a.aiplan'));
    await recent.add(path.join(dir, 'b.aiplan'));
    expect(await createRecentFiles(dir).list()).toEqual([path.join(dir, 'b.aiplan'), path.join(dir, 'a.aiplan')]);
    await recent.remove(path.join(dir, 'b.aiplan'));
    expect(await recent.list()).toEqual([path.join(dir, 'a.aiplan')]);
    await recent.clear();
    expect(await recent.list()).toEqual([]);
    expect(changes).toHaveLength(4);
    await writeFile(path.join(dir, 'recent-files.json'), '{"not":"a list"}');
    expect(await recent.list()).toEqual([]);
  });
});

describe('examples', () => {
  it('lists the shipped examples with titles and opens one as an unsaved copy', async () => {
    const examplesDir = path.join(import.meta.dirname ?? '', '..', '..', 'examples');
    const list = await listExamples(examplesDir);
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((e) => e.title.length > 0)).toBe(true);
    const files = createDocumentFiles({ generator: 'test', clock: { now: () => new Date(0) } });
    const doc = await openExample(examplesDir, list[0]!.id, files);
    expect(doc.path).toBeNull();
    expect(doc.notices.at(-1)).toContain('Save As');
    await expect(openExample(examplesDir, 'nope', files)).rejects.toMatchObject({ code: 'unknown-example' });
    expect(await listExamples(path.join(dir, 'missing'))).toEqual([]);
  });
});

describe('restore after a crash', () => {
  it('offers the autosaves and delivers them as recovered documents', async () => {
    await writeAutosave(dir, 'untitled-old', sampleDocument(), null, new Date('2026-01-01T10:00:00Z'));
    const questions: unknown[] = [];
    const delivered: OpenedDocument[] = [];
    const count = await offerRestore(
      dir,
      async (q) => {
        questions.push(q);
        return 0;
      },
      (o) => delivered.push(o),
    );
    expect(count).toBe(1);
    expect(questions).toHaveLength(1);
    expect(delivered[0]).toMatchObject({ path: null, recovered: true });
    expect(delivered[0]?.notices.join(' ')).toContain('Recovered');
    expect(await listRecoverable(dir)).toEqual([]);
  });

  it('discards them when the user says so, and asks nothing when there are none', async () => {
    await writeAutosave(dir, 'untitled-old', sampleDocument(), '/p/a.aiplan');
    const delivered: OpenedDocument[] = [];
    expect(
      await offerRestore(
        dir,
        async () => 1,
        (o) => delivered.push(o),
      ),
    ).toBe(0);
    expect(delivered).toEqual([]);
    expect(await listRecoverable(dir)).toEqual([]);
    let asked = false;
    expect(
      await offerRestore(
        dir,
        async () => {
          asked = true;
          return 0;
        },
        () => {},
      ),
    ).toBe(0);
    expect(asked).toBe(false);
  });
});

describe('document files adapter', () => {
  it('saves and opens through the document store; store errors keep their code and paths', async () => {
    const files = createDocumentFiles({
      generator: 'AI Efficiency Planner 9.9',
      clock: { now: () => new Date('2026-02-03T00:00:00Z') },
    });
    const file = path.join(dir, 'x.aiplan');
    await files.save(file, sampleDocument());
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({
      generator: 'AI Efficiency Planner 9.9',
      modified: '2026-02-03T00:00:00.000Z',
    });
    expect((await files.open(file)).document.title).toBe(sampleDocument().title);
    await writeFile(file, '');
    await expect(files.open(file)).rejects.toMatchObject({ code: 'empty' });
    await expect(files.open(path.join(dir, 'none.aiplan'))).rejects.toMatchObject({ code: 'file-not-found' });
  });
});

// A compromised renderer must not choose which files main reads or overwrites: paths it
// names are honoured only when main handed them out (dialogs, opens, saves, recent files).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listRecoverable } from '../../src-main/files/recovery';
import { createHandlerTable, dispatch } from '../../src-main/ipc/handlers';
import { createTestHandlerDeps } from './handler-test-deps';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'aiplan-paths-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const setup = (options: Parameters<typeof createTestHandlerDeps>[1] = {}) => {
  const t = createTestHandlerDeps(dir, options);
  return { ...t, table: createHandlerTable(t.deps) };
};

const newDocument = async (table: ReturnType<typeof setup>['table']) => {
  const env = await dispatch(table, 'document:new', { preset: 'article-three-models' });
  if (!env.ok) throw new Error(env.error.message);
  return (env.result as { document: { title: string; scenarios: { id: string }[] } }).document;
};

describe('paths named by the renderer', () => {
  it('refuses to open a file that was neither chosen in a dialog nor listed in recent files', async () => {
    const secret = path.join(dir, 'secret.json');
    await writeFile(secret, '{"token": "abc"}');
    const { table, deps } = setup();
    const env = await dispatch(table, 'document:open', { path: secret });
    expect(env).toMatchObject({ ok: false, error: { code: 'path-not-allowed' } });
    if (!env.ok) expect(env.error.message).not.toContain('abc');
    expect(await deps.recent.list()).toEqual([]);
  });

  it('opens a recent file, and a file chosen in the dialog again by its path', async () => {
    const target = path.join(dir, 'plan.aiplan');
    const { table, deps } = setup({ saveAnswers: [target] });
    const doc = await newDocument(table);
    await dispatch(table, 'document:save', { path: null, document: doc });
    expect(await dispatch(table, 'document:open', { path: target })).toMatchObject({
      ok: true,
      result: { path: target },
    });
    await deps.recent.clear();
    // Still granted for this session: main handed this path to the renderer.
    expect(await dispatch(table, 'document:open', { path: target })).toMatchObject({
      ok: true,
      result: { path: target },
    });
  });

  it('opens files main chose (command line, OS) through openFile', async () => {
    const target = path.join(dir, 'cli.aiplan');
    const { table: writer } = setup({ saveAnswers: [target] });
    await dispatch(writer, 'document:save', { path: null, document: await newDocument(writer) });
    const { table } = setup();
    await table.openFile(target);
    expect(await dispatch(table, 'document:open', { path: target })).toMatchObject({ ok: true });
  });

  it('asks with the save dialog instead of overwriting a path main never handed out', async () => {
    const victim = path.join(dir, 'victim.txt');
    await writeFile(victim, 'precious');
    const chosen = path.join(dir, 'chosen.aiplan');
    const { table, record } = setup({ saveAnswers: [chosen] });
    const doc = await newDocument(table);
    expect(await dispatch(table, 'document:save', { path: victim, document: doc })).toEqual({
      ok: true,
      result: { path: chosen },
    });
    expect(await readFile(victim, 'utf8')).toBe('precious');
    expect(record.dialogs).toEqual([expect.stringMatching(/^save:/)]);
    // Once saved there, the path is the document's own: no dialog the next time.
    expect(await dispatch(table, 'document:save', { path: chosen, document: doc })).toEqual({
      ok: true,
      result: { path: chosen },
    });
    expect(record.dialogs).toHaveLength(1);
  });

  it('records an autosave of an unknown path as untitled, so a restore cannot target that file', async () => {
    const { table, deps } = setup();
    const doc = await newDocument(table);
    await dispatch(table, 'document:autosave', { path: path.join(dir, 'elsewhere', '.bashrc'), document: doc });
    expect((await listRecoverable(deps.paths.userData)).map((e) => e.originalPath)).toEqual([null]);
  });

  it('does not accept an export target path from the renderer', async () => {
    const { table, record } = setup();
    const doc = await newDocument(table);
    const env = await dispatch(table, 'export:pdf', {
      document: doc,
      scenarioIds: [],
      paper: 'a4',
      path: path.join(dir, 'x.pdf'),
    });
    expect(env).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(record.dialogs).toEqual([]);
  });
});

describe('a save the close guard asked for', () => {
  it('does not close the window on a later save when that save failed', async () => {
    const bad = path.join(dir, 'no-such-folder', 'plan.aiplan');
    const good = path.join(dir, 'plan.aiplan');
    const { table, session, record } = setup({ saveAnswers: [bad, good] });
    const doc = await newDocument(table);
    session.closeAfterSave();
    expect(await dispatch(table, 'document:save', { path: null, document: doc })).toMatchObject({ ok: false });
    // The user saw the error and went on working; a later save must not close the window.
    await dispatch(table, 'document:save', { path: null, document: doc });
    expect(record.closed).toBe(0);
  });
});

describe('an autosave racing a save', () => {
  it('leaves no recovery file behind when the autosave arrived before the save finished', async () => {
    const target = path.join(dir, 'plan.aiplan');
    const { deps } = createTestHandlerDeps(dir);
    // Hold the autosave between its arrival and its write (it reads the recent list first).
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const list = deps.recent.list.bind(deps.recent);
    let calls = 0;
    const table = createHandlerTable({
      ...deps,
      recent: {
        ...deps.recent,
        list: async () => {
          if (++calls === 1) await gate;
          return list();
        },
      },
    });
    table.grantPath(target);
    const doc = await newDocument(table);
    const autosave = dispatch(table, 'document:autosave', { path: target, document: doc });
    expect(await dispatch(table, 'document:save', { path: target, document: doc })).toMatchObject({
      ok: true,
      result: { path: target },
    });
    release();
    expect(await autosave).toMatchObject({ ok: true });
    expect(await listRecoverable(deps.paths.userData)).toEqual([]);
  });
});

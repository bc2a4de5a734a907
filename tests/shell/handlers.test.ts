import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { payloadSchemas } from '../../shared/ipc/payloads';
import { listRecoverable } from '../../src-main/files/recovery';
import { createHandlerTable, dispatch, suggestedFileName } from '../../src-main/ipc/handlers';
import type { TaskFunctions } from '../../src-main/work/task-types';
import { createTestHandlerDeps } from './handler-test-deps';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'aiplan-handlers-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const setup = (options: Parameters<typeof createTestHandlerDeps>[1] = {}) => {
  const t = createTestHandlerDeps(dir, options);
  return { ...t, table: createHandlerTable(t.deps) };
};

const newDocument = async (table: ReturnType<typeof setup>['table'], preset = 'article-three-models') => {
  const env = await dispatch(table, 'document:new', { preset });
  if (!env.ok) throw new Error(env.error.message);
  return (env.result as { document: { title: string; scenarios: { id: string }[] } }).document;
};

describe('dispatch: envelopes and validation', () => {
  it('answers app:info without a payload, offline', async () => {
    const { table } = setup();
    const env = await dispatch(table, 'app:info', undefined);
    expect(env).toMatchObject({
      ok: true,
      result: { name: 'AI Efficiency Planner', version: '0.0.0-test', offline: true },
    });
  });

  it('rejects an unknown channel without throwing', async () => {
    const { table } = setup();
    expect(await dispatch(table, 'fs:readFile', { path: '/etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'unknown-channel' },
    });
  });

  it('rejects an invalid payload with every problem and its path', async () => {
    const { table } = setup();
    const env = await dispatch(table, 'engine:estimate', {
      scenarios: [{ id: 'a', name: 'A', model: { parameters: -5 } }],
      extra: 1,
    });
    expect(env.ok).toBe(false);
    if (env.ok) return;
    expect(env.error.code).toBe('invalid-payload');
    const paths = env.error.issues?.map((i) => i.path) ?? [];
    expect(paths).toContain('scenarios[0].model.parameters');
    expect(paths.some((p) => p === '(payload)' || p === '')).toBe(true); // the unknown key "extra"
    expect(env.error.message).toContain('scenarios[0].model.parameters');
  });

  it('rejects a document payload of the wrong shape', async () => {
    const { table } = setup();
    const env = await dispatch(table, 'document:save', { path: null, document: { format: 'other' } });
    expect(env).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    if (!env.ok)
      expect(env.error.issues?.map((i) => i.path)).toEqual(
        expect.arrayContaining(['document.format', 'document.version', 'document.scenarios']),
      );
  });

  it('drops a message from a frame that is not the app', async () => {
    const { table, record } = setup();
    const env = await dispatch(
      table,
      'shell:open-external',
      { url: 'https://example.org' },
      { url: 'https://evil.example/' },
    );
    expect(env).toMatchObject({ ok: false, error: { code: 'unknown-sender' } });
    expect(record.externalUrls).toEqual([]);
    expect(await dispatch(table, 'app:info', undefined, { url: 'file:///tmp/x.html' })).toMatchObject({
      ok: false,
      error: { code: 'unknown-sender' },
    });
    expect(await dispatch(table, 'app:info', undefined, null)).toMatchObject({
      ok: false,
      error: { code: 'unknown-sender' },
    });
    expect(await dispatch(table, 'app:info', undefined, { url: 'app://renderer/index.html#/compare' })).toMatchObject({
      ok: true,
    });
  });

  it('has a payload schema and a handler for every channel', () => {
    const { table } = setup();
    expect(Object.keys(table.handlers).sort()).toEqual(Object.keys(payloadSchemas).sort());
  });

  it('turns a thrown error into an envelope', async () => {
    const { table } = setup();
    const env = await dispatch(table, 'document:new', { preset: 'no-such-preset' });
    expect(env).toMatchObject({ ok: false, error: { code: 'unknown-preset' } });
    if (!env.ok) expect(env.error.message).toContain('article-three-models');
  });
});

describe('engine and catalog', () => {
  it('estimates scenarios with the shared engine', async () => {
    const { table } = setup();
    const doc = await newDocument(table);
    const env = await dispatch(table, 'engine:estimate', { scenarios: doc.scenarios });
    expect(env.ok).toBe(true);
    if (env.ok)
      expect((env.result as { scenarioId: string; gpuCount: number }[]).map((e) => e.scenarioId)).toEqual(
        doc.scenarios.map((s) => s.id),
      );
  });

  it('returns the catalog with overrides applied', async () => {
    const { table } = setup();
    const region = {
      id: 'test-region',
      name: 'Test',
      carbonIntensityKgPerKWh: 0.1,
      year: 2024,
      source: 'test',
      date: '2024-01-01',
    };
    const env = await dispatch(table, 'catalog:get', { overrides: { regions: [region] } });
    expect(env.ok && (env.result as { regions: { id: string }[] }).regions.some((r) => r.id === 'test-region')).toBe(
      true,
    );
  });
});

describe('documents', () => {
  it('saves with a dialog, records the recent file, reopens', async () => {
    const target = path.join(dir, 'plan.aiplan');
    const { table, record, session } = setup({ saveAnswers: [target] });
    const doc = await newDocument(table);
    const saved = await dispatch(table, 'document:save', { path: null, document: doc });
    expect(saved).toEqual({ ok: true, result: { path: target } });
    expect(record.dialogs).toEqual([`save:${suggestedFileName(doc.title, 'aiplan')}`]);
    expect(JSON.parse(await readFile(target, 'utf8'))).toMatchObject({
      format: 'aiplan',
      title: doc.title,
      modified: '2026-01-02T03:04:05.000Z',
    });
    expect(session.state).toMatchObject({ path: target, dirty: false });
    expect(await dispatch(table, 'document:recent', undefined)).toEqual({ ok: true, result: [target] });
    const reopened = await dispatch(table, 'document:open', { path: target });
    expect(reopened).toMatchObject({ ok: true, result: { path: target, document: { title: doc.title } } });
  });

  it('returns null and clears a pending close when the save dialog is cancelled', async () => {
    const { table, session, record } = setup({ saveAnswers: [null] });
    const doc = await newDocument(table);
    session.setState({ path: null, title: doc.title, dirty: true });
    session.closeAfterSave();
    expect(await dispatch(table, 'document:save', { path: null, document: doc })).toEqual({ ok: true, result: null });
    session.saveSucceeded('/x.aiplan');
    expect(record.closed).toBe(0);
  });

  it('closes the window after a save the close guard asked for', async () => {
    const target = path.join(dir, 'close.aiplan');
    const { table, session, record } = setup({ saveAnswers: [target] });
    const doc = await newDocument(table);
    session.closeAfterSave();
    await dispatch(table, 'document:save', { path: null, document: doc });
    expect(record.closed).toBe(1);
  });

  it('reports a missing file in plain words and drops it from recent files', async () => {
    const target = path.join(dir, 'gone.aiplan');
    const { table, deps } = setup();
    await deps.recent.add(target);
    const env = await dispatch(table, 'document:open', { path: target });
    expect(env).toMatchObject({ ok: false, error: { code: 'file-not-found' } });
    expect(await deps.recent.list()).toEqual([]);
  });

  it('reports every problem of an invalid file', async () => {
    const target = path.join(dir, 'bad.aiplan');
    await writeFile(
      target,
      JSON.stringify({
        format: 'aiplan',
        version: 1,
        scenarios: [{ id: 'a', name: 'A', model: { parameters: 'lots' } }],
      }),
    );
    const { table } = setup({ openAnswers: [target] });
    const env = await dispatch(table, 'document:open', {});
    expect(env.ok).toBe(false);
    if (!env.ok) expect(env.error.issues?.length).toBeGreaterThan(0);
  });

  it('opens nothing when the open dialog is cancelled', async () => {
    const { table, record } = setup();
    expect(await dispatch(table, 'document:open', {})).toEqual({ ok: true, result: null });
    expect(record.dialogs).toEqual(['open']);
  });

  it('autosaves to the recovery folder and clears it on save', async () => {
    const target = path.join(dir, 'saved.aiplan');
    const { table, deps } = setup({ saveAnswers: [target] });
    const doc = await newDocument(table);
    table.grantPath(target); // as if opened from the command line
    await dispatch(table, 'document:autosave', { path: null, document: doc });
    await dispatch(table, 'document:autosave', { path: target, document: doc });
    expect(await listRecoverable(deps.paths.userData)).toHaveLength(2);
    await dispatch(table, 'document:save', { path: null, document: doc });
    expect(await listRecoverable(deps.paths.userData)).toHaveLength(0);
  });

  it('updates the session state and hands out a queued document once', async () => {
    const { table, session, record } = setup();
    expect(await dispatch(table, 'document:state', { path: null, title: 'Plan', dirty: true })).toEqual({
      ok: true,
      result: undefined,
    });
    expect(record.states.at(-1)).toEqual({ path: null, title: 'Plan', dirty: true });
    const doc = await newDocument(table);
    session.deliver({ path: null, document: doc as never, notices: [] });
    expect(await dispatch(table, 'document:pending', undefined)).toMatchObject({ ok: true, result: { path: null } });
    expect(await dispatch(table, 'document:pending', undefined)).toEqual({ ok: true, result: null });
  });

  it('lists presets and examples and opens an example as an unsaved copy', async () => {
    const { table } = setup();
    const presets = await dispatch(table, 'presets:list', undefined);
    expect(presets.ok && (presets.result as { id: string }[]).map((p) => p.id)).toContain('article-three-models');
    const examples = await dispatch(table, 'examples:list', undefined);
    expect(examples.ok).toBe(true);
    const first = examples.ok ? (examples.result as { id: string }[])[0] : undefined;
    expect(first).toBeDefined();
    const opened = await dispatch(table, 'examples:open', { id: first!.id });
    expect(opened).toMatchObject({ ok: true, result: { path: null } });
    expect(await dispatch(table, 'examples:open', { id: '../package' })).toMatchObject({
      ok: false,
      error: { code: 'unknown-example' },
    });
  });
});

describe('shell and tasks', () => {
  it('opens only http(s) links', async () => {
    const { table, record } = setup();
    expect(await dispatch(table, 'shell:open-external', { url: 'https://arxiv.org/abs/2203.15556' })).toMatchObject({
      ok: true,
    });
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'https://user:pw@host/']) {
      expect(await dispatch(table, 'shell:open-external', { url })).toMatchObject({
        ok: false,
        error: { code: 'unsafe-url' },
      });
    }
    expect(record.externalUrls).toEqual(['https://arxiv.org/abs/2203.15556']);
  });

  const slowExport = (written: string[]): TaskFunctions => {
    const run: TaskFunctions['export:pdf'] = async (input, ctx) => {
      for (let i = 1; i <= 4; i++) {
        if (ctx.signal.aborted) throw new Error('aborted');
        ctx.onProgress(i / 4);
        await new Promise((r) => setTimeout(r, 5));
      }
      await writeFile(input.outPath, 'x');
      written.push(input.outPath);
      return { path: input.outPath, bytes: 1 };
    };
    return { 'export:pdf': run, 'export:xlsx': run };
  };

  it('runs an export as a task with progress events, asking for the path', async () => {
    const written: string[] = [];
    const out = path.join(dir, 'report.pdf');
    const { table, record } = setup({ exportAnswers: [out], tasks: slowExport(written) });
    const doc = await newDocument(table);
    const env = await dispatch(table, 'export:pdf', {
      document: doc,
      scenarioIds: [doc.scenarios[0]!.id],
      paper: 'letter',
    });
    expect(env).toEqual({ ok: true, result: { path: out, bytes: 1 } });
    expect(record.progress.map((p) => p.fraction)).toEqual([0, 0.25, 0.5, 0.75, 1, 1]);
    expect(new Set(record.progress.map((p) => p.taskId)).size).toBe(1);
  });

  it('refuses scenario ids that are not in the document', async () => {
    const { table } = setup({ exportAnswers: [path.join(dir, 'x.xlsx')], tasks: slowExport([]) });
    const doc = await newDocument(table);
    const env = await dispatch(table, 'export:xlsx', { document: doc, scenarioIds: ['nope'] });
    expect(env).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  });

  it('cancels a running export', async () => {
    const written: string[] = [];
    const { table, record } = setup({ exportAnswers: [path.join(dir, 'c.pdf')], tasks: slowExport(written) });
    const doc = await newDocument(table);
    const running = dispatch(table, 'export:pdf', { document: doc });
    await new Promise((r) => setTimeout(r, 1));
    const taskId = record.progress[0]!.taskId;
    expect(await dispatch(table, 'task:cancel', { taskId })).toEqual({ ok: true, result: { cancelled: true } });
    expect(await running).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(written).toEqual([]);
    expect(await dispatch(table, 'task:cancel', { taskId })).toEqual({ ok: true, result: { cancelled: false } });
  });
});

describe('search channels', () => {
  it('validates the search payload and cancels an unknown search as a no-op', async () => {
    const { table } = setup();
    expect(await dispatch(table, 'search:run', { spec: {} })).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    });
    expect(await dispatch(table, 'search:cancel', { taskId: 'nothing-running' })).toEqual({
      ok: true,
      result: { cancelled: false },
    });
  });
});

describe('suggestedFileName', () => {
  it('makes a safe file name from the title', () => {
    expect(suggestedFileName('Budget: Q3/Q4 "final"', 'pdf')).toBe('Budget Q3 Q4 final.pdf');
    expect(suggestedFileName('a\u0000b\nc', 'aiplan')).toBe('a b c.aiplan');
    expect(suggestedFileName('   ', 'xlsx')).toBe('Untitled project.xlsx');
    expect(suggestedFileName('x'.repeat(300), 'pdf')).toHaveLength(104);
  });
});

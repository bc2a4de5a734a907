import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { spawnTsWorker } from './ts-worker';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Events } from '../../shared/ipc/contract';
import type { ProjectDocument } from '../../shared/schema/document';
import { createTaskRunner } from '../../src-main/work/task-runner';
import { createWorkerBackend, type WorkerLike } from '../../src-main/work/worker-backend';

let dir: string;
const runners: { dispose(): Promise<void> }[] = [];
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'aiplan-tasks-'));
});
afterEach(async () => {
  await Promise.all(runners.splice(0).map((r) => r.dispose()));
  await rm(dir, { recursive: true, force: true });
});

const workerRunner = () => {
  const progress: Events['progress'][] = [];
  let spawned = 0;
  const runner = createTaskRunner(
    createWorkerBackend(() => {
      spawned++;
      return spawnTsWorker(new URL('./fixtures/test-task-worker.ts', import.meta.url)) as unknown as WorkerLike;
    }),
    (p) => progress.push(p),
  );
  runners.push(runner);
  return { runner, progress, spawned: () => spawned };
};

const input = (outPath: string, paper: 'a4' | 'letter' = 'a4') => ({
  document: {} as ProjectDocument,
  scenarioIds: [],
  paper,
  outPath,
});

describe('worker task runner', () => {
  it('runs a task in a worker thread with ordered progress', async () => {
    const { runner, progress } = workerRunner();
    const out = path.join(dir, 'a.pdf');
    expect(await runner.run('export:pdf', input(out), 'Exporting PDF')).toEqual({ path: out, bytes: 6 });
    expect(await readFile(out, 'utf8')).toBe('report');
    const fractions = progress.map((p) => p.fraction);
    expect(fractions[0]).toBe(0);
    expect(fractions.at(-1)).toBe(1);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(progress.every((p) => p.label === 'Exporting PDF' && p.taskId === 'task-1')).toBe(true);
  });

  it('keeps the main thread free while a task runs', async () => {
    const { runner } = workerRunner();
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    await runner.run('export:pdf', input(path.join(dir, 'b.slow')), 'x');
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(5);
  });

  it('cancels by task id', async () => {
    const { runner, progress } = workerRunner();
    const running = runner.run('export:xlsx', input(path.join(dir, 'c.slow')), 'Exporting Excel workbook');
    await new Promise((r) => setTimeout(r, 60));
    expect(runner.cancel(progress[0]!.taskId)).toBe(true);
    await expect(running).rejects.toMatchObject({ code: 'cancelled' });
    expect(runner.cancel('task-99')).toBe(false);
  });

  it('passes a task error back with its message', async () => {
    const { runner } = workerRunner();
    await expect(runner.run('export:pdf', input(path.join(dir, 'x.fail')), 'x')).rejects.toMatchObject({
      code: 'ENOSPC',
      message: 'disk full: could not write the report',
    });
  });

  it('fails pending tasks when the worker dies, and starts a new worker next time', async () => {
    const { runner, spawned } = workerRunner();
    await expect(runner.run('export:pdf', input(path.join(dir, 'x.crash'), 'letter'), 'x')).rejects.toThrow(
      /stopped unexpectedly \(exit code 3\)/,
    );
    expect(await runner.run('export:pdf', input(path.join(dir, 'ok.pdf')), 'x')).toMatchObject({ bytes: 6 });
    expect(spawned()).toBe(2);
  });
});

describe('setupTasks', () => {
  it('starts its worker from the given file', async () => {
    const { setupTasks } = await import('../../src-main/work/setup-tasks');
    const progress: number[] = [];
    const runner = setupTasks(new URL('./fixtures/echo-task-worker.mjs', import.meta.url).pathname, (p) =>
      progress.push(p.fraction),
    );
    runners.push(runner);
    expect(await runner.run('export:xlsx', input('/out/x.xlsx'), 'Exporting Excel workbook')).toEqual({
      path: '/out/x.xlsx',
      bytes: 0,
    });
    expect(progress).toEqual([0, 0.5, 1]);
  });
});

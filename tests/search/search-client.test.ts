import { EventEmitter } from 'node:events';
import type { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { createSearchClient } from '../../src-main/search/search-client';

/** A worker that never finishes on its own; records whether it was terminated. */
const fakeWorker = () => {
  const w = Object.assign(new EventEmitter(), {
    terminated: false,
    terminate: async () => {
      w.terminated = true;
      w.emit('exit', 1);
      return 1;
    },
  });
  return w;
};

describe('search client', () => {
  it('refuses more concurrent searches than the cap, with a plain message', async () => {
    const spawned: ReturnType<typeof fakeWorker>[] = [];
    const client = createSearchClient(() => {
      const w = fakeWorker();
      spawned.push(w);
      return w as unknown as Worker;
    }, 2);
    const request = { spec: {} } as never;
    const a = client.run('a', request, () => {});
    const b = client.run('b', request, () => {});
    await expect(client.run('c', request, () => {})).rejects.toThrow(
      '2 searches are already running; wait for one to finish or cancel it',
    );
    expect(spawned).toHaveLength(2);
    expect(client.running()).toEqual(['a', 'b']);
    client.stopAll();
    await expect(a).rejects.toThrow(/stopped unexpectedly/);
    await expect(b).rejects.toThrow(/stopped unexpectedly/);
    expect(spawned.every((w) => w.terminated)).toBe(true);
    expect(client.running()).toEqual([]);
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { command } from '../../src-main/cli/commands/search';
import { UsageError } from '../../src-main/cli/types';
import { smallSpace } from './small-space';

const run = async (args: string[], isTTY = false, cwd = process.cwd()) => {
  let stdout = '';
  let stderr = '';
  const code = await command.run(args, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    isTTY,
    cwd,
  });
  return { code, stdout, stderr };
};

const flags = [
  '--layers',
  '8,24',
  '--hidden',
  '1024,2048',
  '--heads',
  '16',
  '--kv-groups',
  '1',
  '--gpus',
  'h100-sxm,a100-40gb',
  '--gpu-counts',
  '8,16',
  '--tp',
  '1',
  '--pp',
  '1',
  '--zero',
  '1',
  '--micro-batch',
  '1',
  '--recompute',
  'none',
  '--regions',
  'us,france',
  '--precision',
  'mixed-bf16',
];

describe('aiplan search', () => {
  it('--json prints the frontier and top-k for flags', async () => {
    const r = await run(['--compute', '1e20', ...flags, '--max-cost', '5e4', '--top', '3', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.top).toHaveLength(3);
    expect(out.frontier.length).toBeGreaterThan(0);
    expect(out.scatter).toBeUndefined();
    for (const c of out.top) expect(c.cost).toBeLessThanOrEqual(5e4);
    expect(r.stderr).toBe('');
  });

  it('draws a progress bar on a terminal and prints tables', async () => {
    const r = await run(['--compute', '1e20', ...flags], true);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/\[#+\] 100%/);
    expect(r.stdout).toMatch(/Top \d+ by loss/);
    expect(r.stdout).toMatch(/Pareto frontier over loss, cost, time, co2/);
  });

  it('reads a spec file or the first saved search of a .aiplan document', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aiplan-search-'));
    const spec = { goal: { kind: 'cost-budget', amount: 1000 }, space: smallSpace };
    writeFileSync(join(dir, 'spec.json'), JSON.stringify(spec));
    writeFileSync(
      join(dir, 'plan.aiplan'),
      JSON.stringify({ format: 'aiplan', version: 1, scenarios: [], searches: [{ id: 's1', name: 'S', spec }] }),
    );
    const a = JSON.parse((await run(['spec.json', '--json'], false, dir)).stdout);
    const b = JSON.parse((await run(['plan.aiplan', '--json'], false, dir)).stdout);
    expect(a.rankBy).toBe('loss');
    expect(b).toEqual(a);
    await expect(run(['plan.aiplan', '--search', 'nope'], false, dir)).rejects.toThrow(
      /no saved search "nope"; it has: s1/,
    );
  });

  it('bad flags are usage errors naming the flag; bad specs exit 1', async () => {
    await expect(run(['--compute', 'lots'])).rejects.toThrow(UsageError);
    await expect(run(['--compute', 'lots'])).rejects.toThrow(/--compute: expected a positive number/);
    await expect(run(['--colour', 'red'])).rejects.toThrow(/unknown flag --colour/);
    await expect(run(['--rank-by', 'speed', '--compute', '1e20'])).rejects.toThrow(
      /--rank-by: expected one of loss, cost, time, energy, co2/,
    );
    await expect(run(flags)).rejects.toThrow(/give a goal/);
    const none = await run(['--params', '70B', ...flags]);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/no architecture in the space/);
    const r = await run(['--compute', '1e20', '--gpus', 'tpu-v9']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/space.gpus: unknown GPU "tpu-v9"/);
  });
});

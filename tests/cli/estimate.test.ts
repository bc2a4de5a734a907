// `aiplan estimate`: the documented JSON shape, flag mapping, human table and one-line usage errors (issue #2).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src-main/cli/aiplan';
import type { CliIo } from '../../src-main/cli/types';

const run = async (argv: string[]) => {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = {
    stdout: (t) => {
      out.stdout += t;
    },
    stderr: (t) => {
      out.stderr += t;
    },
    isTTY: false,
    cwd: join(__dirname, '../..'),
  };
  const code = await main(['estimate', ...argv], io);
  return { code, ...out };
};

const json = async (argv: string[]) => {
  const r = await run([...argv, '--json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as { scenarios: Record<string, unknown>[] };
};

describe('aiplan estimate', () => {
  it('prints the documented JSON shape', async () => {
    const [s] = (await json(['--params', '7B', '--tokens', '1.4T', '--gpu', 'a100-80gb'])).scenarios;
    expect(Object.keys(s!)).toEqual(
      expect.arrayContaining([
        'name',
        'parameters',
        'tokens',
        'trainingFlops',
        'gpu',
        'gpuCount',
        'memoryPerGpuBytes',
        'gpuHours',
        'wallClockHours',
        'energyKWh',
        'co2eKg',
        'cost',
        'range',
      ]),
    );
    expect(s).toMatchObject({ parameters: 7e9, tokens: 1.4e12, trainingFlops: 6 * 7e9 * 1.4e12, gpu: 'a100-80gb' });
    expect(Object.keys(s!.memoryPerGpuBytes as object)).toEqual(
      expect.arrayContaining(['weights', 'gradients', 'optimizer', 'activations', 'total']),
    );
    expect(Object.keys(s!.cost as object)).toEqual(expect.arrayContaining(['total', 'currency']));
    const range = s!.range as Record<string, { p10: number; p50: number; p90: number }>;
    for (const k of ['gpuHours', 'wallClockHours', 'energyKWh', 'co2eKg', 'cost'])
      expect(range[k]!.p10).toBeLessThanOrEqual(range[k]!.p90);
  });

  it('maps flags to scenario fields: --gpus N gives data-parallel N / (tp·pp)', async () => {
    const [s] = (
      await json([
        '--layers',
        '32',
        '--hidden',
        '4096',
        '--heads',
        '32',
        '--kv-heads',
        '8',
        '--tokens',
        '2e11',
        '--gpus',
        '64',
        '--tp',
        '4',
        '--pp',
        '2',
        '--precision',
        'bf16',
        '--optimizer',
        'adam-8bit',
        '--zero',
        '2',
        '--recompute',
        'full',
        '--mfu',
        '35%',
        '--pue',
        '1.1',
        '--carbon-intensity',
        '0.3',
        '--price-per-gpu-hour',
        '2.5',
        '--currency',
        'EUR',
        '--no-flash-attention',
      ])
    ).scenarios;
    expect(s).toMatchObject({
      gpuCount: 64,
      parallelism: { data: 8, tensor: 4, pipeline: 2 },
      mfu: 0.35,
      cost: { currency: 'EUR' },
    });
    expect((s!.cost as { total: number }).total).toBeCloseTo((s!.gpuHours as number) * 2.5, 6);
  });

  it('the article method reproduces GPT-3.5 from the example file, by scenario name', async () => {
    const { scenarios } = await json([
      'examples/article-three-models-article-method.aiplan',
      '--scenario',
      'GPT-3.5 175B',
    ]);
    expect(scenarios).toHaveLength(1);
    expect(scenarios[0]).toMatchObject({ gpuCount: 164, method: 'article' });
    expect((scenarios[0]!.wallClockHours as number) / 24).toBeCloseTo(180.49, 2);
  });

  it('prints a readable table with the catalog date and warnings', async () => {
    const r = await run(['--params', '7B', '--gpu', 't4', '--gpus', '1', '--zero', '0']);
    expect(r.code).toBe(0);
    for (const row of ['Parameters', 'GPUs', 'Memory per GPU', 'GPU-hours', 'Wall-clock', 'Energy', 'CO2e', 'Cost'])
      expect(r.stdout).toContain(row);
    expect(r.stdout).toContain('DOES NOT FIT');
    expect(r.stdout).toMatch(/Catalog figures as of \d{4}-\d{2}-\d{2}/);
  });

  it.each([
    [['--params', 'seven'], '--params'],
    [['--params', '7B', '--precision', 'fp13'], '--precision: expected one of fp32'],
    [['--params', '7B', '--zero', '5'], '--zero: expected one of 0 | 1 | 2 | 3'],
    [['--params', '7B', '--gpu', 'gtx-480'], '--gpu'],
    [['--params', '7B', '--gpus', '6', '--tp', '4'], 'multiple of 4'],
    [['--params', '-7B'], '--params'],
    [['--params', '7B', '--pue', '0.5'], '--pue'],
    [['--colour', 'red'], 'unknown'],
    [[], 'give a file, or the model size'],
  ])('usage error %j → exit 2, one line naming %s', async (argv, text) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(text);
  });
});

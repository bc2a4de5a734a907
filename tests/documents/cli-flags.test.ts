// The CLI commands treat flags alike: `--flag=value`, single-dash typos, stray arguments,
// missing files and write failures give the same kind of message and exit code everywhere.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src-main/cli/aiplan';
import type { CliIo } from '../../src-main/cli/types';
import { examplesDir, tempFolder } from './helpers';

let folder: { dir: string; cleanup: () => void };
beforeEach(() => {
  folder = tempFolder();
});
afterEach(() => folder.cleanup());

const run = async (argv: string[], cwd = folder.dir) => {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = {
    stdout: (t) => {
      out.stdout += t;
    },
    stderr: (t) => {
      out.stderr += t;
    },
    isTTY: false,
    cwd,
  };
  const code = await main(argv, io);
  return { code, ...out };
};

describe('aiplan flags across commands', () => {
  it('rejects a single-dash option instead of taking it for a file name', async () => {
    for (const command of ['estimate', 'validate', 'report']) {
      const result = await run([command, '-j']);
      expect(result.code, command).toBe(2);
      expect(result.stderr, command).toContain('unknown option -j');
    }
    const search = await run(['search', '-j', '--params', '7B']);
    expect(search.code).toBe(2);
    expect(search.stderr).toContain('unknown option -j');
  });

  it('accepts --flag=value and --json=true everywhere', async () => {
    expect((await run(['new', '--preset=my-own-model', '--output=plan.aiplan'])).code).toBe(0);
    expect(JSON.parse((await run(['validate', '--json=true', 'plan.aiplan'])).stdout)).toMatchObject([{ valid: true }]);
    const accuracy = await run(['accuracy', '--group=Llama 2', '--json=true']);
    expect(accuracy.stderr).toBe('');
    expect(JSON.parse(accuracy.stdout).rows.length).toBeGreaterThan(0);
  });

  it('refuses a stray argument to new instead of ignoring it', async () => {
    const result = await run(['new', 'llama-2-7b', '--preset', 'my-own-model']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unexpected argument "llama-2-7b"');
    expect(result.stdout).toBe('');
  });

  it('takes a --title that starts with a dash', async () => {
    const result = await run(['new', '--preset', 'my-own-model', '--title', '-draft-']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).title).toBe('-draft-');
  });

  it('reports an --output it cannot write as a plain input problem (exit 1), not an internal error', async () => {
    const result = await run(['new', '--preset', 'my-own-model', '--output', join('no-such-folder', 'plan.aiplan')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^aiplan new: --output: Cannot save .*plan\.aiplan: the folder .*no-such-folder does not exist\.\n$/,
    );
  });

  it('treats a missing input file as exit 1 in search, as in estimate, validate and report', async () => {
    for (const argv of [
      ['estimate', 'missing.aiplan'],
      ['validate', 'missing.aiplan'],
      ['report', 'missing.aiplan', '--pdf', 'x.pdf'],
      ['search', 'missing.json', '--params', '7B'],
    ]) {
      const result = await run(argv);
      expect(result.code, argv.join(' ')).toBe(1);
      expect(result.stdout + result.stderr, argv.join(' ')).toMatch(/no file at .*missing\./i);
    }
  });

  it('prints usage and exits 0 for --help on every command', async () => {
    for (const command of ['estimate', 'validate', 'new', 'report', 'search', 'accuracy']) {
      const result = await run([command, '--help']);
      expect(result.code, command).toBe(0);
      expect(result.stdout, command).toContain(`aiplan ${command}`);
    }
  });
});

describe('aiplan report --scenarios', () => {
  it('takes scenario names as well as ids, as estimate --scenario does', async () => {
    const out = join(folder.dir, 'book.xlsx');
    const result = await run(
      ['report', 'llama-2-as-trained.aiplan', '--scenarios', 'Llama 2 7B (published setup)', '--xlsx', out],
      examplesDir,
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const unknown = await run(
      ['report', 'llama-2-as-trained.aiplan', '--scenarios', 'no such scenario', '--xlsx', out],
      examplesDir,
    );
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/it has: \S+ \("Llama 2 7B \(published setup\)"\)/);
  });
});

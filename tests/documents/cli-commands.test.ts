import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDocument } from '../../shared/schema/load-document';
import { command as newCommand } from '../../src-main/cli/commands/new';
import { command as validate } from '../../src-main/cli/commands/validate';
import { UsageError, type CliIo } from '../../src-main/cli/types';
import { examplesDir, exampleText, tempFolder } from './helpers';

let folder: { dir: string; cleanup: () => void };
beforeEach(() => {
  folder = tempFolder();
});
afterEach(() => folder.cleanup());

const capture = (cwd: string) => {
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
  return { io, out };
};

describe('aiplan validate', () => {
  it('exits 0 for a valid file', async () => {
    const { io, out } = capture(examplesDir);
    expect(await validate.run(['llama-2-as-trained.aiplan'], io)).toBe(0);
    expect(out.stdout).toBe('llama-2-as-trained.aiplan: valid (2 scenarios, file format 1)\n');
  });

  it('exits 1 and lists every problem with its path', async () => {
    const doc = JSON.parse(exampleText('llama-2-as-trained.aiplan'));
    doc.scenarios[0].training.tokens = -2e12;
    doc.scenarios[1].model.architecture.hidden = 'big';
    writeFileSync(join(folder.dir, 'bad.aiplan'), JSON.stringify(doc));
    const { io, out } = capture(folder.dir);
    expect(await validate.run(['bad.aiplan'], io)).toBe(1);
    expect(out.stdout.split('\n')).toEqual([
      'bad.aiplan: The project has 2 problems.',
      '  - scenarios[0].training.tokens: training tokens must be greater than 0; found -2e+12',
      '  - scenarios[1].model.architecture.hidden: hidden size must be a number; found text "big"',
      '',
    ]);
  });

  it('checks several files, reports file-level errors and offers JSON output', async () => {
    writeFileSync(join(folder.dir, 'empty.aiplan'), '');
    writeFileSync(join(folder.dir, 'ok.aiplan'), exampleText('training-in-three-regions.aiplan'));
    const { io, out } = capture(folder.dir);
    expect(await validate.run(['ok.aiplan', 'empty.aiplan', 'missing.aiplan', '--json'], io)).toBe(1);
    const report = JSON.parse(out.stdout) as { file: string; valid: boolean; code?: string }[];
    expect(report.map((r) => [r.file, r.valid, r.code])).toEqual([
      ['ok.aiplan', true, undefined],
      ['empty.aiplan', false, 'empty'],
      ['missing.aiplan', false, 'file-not-found'],
    ]);
  });

  it('rejects a missing file argument or an unknown flag as usage errors', async () => {
    const { io } = capture(folder.dir);
    await expect(validate.run([], io)).rejects.toThrow(UsageError);
    await expect(validate.run(['x.aiplan', '--strict'], io)).rejects.toThrow(/unknown option --strict/);
  });
});

describe('aiplan new', () => {
  it('prints a valid document for a preset', async () => {
    const { io, out } = capture(folder.dir);
    expect(await newCommand.run(['--preset', 'llama-3-70b'], io)).toBe(0);
    const loaded = loadDocument(out.stdout);
    if (!loaded.ok) throw new Error(loaded.error.message);
    expect(loaded.document.scenarios[0]!.model.architecture).toMatchObject({
      layers: 80,
      hidden: 8192,
      kvHeads: 8,
      vocab: 128256,
    });
  });

  it('writes to --output atomically and takes a --title', async () => {
    const { io } = capture(folder.dir);
    expect(await newCommand.run(['--preset', 'my-own-model', '--title', 'Q3 budget', '-o', 'plan.aiplan'], io)).toBe(0);
    const loaded = loadDocument(readFileSync(join(folder.dir, 'plan.aiplan'), 'utf8'));
    expect(loaded.ok && loaded.document.title).toBe('Q3 budget');
  });

  it('lists the presets, and names them when the preset is missing or unknown', async () => {
    const { io, out } = capture(folder.dir);
    expect(await newCommand.run(['--list'], io)).toBe(0);
    expect(out.stdout).toMatch(/article-three-models/);
    await expect(newCommand.run([], io)).rejects.toThrow(/choose a preset.*\n.*article-three-models/s);
    await expect(newCommand.run(['--preset', 'gpt-5'], io)).rejects.toThrow(/no preset "gpt-5".*llama-2-7b/s);
    await expect(newCommand.run(['--preset'], io)).rejects.toThrow(/--preset needs a value/);
  });
});

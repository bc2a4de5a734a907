// `aiplan report`: writes the files it is asked for and explains bad input.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { command } from '../../src-main/cli/commands/report';
import type { CliIo } from '../../src-main/cli/types';
import { reportDocument } from './fixture';
import { tempFolder } from './helpers';

const folder = tempFolder();
afterAll(() => folder.cleanup());
const file = join(folder.dir, 'project.aiplan');
writeFileSync(file, JSON.stringify(reportDocument(), null, 2));

const io = () => {
  const out = { stdout: '', stderr: '' };
  const handle: CliIo = {
    stdout: (t) => {
      out.stdout += t;
    },
    stderr: (t) => {
      out.stderr += t;
    },
    isTTY: false,
    cwd: folder.dir,
  };
  return { out, handle };
};

describe('aiplan report', () => {
  it('writes the PDF and the workbook for the chosen scenarios on Letter paper', async () => {
    const { out, handle } = io();
    const code = await command.run(
      [
        'project.aiplan',
        '--pdf',
        'brief.pdf',
        '--xlsx',
        'book.xlsx',
        '--scenarios',
        'baseline,on-prem',
        '--paper',
        'letter',
      ],
      handle,
    );
    expect(out.stderr).toBe('');
    expect(code).toBe(0);
    expect(out.stdout).toMatch(/wrote .*brief\.pdf \(\d+ bytes\)\nwrote .*book\.xlsx/);
    expect(readFileSync(join(folder.dir, 'brief.pdf'), 'latin1')).toMatch(/MediaBox \[0 0 612 792\]/);
    expect(existsSync(join(folder.dir, 'book.xlsx'))).toBe(true);
  });

  it('names an unknown scenario and exits 1', async () => {
    const { out, handle } = io();
    expect(await command.run(['project.aiplan', '--pdf', 'x.pdf', '--scenarios', 'nope'], handle)).toBe(1);
    expect(out.stderr).toContain('--scenarios: no scenario "nope"');
    expect(existsSync(join(folder.dir, 'x.pdf'))).toBe(false);
  });

  it('rejects missing outputs and bad paper as usage errors', async () => {
    const { handle } = io();
    await expect(command.run(['project.aiplan'], handle)).rejects.toThrow(/--pdf out.pdf and\/or --xlsx/);
    await expect(command.run(['project.aiplan', '--pdf', 'a.pdf', '--paper', 'a3'], handle)).rejects.toThrow(
      /--paper must be a4 or letter, got "a3"/,
    );
    await expect(command.run(['--pdf', 'a.pdf'], handle)).rejects.toThrow(/exactly one project file/);
  });

  it('reports an unreadable project with exit 1', async () => {
    writeFileSync(join(folder.dir, 'broken.aiplan'), '{ not json');
    const { out, handle } = io();
    expect(await command.run(['broken.aiplan', '--pdf', 'b.pdf'], handle)).toBe(1);
    expect(out.stderr).toContain('broken.aiplan');
  });
});

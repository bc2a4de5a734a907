import { describe, expect, it } from 'vitest';
import { command } from '../../src-main/cli/commands/accuracy';
import { UsageError, type CliIo } from '../../src-main/cli/types';

const run = async (args: string[]) => {
  let out = '';
  const io: CliIo = {
    stdout: (t) => {
      out += t;
    },
    stderr: () => {},
    isTTY: false,
    cwd: process.cwd(),
  };
  const code = await command.run(args, io);
  return { code, out };
};

describe('aiplan accuracy', () => {
  it('prints an aligned table with published, predicted, error and a summary', async () => {
    const { code, out } = await run([]);
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^figure\s+quantity\s+unit\s+published\s+predicted\s+error$/);
    const llama7 = lines.find((l) => l.startsWith('Llama 2 7B') && l.includes('GPU-hours'));
    expect(llama7).toMatch(/184,320\s+\d{3},\d{3}\s+[+-]\d+\.\d%$/);
    // Right-aligned numeric columns end at the same position.
    const dataLines = lines.filter((l) => /%$/.test(l));
    expect(new Set(dataLines.map((l) => l.length)).size).toBe(1);
    expect(out).toMatch(/Summary: \d+ of \d+ figures compared; median \|error\| \d+\.\d%/);
    expect(out).toContain('Sources:');
  });

  it('--json prints the report', async () => {
    const { out } = await run(['--json']);
    const parsed = JSON.parse(out) as {
      rows: { id: string; published: number; predicted: number; errorPct: number }[];
      summary: { rows: number };
    };
    expect(parsed.rows.length).toBe(parsed.summary.rows);
    expect(parsed.rows.find((r) => r.id === 'gpt3-175b-flops')?.published).toBe(3.14e23);
  });

  it('--group keeps one source group and recomputes the summary', async () => {
    const { out } = await run(['--group', 'zero', '--json']);
    const parsed = JSON.parse(out) as { rows: unknown[]; summary: { rows: number } };
    expect(parsed.rows).toHaveLength(4);
    expect(parsed.summary.rows).toBe(4);
  });

  it('rejects unknown options, stray arguments and unknown groups with a usage error', async () => {
    await expect(run(['--verbose'])).rejects.toThrow(UsageError);
    await expect(run(['--verbose'])).rejects.toThrow(/unknown option --verbose; accepted: --json, --group/);
    await expect(run(['extra'])).rejects.toThrow(/unexpected argument "extra"/);
    await expect(run(['--group'])).rejects.toThrow(/--group needs a value/);
    await expect(run(['--group', 'bert'])).rejects.toThrow(/no figures in group "bert"; groups: GPT-3 compute/);
  });
});

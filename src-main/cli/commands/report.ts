// `aiplan report <file> [--pdf out.pdf] [--xlsx out.xlsx] [--scenarios a,b] [--paper a4|letter]`:
// the budget brief and the workbook, recomputed from the saved project.
import { resolve } from 'node:path';
import { exportPdf, exportXlsx } from '../../exporters/index';
import { parseArgs } from '../flags';
import { loadDocumentForCli } from '../load-for-cli';
import { UsageError, type CliCommand, type CliIo } from '../types';

const usage = 'aiplan report <file.aiplan> [--pdf out.pdf] [--xlsx out.xlsx] [--scenarios a,b] [--paper a4|letter]';

const progressBar = (io: CliIo, label: string) => (fraction: number) => {
  if (!io.isTTY) return;
  const width = 30;
  const filled = Math.round(fraction * width);
  io.stderr(
    `\r${label} [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${Math.round(fraction * 100)}%${fraction >= 1 ? '\n' : ''}`,
  );
};

const single = (flags: Map<string, string[]>, name: string): string | undefined => flags.get(name)?.[0];

export const command: CliCommand = {
  name: 'report',
  summary: 'Write the PDF budget brief and/or the Excel workbook for a project',
  usage,
  async run(args, io) {
    const { flags, positionals } = parseArgs(args, { pdf: {}, xlsx: {}, scenarios: {}, paper: {} });
    if (positionals.length !== 1) throw new UsageError(`give exactly one project file; usage: ${usage}`);
    const pdf = single(flags, 'pdf');
    const xlsx = single(flags, 'xlsx');
    if (!pdf && !xlsx) throw new UsageError(`say what to write: --pdf out.pdf and/or --xlsx out.xlsx; usage: ${usage}`);
    const paper = single(flags, 'paper') ?? 'a4';
    if (paper !== 'a4' && paper !== 'letter') throw new UsageError(`--paper must be a4 or letter, got "${paper}"`);
    const wanted = (single(flags, 'scenarios') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const doc = await loadDocumentForCli(positionals[0]!, io);
    if (!doc) return 1;
    // Ids or names, as `aiplan estimate --scenario` takes them.
    const idOf = (wantedName: string) =>
      (doc.scenarios.find((s) => s.id === wantedName) ?? doc.scenarios.find((s) => s.name === wantedName))?.id;
    const unknown = wanted.filter((w) => idOf(w) === undefined);
    if (unknown.length > 0) {
      io.stderr(
        `--scenarios: no scenario "${unknown[0]}" in ${positionals[0]}; it has: ${doc.scenarios.map((s) => `${s.id} ("${s.name}")`).join(', ')}\n`,
      );
      return 1;
    }
    const scenarioIds = wanted.map((w) => idOf(w)!);
    try {
      if (pdf) {
        const out = await exportPdf(doc, {
          scenarioIds,
          paper,
          outPath: resolve(io.cwd, pdf),
          onProgress: progressBar(io, 'PDF  '),
        });
        io.stdout(`wrote ${out.path} (${out.bytes} bytes)\n`);
      }
      if (xlsx) {
        const out = await exportXlsx(doc, {
          scenarioIds,
          paper,
          outPath: resolve(io.cwd, xlsx),
          onProgress: progressBar(io, 'Excel'),
        });
        io.stdout(`wrote ${out.path} (${out.bytes} bytes)\n`);
      }
    } catch (err) {
      io.stderr(`report: ${err instanceof Error ? err.message : String(err)}\n`);
      return 1;
    }
    return 0;
  },
};

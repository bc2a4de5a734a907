// `aiplan accuracy`: the engine's predictions against published figures, with the error of each.
import { defaultCatalog } from '../../../shared/catalog';
import { accuracyReport } from '../../../shared/validation/accuracy';
import { accuracyTable } from '../../../shared/validation/format';
import { summarize } from '../../../shared/validation/summary';
import { rangeCoverage } from '../../../shared/uncertainty';
import { parseArgs } from '../flags';
import { UsageError, type CliCommand } from '../types';

export const command: CliCommand = {
  name: 'accuracy',
  summary:
    "Compare the engine's predictions with published training figures (GPT-3, Llama 2, ZeRO, H200 runs, the source article)",
  usage: 'aiplan accuracy [--group <name>] [--json]',
  async run(args, io) {
    const { flags, booleans, positionals } = parseArgs(args, { json: { boolean: true }, group: {} });
    if (positionals.length > 0)
      throw new UsageError(`unexpected argument "${positionals[0]}"; usage: ${command.usage}`);
    // `--group <text>` keeps rows whose group contains the text (case-insensitive).
    const group = flags.get('group')?.[0]?.toLowerCase();
    const json = booleans.get('json') ?? false;

    const full = accuracyReport(defaultCatalog);
    const rows = group === undefined ? full.rows : full.rows.filter((r) => r.group.toLowerCase().includes(group));
    if (rows.length === 0) {
      const groups = [...new Set(full.rows.map((r) => r.group))];
      throw new UsageError(`no figures in group "${group}"; groups: ${groups.join(', ')}`);
    }
    const filtered = group === undefined ? full : { ...full, rows, summary: summarize(rows.map((r) => r.errorPct)) };
    const coverage = rangeCoverage(defaultCatalog);
    if (json) {
      io.stdout(`${JSON.stringify({ ...filtered, rangeCoverage: coverage }, null, 2)}\n`);
    } else {
      io.stdout(accuracyTable(filtered));
      const pct = (x: number) => `${Math.round(x * 100)}%`;
      io.stdout(
        `\nRange coverage (default uncertainty, P10–P90): ${coverage.inside} of ${coverage.total} published runs inside (${pct(coverage.inside / coverage.total)}; target ≥ ${pct(coverage.target)}).\n`,
      );
      for (const r of coverage.rows.filter((row) => !row.inside))
        io.stdout(
          `  outside: ${r.label} ${r.quantity}: published ${r.published.toPrecision(4)}, P10–P90 ${r.p10.toPrecision(4)}–${r.p90.toPrecision(4)} ${r.unit}\n`,
        );
    }
    // Exit 1 when the engine could not estimate some published run: a gap worth noticing in CI.
    return filtered.summary.failed > 0 ? 1 : 0;
  },
};

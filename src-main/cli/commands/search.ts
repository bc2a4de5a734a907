// `aiplan search <file|flags> [--json]`: the architecture and training-plan search
// from the command line, with a progress bar on a terminal.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CliCommand, CliIo } from '../types';
import { UsageError } from '../types';
import type { SearchResult } from '../../../shared/search/run-search';
import { runSearchTask } from '../../search/search-task';
import { applySearchFlags } from './search-flags';
import { formatSearchResult } from './search-format';

const USAGE = `aiplan search [file.json|file.aiplan] [flags] [--json]
  file         a search spec (JSON), or a .aiplan document (its first saved search, or --search <id>)
  goal         --target-loss 2.1 | --params 7B | --compute 1e23 | --budget 1e6 | --energy-budget 5e5 | --time-budget 720
  limits       --max-cost --deadline <hours> --max-gpus --max-co2 <kg> --max-energy <kWh>
  space        --layers 24,32 --hidden 4096,5120 --heads 32 --kv-groups 1,8 --ffn-ratio 4 --vocab 32000 --seq 2048
               --tokens-per-param 20 --precision mixed-bf16,fp8 --optimizer adamw --zero 1,3 --recompute none,full
               --micro-batch 1,2 --tp 1,8 --pp 1,4 --gpus h100-sxm,h200 --gpu-counts 256,512 --regions us,france
  other        --fit hoffmann|besiroglu --rank-by cost|loss|time|energy|co2 --frontier loss,cost,time,co2 --top 20
               --max-candidates N --seed N --currency EUR --json`;

/** A missing or unreadable file is a problem with the input (exit 1, as estimate/validate/report), not with the flags. */
class SpecFileError extends Error {}

const fileProblem = (path: string, err: unknown): string => {
  const code = String((err as { code?: unknown }).code ?? '');
  if (code === 'ENOENT') return `there is no file at ${path}`;
  if (code === 'EISDIR') return `${path} is a folder, not a search spec`;
  if (err instanceof SyntaxError) return `not valid JSON (${err.message})`;
  return `cannot be read (${code || (err as Error).message})`;
};

const readSpecFile = async (
  path: string,
  searchId: string | undefined,
  io: CliIo,
): Promise<Record<string, unknown>> => {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(resolve(io.cwd, path), 'utf8'));
  } catch (err) {
    throw new SpecFileError(
      `${path}: ${fileProblem(resolve(io.cwd, path), err)}; expected a JSON search spec or a .aiplan document`,
    );
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new SpecFileError(`${path}: expected a JSON object (a search spec or a .aiplan document)`);
  const doc = raw as { format?: string; searches?: { id: string; spec: Record<string, unknown> }[] };
  if (doc.format !== 'aiplan') return { ...(raw as Record<string, unknown>) };
  const searches = doc.searches ?? [];
  const chosen = searchId === undefined ? searches[0] : searches.find((s) => s.id === searchId);
  if (!chosen)
    throw new UsageError(
      `${path}: ${searchId === undefined ? 'the document has no saved search' : `no saved search "${searchId}"; it has: ${searches.map((s) => s.id).join(', ') || 'none'}`}`,
    );
  return { ...chosen.spec };
};

const progressBar = (io: CliIo) => {
  let last = -1;
  return (evaluated: number, planned: number) => {
    const share = planned > 0 ? evaluated / planned : 1;
    const percent = Math.floor(share * 100);
    if (percent === last) return;
    last = percent;
    const width = 30;
    const filled = Math.round(share * width);
    io.stderr(
      `\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${String(percent).padStart(3)}%  ${evaluated.toLocaleString('en-US')} / ${planned.toLocaleString('en-US')} plans`,
    );
  };
};

/** The JSON output: the result without the scatter sample (a UI concern). */
const jsonOf = (r: SearchResult) => {
  const { scatter: _scatter, ...rest } = r;
  return rest;
};

export const command: CliCommand = {
  name: 'search',
  summary: 'Search model shapes and training plans for a goal under limits (Pareto frontier, top-k)',
  usage: USAGE,
  async run(args, io) {
    let json = false;
    let file: string | undefined;
    let searchId: string | undefined;
    const pairs: [string, string][] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (a === '--json' || a === '--json=true' || a === '--json=false') json = a !== '--json=false';
      else if (a === '--help' || a === '-h') {
        io.stdout(`${USAGE}\n`);
        return 0;
      } else if (a.startsWith('-') && !a.startsWith('--') && a !== '-')
        throw new UsageError(`unknown option ${a}; see aiplan search --help`);
      else if (a.startsWith('--')) {
        const [flag, inline] = a.includes('=')
          ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]
          : [a, args[++i]];
        if (inline === undefined) throw new UsageError(`${flag}: missing value`);
        if (flag === '--search') searchId = inline;
        else pairs.push([flag, inline]);
      } else if (file === undefined) file = a;
      else throw new UsageError(`unexpected argument "${a}"; give at most one file`);
    }
    let base: Record<string, unknown> = {};
    try {
      if (file !== undefined) base = await readSpecFile(file, searchId, io);
    } catch (err) {
      if (!(err instanceof SpecFileError)) throw err;
      io.stderr(`aiplan search: ${err.message}\n`);
      return 1;
    }
    const spec = applySearchFlags({ limits: {}, space: {}, ...base } as never, pairs);
    if (spec.goal === undefined)
      throw new UsageError(
        'give a goal: --target-loss, --params, --compute, --budget, --energy-budget or --time-budget (or a spec file with "goal")',
      );
    const bar = io.isTTY && !json ? progressBar(io) : undefined;
    let result: SearchResult;
    try {
      result = runSearchTask({ spec }, { onProgress: (p) => bar?.(p.evaluated, p.planned), isCancelled: () => false });
    } catch (err) {
      if (bar) io.stderr('\n');
      io.stderr(`aiplan search: ${(err as Error).message}\n`);
      return 1;
    }
    if (bar) io.stderr('\n');
    io.stdout(json ? `${JSON.stringify(jsonOf(result), null, 2)}\n` : formatSearchResult(result));
    return 0;
  },
};

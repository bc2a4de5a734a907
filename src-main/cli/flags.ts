// A small flag parser: `--name value`, `--name=value`, boolean `--name` / `--no-name`,
// positionals; unknown flags (also single-dash ones such as `-j`, which would otherwise be taken
// for a file name) are a usage error that lists the known ones. `aliases` maps short forms (`-o`).
import { UsageError } from './types';

export interface FlagSpec {
  /** Takes no value (`--json`); `--no-x` sets it false. */
  boolean?: boolean;
  /** May be repeated (values are collected). */
  repeatable?: boolean;
}

export interface ParsedArgs {
  flags: Map<string, string[]>;
  booleans: Map<string, boolean>;
  positionals: string[];
}

export const parseArgs = (
  args: string[],
  specs: Record<string, FlagSpec>,
  aliases: Record<string, string> = {},
): ParsedArgs => {
  const flags = new Map<string, string[]>();
  const booleans = new Map<string, boolean>();
  const positionals: string[] = [];
  const known = () =>
    Object.keys(specs)
      .map((k) => `--${k}`)
      .join(', ');
  for (let i = 0; i < args.length; i++) {
    const given = args[i] as string;
    const arg = aliases[given] ?? given;
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (arg.startsWith('-') && !arg.startsWith('--') && arg !== '-')
      throw new UsageError(`unknown option ${arg}; accepted: ${known()}`);
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    let name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    let inline = eq === -1 ? undefined : arg.slice(eq + 1);
    let negated = false;
    if (!specs[name] && name.startsWith('no-') && specs[name.slice(3)]?.boolean) {
      name = name.slice(3);
      negated = true;
    }
    const spec = specs[name];
    if (!spec) throw new UsageError(`unknown option --${name}; accepted: ${known()}`);
    if (spec.boolean) {
      if (inline !== undefined && !['true', 'false'].includes(inline))
        throw new UsageError(`--${name} takes no value (or =true / =false), got "${inline}"`);
      booleans.set(name, negated ? false : inline !== 'false');
      continue;
    }
    if (inline === undefined) {
      inline = args[i + 1];
      if (inline === undefined || inline.startsWith('--')) throw new UsageError(`--${name} needs a value`);
      i++;
    }
    const seen = flags.get(name);
    if (seen && !spec.repeatable) throw new UsageError(`--${name} was given twice`);
    flags.set(name, [...(seen ?? []), inline]);
  }
  return { flags, booleans, positionals };
};

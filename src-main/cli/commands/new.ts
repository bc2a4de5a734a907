// `aiplan new --preset <name>`: prints a new project document (redirect it to a file),
// or writes it atomically with --output.
import { resolve } from 'node:path';
import { buildPresetDocument, findPreset, presets } from '../../../shared/schema/presets';
import { serializeDocument } from '../../../shared/schema/serialize';
import { writeFileAtomic } from '../../files/atomic-write';
import { UsageError, type CliCommand } from '../types';

const presetList = () => presets.map((p) => `  ${p.id.padEnd(22)} ${p.label}: ${p.description}`).join('\n');

const valueOf = (args: string[], flag: string): string | undefined => {
  const index = args.indexOf(flag);
  if (index === -1) return undefined;
  const value = args[index + 1];
  if (value === undefined || value.startsWith('-')) throw new UsageError(`${flag} needs a value`);
  return value;
};

const KNOWN_FLAGS = new Set(['--preset', '--output', '-o', '--title', '--list']);

export const command: CliCommand = {
  name: 'new',
  summary: 'Create a project from a preset (the article\'s models, Llama 2/3, GPT-3, your own)',
  usage: 'aiplan new --preset <name> [--title TEXT] [--output file.aiplan]   (aiplan new --list shows the presets)',
  async run(args, io) {
    const unknown = args.find((a) => a.startsWith('-') && !KNOWN_FLAGS.has(a));
    if (unknown) throw new UsageError(`unknown option ${unknown}; usage: ${command.usage}`);
    if (args.includes('--list')) {
      io.stdout(`${presetList()}\n`);
      return 0;
    }
    const id = valueOf(args, '--preset');
    if (!id) throw new UsageError(`choose a preset with --preset; the presets are:\n${presetList()}`);
    const preset = findPreset(id);
    if (!preset) throw new UsageError(`there is no preset "${id}"; the presets are:\n${presetList()}`);
    const document = buildPresetDocument(preset, new Date().toISOString());
    const title = valueOf(args, '--title');
    const text = serializeDocument(title ? { ...document, title } : document);
    const output = valueOf(args, '--output') ?? valueOf(args, '-o');
    if (!output) {
      io.stdout(text);
      return 0;
    }
    await writeFileAtomic(resolve(io.cwd, output), text);
    io.stderr(`wrote ${output} (preset ${preset.id})\n`);
    return 0;
  },
};

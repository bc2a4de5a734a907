// `aiplan new --preset <name>`: prints a new project document (redirect it to a file),
// or writes it atomically with --output.
import { resolve } from 'node:path';
import { buildPresetDocument, findPreset, presets } from '../../../shared/schema/presets';
import { serializeDocument } from '../../../shared/schema/serialize';
import { writeFileAtomic } from '../../files/atomic-write';
import { parseArgs } from '../flags';
import { UsageError, type CliCommand } from '../types';

const presetList = () => presets.map((p) => `  ${p.id.padEnd(22)} ${p.label}: ${p.description}`).join('\n');

export const command: CliCommand = {
  name: 'new',
  summary: "Create a project from a preset (the article's models, Llama 2/3, GPT-3, your own)",
  usage: 'aiplan new --preset <name> [--title TEXT] [--output file.aiplan]   (aiplan new --list shows the presets)',
  async run(args, io) {
    const { flags, booleans, positionals } = parseArgs(
      args,
      { preset: {}, title: {}, output: {}, list: { boolean: true } },
      { '-o': '--output' },
    );
    if (positionals.length > 0)
      throw new UsageError(
        `unexpected argument "${positionals[0]}" (the preset goes after --preset); usage: ${command.usage}`,
      );
    if (booleans.get('list')) {
      io.stdout(`${presetList()}\n`);
      return 0;
    }
    const id = flags.get('preset')?.[0];
    if (!id) throw new UsageError(`choose a preset with --preset; the presets are:\n${presetList()}`);
    const preset = findPreset(id);
    if (!preset) throw new UsageError(`there is no preset "${id}"; the presets are:\n${presetList()}`);
    const document = buildPresetDocument(preset, new Date().toISOString());
    const title = flags.get('title')?.[0];
    const text = serializeDocument(title ? { ...document, title } : document);
    const output = flags.get('output')?.[0];
    if (!output) {
      io.stdout(text);
      return 0;
    }
    try {
      await writeFileAtomic(resolve(io.cwd, output), text);
    } catch (error) {
      // Already plain words naming the file ("Cannot save x: the folder y does not exist.").
      io.stderr(`aiplan new: --output: ${(error as Error).message}\n`);
      return 1;
    }
    io.stderr(`wrote ${output} (preset ${preset.id})\n`);
    return 0;
  },
};

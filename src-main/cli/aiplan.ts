// The headless CLI: `aiplan <command> [args]`. Exit codes: 0 ok, 1 input problems, 2 usage.
import { command as accuracy } from './commands/accuracy';
import { command as estimate } from './commands/estimate';
import { command as newDocument } from './commands/new';
import { command as report } from './commands/report';
import { command as search } from './commands/search';
import { command as validate } from './commands/validate';
import { UsageError, type CliCommand, type CliIo } from './types';

const hasCodedMessage = (e: unknown): e is Error & { code: string } =>
  e instanceof Error && typeof (e as { code?: unknown }).code === 'string';

const commands: CliCommand[] = [estimate, validate, newDocument, accuracy, search, report];

const help = () =>
  [
    'aiplan — AI Efficiency Planner, headless',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`),
    '',
    'aiplan <command> --help for its flags.',
  ].join('\n');

export const main = async (argv: string[], io: CliIo): Promise<number> => {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.stdout(`${help()}\n`);
    return name === undefined ? 2 : 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`aiplan: unknown command "${name}"; commands: ${commands.map((c) => c.name).join(', ')}\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`aiplan ${name}: ${e.message}\n`);
      return 2;
    }
    // File-system and engine errors carry a code and a plain message: a problem with the input (exit 1), not a crash.
    if (hasCodedMessage(e)) {
      io.stderr(`aiplan ${name}: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
};

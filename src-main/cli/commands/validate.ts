// `aiplan validate <file>…`: exit 0 when every file is a valid project, 1 with every problem listed.
import { resolve } from 'node:path';
import { openDocumentFile, type OpenResult } from '../../files/document-store';
import { parseArgs } from '../flags';
import { UsageError, type CliCommand, type CliIo } from '../types';

const report = (file: string, result: OpenResult, io: CliIo): void => {
  if (result.ok) {
    const count = result.document.scenarios.length;
    io.stdout(`${file}: valid (${count} scenario${count === 1 ? '' : 's'}, file format ${result.document.version})\n`);
    for (const notice of result.notices) io.stdout(`  note: ${notice}\n`);
    return;
  }
  io.stdout(`${file}: ${result.error.message}\n`);
  if (result.error.code === 'invalid-document')
    for (const problem of result.error.problems) io.stdout(`  - ${problem.message}\n`);
};

const toJson = (file: string, result: OpenResult) =>
  result.ok
    ? { file, valid: true, scenarios: result.document.scenarios.length, notices: result.notices }
    : { file, valid: false, code: result.error.code, message: result.error.message, problems: result.error.problems };

export const command: CliCommand = {
  name: 'validate',
  summary: 'Check .aiplan files and list every problem with its JSON path',
  usage: 'aiplan validate <file.aiplan> [more files…] [--json]',
  async run(args, io) {
    const { booleans, positionals: files } = parseArgs(args, { json: { boolean: true } });
    const json = booleans.get('json') ?? false;
    if (files.length === 0) throw new UsageError(`give the file to check; usage: ${command.usage}`);
    const results = await Promise.all(
      files.map(async (file) => ({ file, result: await openDocumentFile(resolve(io.cwd, file)) })),
    );
    if (json)
      io.stdout(
        `${JSON.stringify(
          results.map(({ file, result }) => toJson(file, result)),
          null,
          2,
        )}\n`,
      );
    else for (const { file, result } of results) report(file, result, io);
    return results.every(({ result }) => result.ok) ? 0 : 1;
  },
};

// Open a project file for a CLI command; on failure print every problem and return undefined (exit 1).
import { resolve } from 'node:path';
import type { ProjectDocument } from '../../shared/schema/document';
import { openDocumentFile } from '../files/document-store';
import type { CliIo } from './types';

export const loadDocumentForCli = async (file: string, io: CliIo): Promise<ProjectDocument | undefined> => {
  const result = await openDocumentFile(resolve(io.cwd, file));
  if (result.ok) {
    for (const notice of result.notices) io.stderr(`note: ${notice}\n`);
    return result.document;
  }
  io.stderr(`${file}: ${result.error.message}\n`);
  for (const p of result.error.problems) if (p.message !== result.error.message) io.stderr(`  - ${p.message}\n`);
  return undefined;
};

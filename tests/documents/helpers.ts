// Shared helpers for the document tests: temp folders and the shipped examples.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const examplesDir = resolve(__dirname, '../../examples');

export const exampleFiles = (): string[] =>
  readdirSync(examplesDir)
    .filter((n) => n.endsWith('.aiplan'))
    .sort();

export const exampleText = (name: string): string => readFileSync(join(examplesDir, name), 'utf8');

/** A fresh temp folder, removed by the returned cleanup. */
export const tempFolder = (): { dir: string; cleanup: () => void } => {
  const dir = mkdtempSync(join(tmpdir(), 'aiplan-test-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
};

// Builds the renderer with Vite once per test run: skipped when dist/renderer is newer than every source.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** The repository root: the nearest folder up with package.json (works when this file is bundled elsewhere, e.g. for bench). */
const findRoot = (from: string): string => {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'src-renderer'))) return dir;
    if (dirname(dir) === dir) return process.cwd();
  }
};
export const repoRoot = findRoot(dirname(fileURLToPath(import.meta.url)));
export const rendererDist = join(repoRoot, 'dist/renderer');

const newestMtime = (dir: string): number => {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
};

let built: Promise<string> | null = null;

export const buildRenderer = (): Promise<string> => {
  built ??= (async () => {
    const index = join(rendererDist, 'index.html');
    const sources = Math.max(newestMtime(join(repoRoot, 'src-renderer')), newestMtime(join(repoRoot, 'shared')));
    if (!existsSync(index) || statSync(index).mtimeMs < sources) {
      await build({ configFile: join(repoRoot, 'src-renderer/vite.config.ts'), logLevel: 'warn' });
    }
    return rendererDist;
  })();
  return built;
};

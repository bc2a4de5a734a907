// A clone with nothing beside it must pass its tests: no code, test or user-visible text
// may reach outside the repository for the reference material it was built from.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const outside = ['..', 'shared', 'reference'].join('/');
const folders = ['shared', 'src-main', 'src-renderer', 'tests', 'bin', 'scripts', 'bench'];

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|vue|mjs|js)$/.test(name) ? [path] : [];
  });

describe('the repository is self-contained', () => {
  it(`no source, test or script refers to ${outside}`, () => {
    const hits = folders
      .flatMap((f) => files(join(root, f)))
      .filter((path) => readFileSync(path, 'utf8').includes(outside))
      .map((path) => path.slice(root.length));
    expect(hits).toEqual([]);
  });
});

// Bundle bench/run.ts with esbuild (no keep-names wrappers, as in the production bundle) and run it.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

// Inside the project so the bundle resolves its external packages from node_modules.
const dir = join('node_modules', '.cache', 'aiplan-bench');
mkdirSync(dir, { recursive: true });
const outfile = join(dir, 'bench.mjs');
await build({
  entryPoints: ['bench/run.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile,
  packages: 'external',
  logLevel: 'warning',
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
});
const result = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], {
  stdio: 'inherit',
  cwd: process.cwd(),
});
rmSync(dir, { recursive: true, force: true });
process.exit(result.status ?? 1);

// Starts a worker thread on a TypeScript file in tests: the eval'd bootstrap registers
// tsx's ESM loader inside the worker, then imports the file (Node 20 does not pass
// `--import tsx` from execArgv on to workers).
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

// The ESM build of tsx's API (require.resolve would give the CommonJS one).
const tsxApi = pathToFileURL(
  path.join(
    path.dirname(createRequire(import.meta.url).resolve('tsx/package.json')),
    'dist',
    'esm',
    'api',
    'index.mjs',
  ),
).href;

export const tsWorkerBootstrap = (file: URL): string =>
  `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(file.href)}); })` +
  '.catch((err) => { console.error(err); process.exit(70); });';

export const spawnTsWorker = (file: URL, options: WorkerOptions = {}): Worker =>
  new Worker(tsWorkerBootstrap(file), { ...options, eval: true });

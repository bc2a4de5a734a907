// `npm run build`: the renderer (Vite, src-renderer/vite.config.ts) into dist/renderer,
// then main, worker and preload (Rolldown) into dist/main.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// Main (ESM main.js + worker.js) and the sandboxed preload (CommonJS preload.cjs:
// a sandboxed preload cannot load ES modules or node_modules).
const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/** Runtime dependencies stay in node_modules (native modules such as @napi-rs/canvas cannot be bundled). */
const runtimeDependencies = (root) =>
  Object.keys(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).dependencies ?? {});

const isExternal = (names) => (id) => names.some((name) => id === name || id.startsWith(`${name}/`));

export const bundleMain = async (root, outDir = path.join(root, 'dist', 'main')) => {
  await build({
    input: {
      main: path.join(root, 'src-main', 'main.ts'),
      worker: path.join(root, 'src-main', 'work', 'worker.ts'),
      'search-worker': path.join(root, 'src-main', 'search', 'worker.ts'),
    },
    platform: 'node',
    external: isExternal(['electron', ...nodeBuiltins, ...runtimeDependencies(root)]),
    output: {
      dir: outDir,
      format: 'esm',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
    },
    logLevel: 'warn',
  });
  await build({
    input: path.join(root, 'src-main', 'preload.ts'),
    platform: 'node',
    external: ['electron'],
    output: { file: path.join(outDir, 'preload.cjs'), format: 'cjs', sourcemap: true },
    logLevel: 'warn',
  });
  return outDir;
};

const rendererConfig = path.join(root, 'src-renderer', 'vite.config.ts');

const buildRenderer = async () => {
  if (!existsSync(rendererConfig)) {
    console.warn(
      `build: ${path.relative(root, rendererConfig)} does not exist yet; skipping the renderer (dist/renderer is not built).`,
    );
    return false;
  }
  const vite = await import('vite');
  await vite.build({ configFile: rendererConfig, logLevel: 'warn' });
  return true;
};

export const buildAll = async ({ renderer = true } = {}) => {
  rmSync(path.join(root, 'dist', 'main'), { recursive: true, force: true });
  const rendererBuilt = renderer ? await buildRenderer() : false;
  await bundleMain(root);
  return { rendererBuilt };
};

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const skipRenderer = process.argv.includes('--main-only');
  buildAll({ renderer: !skipRenderer }).then(
    ({ rendererBuilt }) => {
      console.log(`build: dist/main${rendererBuilt ? ' and dist/renderer' : ''} written.`);
    },
    (err) => {
      console.error(`build failed: ${err.message}`);
      process.exit(1);
    },
  );
}

// `npm start`: build, then open the app on an example project.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// Finds the Electron executable without loading the `electron` package (which would
// try to download it), and says in plain words what to do when it is missing.

const platformExecutable = (platform) =>
  platform === 'darwin' ? 'Electron.app/Contents/MacOS/Electron' : platform === 'win32' ? 'electron.exe' : 'electron';

/** Absolute path of the Electron binary, or null when it has not been downloaded. */
export const findElectronBinary = (root, env = process.env, platform = process.platform) => {
  const pkgDir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(pkgDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : platformExecutable(platform);
  const candidate = env.ELECTRON_OVERRIDE_DIST_PATH
    ? path.join(env.ELECTRON_OVERRIDE_DIST_PATH, relative)
    : path.join(pkgDir, 'dist', relative);
  return existsSync(candidate) ? candidate : null;
};

export const electronVersion = (root) => {
  try {
    return JSON.parse(readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
  } catch {
    return 'unknown';
  }
};

export const missingElectronMessage = (version) =>
  `The Electron ${version} runtime is not installed, so the desktop window cannot start. ` +
  'The npm package is present, but its binary is downloaded from GitHub on first use, which this machine cannot reach. ' +
  'To get it, use Node.js 22.12 or newer on a machine with internet access and run `npx electron --version` once in this folder ' +
  '(or set ELECTRON_OVERRIDE_DIST_PATH to a folder holding an unpacked Electron build). ' +
  'Everything else works without it: `npm run aiplan -- estimate examples/<file>.aiplan` runs the planner from the command line, and `npm test` runs the test suite.';

/** The first article example, else any example, else a document made from the article preset by the CLI. */
const startDocument = () => {
  const dir = path.join(root, 'examples');
  const examples = existsSync(dir)
    ? readdirSync(dir)
        .filter((n) => n.endsWith('.aiplan'))
        .sort()
    : [];
  const preferred = ['article-method.aiplan', ...examples.filter((n) => n.includes('article')), ...examples][0];
  if (preferred && examples.includes(preferred)) return path.join(dir, preferred);
  const made = spawnSync(
    process.execPath,
    [path.join(root, 'bin', 'aiplan.mjs'), 'new', '--preset', 'article-three-models'],
    { encoding: 'utf8' },
  );
  if (made.status !== 0) return null;
  const file = path.join(os.tmpdir(), 'aiplan-start', 'article-three-models.aiplan');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, made.stdout);
  return file;
};

const main = async () => {
  const electron = findElectronBinary(root);
  if (!electron) {
    console.error(missingElectronMessage(electronVersion(root)));
    return 1;
  }
  const { buildAll } = await import('./build.mjs');
  await buildAll();
  const document = startDocument();
  const args = [root, ...(document ? [document] : [])];
  // Without a display (CI, a server), run under a virtual X server.
  const headless = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  const [cmd, cmdArgs] = headless ? ['xvfb-run', ['-a', electron, ...args]] : [electron, args];
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE; // would make Electron act as plain Node
  const child = spawn(cmd, cmdArgs, { stdio: 'inherit', env });
  return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
};

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => process.exit(code),
    (err) => {
      console.error(`npm start failed: ${err.message}`);
      process.exit(1);
    },
  );
}

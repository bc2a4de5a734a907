// Where the shipped fonts live: beside the sources in development and tests,
// beside the bundle (dist/main → ../../assets) or in the packaged resources.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

const candidates = (): string[] => {
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  return [
    process.env.AIPLAN_ASSETS_DIR,
    path.resolve(here, '../../assets'),
    resources ? path.join(resources, 'assets') : undefined,
    path.resolve(process.cwd(), 'assets'),
  ].filter((p): p is string => typeof p === 'string');
};

export const assetsDir = (): string => {
  const found = candidates().find((dir) => existsSync(path.join(dir, 'fonts', 'DejaVuSans.ttf')));
  if (!found) throw new Error(`report fonts not found: looked for fonts/DejaVuSans.ttf in ${candidates().join(', ')}`);
  return found;
};

export const fontFiles = () => {
  const dir = path.join(assetsDir(), 'fonts');
  return {
    regular: path.join(dir, 'DejaVuSans.ttf'),
    bold: path.join(dir, 'DejaVuSans-Bold.ttf'),
    italic: path.join(dir, 'DejaVuSans-Oblique.ttf'),
  };
};

/** The app version from package.json (the CLI and tests run without Electron's app.getVersion()). */
export const appVersion = (): string => {
  for (const dir of [path.resolve(here, '../..'), process.cwd()]) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version?: string };
      if (pkg.version) return pkg.version;
    } catch {
      // try the next place
    }
  }
  return 'unknown';
};

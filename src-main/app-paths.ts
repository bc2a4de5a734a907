// Where the built app's pieces live, relative to dist/main/main.js (dev and packaged alike).
import path from 'node:path';

export interface AppPaths {
  appRoot: string;
  rendererDir: string;
  preload: string;
  worker: string;
  searchWorker: string;
  examplesDir: string;
  icon: string;
}

/** `mainDir` is the folder of the bundled main.js (dist/main). */
export const appPathsFrom = (mainDir: string): AppPaths => {
  const appRoot = path.resolve(mainDir, '..', '..');
  return {
    appRoot,
    rendererDir: path.join(appRoot, 'dist', 'renderer'),
    preload: path.join(mainDir, 'preload.cjs'),
    worker: path.join(mainDir, 'worker.js'),
    searchWorker: path.join(mainDir, 'search-worker.js'),
    examplesDir: path.join(appRoot, 'examples'),
    icon: path.join(appRoot, 'assets', 'icons', 'icon-512.png'),
  };
};

// The renderer is served from `app://renderer/…`, a privileged custom scheme, never from http.
import path from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'renderer';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

const parse = (url: string): URL | null => {
  try {
    return new URL(url);
  } catch {
    return null;
  }
};

export const isAppUrl = (url: string): boolean => {
  const u = parse(url);
  return !!u && u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
};

/** The file under `rootDir` an app URL names, or null when it is not ours or escapes the root. */
export const resolveAppAsset = (url: string, rootDir: string): string | null => {
  const u = parse(url);
  if (!u || !isAppUrl(url)) return null;
  let relative: string;
  try {
    relative = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  if (relative === '/' || relative === '') relative = '/index.html';
  const root = path.resolve(rootDir);
  const file = path.resolve(root, `.${relative}`);
  return file.startsWith(root + path.sep) ? file : null;
};

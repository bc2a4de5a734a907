// Pure decisions behind the security setup, kept apart so tests can call them.
import { isAppUrl } from './app-url';

const parse = (url: string): URL | null => {
  try {
    return new URL(url);
  } catch {
    return null;
  }
};

/** The app is offline: the only requests allowed are for its own bundled files and inline data. */
export const isAllowedRequestUrl = (url: string): boolean => {
  if (isAppUrl(url)) return true;
  const u = parse(url);
  if (!u) return false;
  // devtools:// and chrome-extension:// stay usable for debugging; data:/blob: are in-memory.
  return ['data:', 'blob:', 'devtools:', 'chrome-extension:'].includes(u.protocol);
};

/** Links may open in the system browser only when they are plain http(s) to a named host, without credentials. */
export const isSafeExternalUrl = (url: string): boolean => {
  if (typeof url !== 'string' || url.length > 8192) return false;
  const u = parse(url);
  if (!u) return false;
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return false;
  if (u.username || u.password) return false;
  return u.hostname.length > 0;
};

/** Navigation may only stay inside the app (e.g. a hash route), never leave it. */
export const isAllowedNavigation = (url: string): boolean => isAppUrl(url);

// Serves the built renderer from `app://renderer/`, a standard secure scheme, so
// the page never has `file:` access to the disk and the CSP's 'self' means our files only.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../shared/ipc/csp';
import { APP_SCHEME, resolveAppAsset } from './app-url';

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.map': 'application/json',
};

export const mimeTypeFor = (file: string): string =>
  mimeTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';

/** Must run before `app.ready`. */
export const registerAppScheme = () => {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
};

export const serveAppFile = async (url: string, rendererDir: string): Promise<Response> => {
  const file = resolveAppAsset(url, rendererDir);
  if (!file) return new Response('Not found', { status: 404 });
  try {
    const body = await readFile(file);
    return new Response(new Uint8Array(body), {
      headers: {
        'Content-Type': mimeTypeFor(file),
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch {
    return new Response('Not found', { status: 404 });
  }
};

export const setupAppProtocol = (rendererDir: string) => {
  protocol.handle(APP_SCHEME, (request) => serveAppFile(request.url, rendererDir));
};

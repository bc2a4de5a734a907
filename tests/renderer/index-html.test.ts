// The renderer's page: the CSP meta repeats main's policy (minus frame-ancestors, which a meta tag cannot set),
// and only one module reaches for the preload's window.api.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/ipc/csp';

const root = join(import.meta.dirname, '../../src-renderer');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });

describe('renderer page', () => {
  it('has the same Content-Security-Policy as main sends', () => {
    const html = readFileSync(join(root, 'index.html'), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    const expected = CONTENT_SECURITY_POLICY.split('; ')
      .filter((d) => !d.startsWith('frame-ancestors'))
      .join('; ');
    expect(meta).toBe(expected);
  });

  it('touches window.api in one module only', () => {
    const users = files(root).filter(
      (f) => /\.(ts|vue)$/.test(f) && /\bwindow\.api\b|\.api\b.*PreloadApi|\{ api\?:/.test(readFileSync(f, 'utf8')),
    );
    expect(users.map((f) => relative(root, f))).toEqual(['api/bridge.ts']);
  });
});

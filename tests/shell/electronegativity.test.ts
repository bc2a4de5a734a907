// The security gate: Electronegativity over the main process, run programmatically
// (its CLI exits 0 even with findings). Every finding needs a written suppression.
import dns from 'node:dns';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface Finding {
  id: string;
  file: string;
  location: { line: number };
  description: string;
}
interface Suppressions {
  excludedChecks: Record<string, string>;
  findings: { id: string; file: string; reason: string }[];
}

const root = path.resolve(import.meta.dirname, '..', '..');
const suppressions = JSON.parse(
  readFileSync(path.join(import.meta.dirname, 'electronegativity-suppressions.json'), 'utf8'),
) as Suppressions;
const electronegativity = createRequire(import.meta.url)('@doyensec/electronegativity') as (
  options: object,
) => Promise<{
  issues: Finding[];
  errors: { file: string; message: string; tolerable: boolean }[];
  atomicChecks: number;
}>;

// Electronegativity tries to fetch translations online; answer at once that there is no network.
const realLookup = dns.lookup;
beforeAll(() => {
  (dns as { lookup: unknown }).lookup = (host: string, options: unknown, callback?: (err: Error) => void) =>
    ((typeof options === 'function' ? options : callback) as (err: Error) => void)(
      Object.assign(new Error(`offline test: ${host}`), { code: 'ENOTFOUND' }),
    );
});
afterAll(() => {
  (dns as { lookup: unknown }).lookup = realLookup;
});

describe('Electronegativity security gate', () => {
  it('finds nothing over src-main/ that is not explained by a suppression', { timeout: 120_000 }, async () => {
    const result = await electronegativity({
      input: path.join(root, 'src-main'),
      isRelative: true,
      parserPlugins: [],
      excludeFromScan: Object.keys(suppressions.excludedChecks),
      electronVersionOverride: '45.5.0',
    });
    expect(result.atomicChecks).toBeGreaterThan(20);
    expect(result.errors.filter((e) => !e.tolerable)).toEqual([]);
    const key = (f: { id: string; file: string }) => `${f.id} ${f.file.split(path.sep).join('/')}`;
    const allowed = new Set(suppressions.findings.map(key));
    const unexplained = result.issues
      .filter((f) => !allowed.has(key(f)))
      .map((f) => `${key(f)}:${f.location.line} ${f.description}`);
    expect(
      unexplained,
      'add a fix, or a suppression with a reason to tests/shell/electronegativity-suppressions.json',
    ).toEqual([]);
    const seen = new Set(result.issues.map(key));
    expect(suppressions.findings.filter((s) => !seen.has(key(s))).map(key), 'stale suppressions').toEqual([]);
    expect(suppressions.findings.every((s) => s.reason.length > 40)).toBe(true);
  });
});

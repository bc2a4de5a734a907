// `npm test`: type-check, formatting (Prettier), lint (ESLint, .vue included), then every test; ends with the plain
// "N passed, N failed" line that CI reads.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const run = (label, cmd, args) => {
  console.log(`\n=== ${label}: ${cmd} ${args.join(' ')}`);
  const res = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  return res.status ?? 1;
};

const steps = [
  ['type-check', 'npx', ['vue-tsc', '-b', 'tsconfig.json']],
  ['format', 'npx', ['prettier', '--check', '.']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings=0']],
];
for (const [label, cmd, args] of steps) {
  if (run(label, cmd, args) !== 0) {
    console.log(`\n${label} failed`);
    console.log('tests: 0 passed, 1 failed');
    process.exit(1);
  }
}

const resultsFile = '.vitest-results.json';
rmSync(resultsFile, { force: true });
const status = run('tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${resultsFile}`,
]);
let passed = 0,
  failed = 0,
  skipped = 0;
try {
  const r = JSON.parse(readFileSync(resultsFile, 'utf8'));
  passed = r.numPassedTests;
  failed = r.numFailedTests;
  skipped = r.numPendingTests + r.numTodoTests;
} catch {
  failed = Math.max(1, failed);
}
if (status !== 0 && failed === 0) failed = 1; // e.g. a suite that failed to load
console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(status === 0 && failed === 0 ? 0 : 1);

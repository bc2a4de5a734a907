#!/usr/bin/env node
// Runs the TypeScript CLI directly (tsx), so `npm run aiplan -- …` works from a fresh clone with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src-main/cli/aiplan.ts');
const io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stderr.isTTY),
  cwd: process.cwd(),
};
try {
  process.exitCode = await main(process.argv.slice(2), io);
} catch (error) {
  process.stderr.write(`aiplan: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 3;
}

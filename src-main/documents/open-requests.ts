// Files to open from the command line, the OS (macOS `open-file`, file
// association) or a second launch.
import path from 'node:path';
import { app } from 'electron';

export const DOCUMENT_EXTENSION = '.aiplan';

/** The `.aiplan` paths among command-line arguments, made absolute against `cwd`; flags are skipped. */
export const documentsFromArgv = (argv: readonly string[], cwd: string): string[] =>
  argv
    .filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(DOCUMENT_EXTENSION))
    .map((arg) => path.resolve(cwd, arg));

/**
 * macOS sends `open-file` for a double-clicked document, possibly before the app is ready:
 * register early; files arriving before `setReady` wait in the returned queue.
 */
export const setupOpenFileEvents = () => {
  const early: string[] = [];
  let open: ((file: string) => void) | null = null;
  app.on('open-file', (event, file) => {
    event.preventDefault();
    if (open) open(file);
    else early.push(file);
  });
  return {
    setReady(handler: (file: string) => void) {
      open = handler;
      early.splice(0).forEach(handler);
    },
  };
};

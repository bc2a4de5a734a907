// Which file paths the renderer may name. A compromised renderer must not read or
// overwrite arbitrary files through `document:open` / `document:save` / `document:autosave`:
// only paths main itself handed out (dialog answers, opened or saved files, restored
// autosaves, the command line) or listed in the user's recent files are accepted.
import path from 'node:path';

export interface PathGrants {
  /** Records a path main chose or showed to the user. */
  grant(file: string): void;
  /** Whether the renderer may name `file`: granted, or in `recent` (main's own list). */
  allows(file: string, recent: readonly string[]): boolean;
}

export const createPathGrants = (): PathGrants => {
  const granted = new Set<string>();
  return {
    grant: (file) => {
      granted.add(path.resolve(file));
    },
    allows: (file, recent) => {
      const resolved = path.resolve(file);
      return granted.has(resolved) || recent.some((entry) => path.resolve(entry) === resolved);
    },
  };
};

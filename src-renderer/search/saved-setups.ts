// Search setups saved in the project (`document.searches`), as undoable document edits.
import type { SearchSpecInput } from '../../shared/search/spec';
import { uniqueId, uniqueName } from '../lib/scenario-validation';
import { useDocumentStore } from '../stores/document';

export type SaveResult = { ok: true; id: string } | { ok: false; message: string };

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'search';

/** Saves under a new name; saving under an existing name replaces that setup. */
export const saveSetup = (name: string, spec: SearchSpecInput): SaveResult => {
  const doc = useDocumentStore();
  const searches = doc.document?.searches;
  if (!searches) return { ok: false, message: 'Open or create a project first.' };
  const trimmed = name.trim();
  if (trimmed === '') return { ok: false, message: 'Setup name is empty: type a name for this search setup' };
  // Stored as plain JSON: undefined entries would not survive a save anyway.
  const stored = JSON.parse(JSON.stringify(spec)) as Record<string, unknown>;
  const existing = searches.find((s) => s.name === trimmed);
  if (existing) {
    doc.setSearches(
      searches.map((s) => (s.id === existing.id ? { ...s, spec: stored } : s)),
      `Update search "${trimmed}"`,
    );
    return { ok: true, id: existing.id };
  }
  const id = uniqueId(
    slug(trimmed),
    searches.map((s) => s.id),
  );
  doc.setSearches(
    [
      ...searches,
      {
        id,
        name: uniqueName(
          trimmed,
          searches.map((s) => s.name),
        ),
        spec: stored,
      },
    ],
    `Save search "${trimmed}"`,
  );
  return { ok: true, id };
};

export const deleteSetup = (id: string): boolean => {
  const doc = useDocumentStore();
  const searches = doc.document?.searches ?? [];
  const setup = searches.find((s) => s.id === id);
  if (!setup) return false;
  doc.setSearches(
    searches.filter((s) => s.id !== id),
    `Delete search "${setup.name}"`,
  );
  return true;
};

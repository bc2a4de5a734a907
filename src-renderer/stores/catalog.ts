// The catalog in effect for the open project (built-in figures + the project's overrides),
// and edits to those overrides, which are document edits and therefore undoable.
import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { Catalog, Gpu, Price, Region } from '../../shared/catalog/types';
import { catalogOverridesSchema, type CatalogOverrides } from '../../shared/schema/catalog-overrides';
import { catalogColumns } from '../catalog/catalog-columns';
import { useBridge } from '../api/bridge';
import { plainError } from '../lib/plain-error';
import { useDocumentStore } from './document';

export type CatalogKind = 'gpus' | 'prices' | 'regions';
type EntryOf<K extends CatalogKind> = K extends 'gpus' ? Gpu : K extends 'prices' ? Price : Region;

const emptyOverrides = (): CatalogOverrides => catalogOverridesSchema.parse({});

/** The name the Catalog view shows for a figure ("Memory (GB)"), so a refusal names what the user sees. */
const fieldLabel = (kind: CatalogKind, path: string): string => {
  const column = catalogColumns[kind].find((c) => c.key === path);
  if (column) return column.unit ? `${column.label} (${column.unit})` : column.label;
  return ({ source: 'Source', date: 'Date' } as Record<string, string>)[path] ?? (path || kind);
};

export const useCatalogStore = defineStore('catalog', () => {
  const catalog = shallowRef<Catalog | null>(null);
  /** The built-in catalog, to tell edited entries from defaults. */
  const builtIn = shallowRef<Catalog | null>(null);
  const error = ref<string | null>(null);

  const load = async (overrides?: CatalogOverrides) => {
    try {
      const bridge = useBridge();
      if (!builtIn.value) builtIn.value = await bridge.invoke('catalog:get', {});
      catalog.value = overrides ? await bridge.invoke('catalog:get', { overrides }) : builtIn.value;
      error.value = null;
    } catch (e) {
      error.value = plainError(e, 'load the catalog');
    }
  };

  const overrides = (): CatalogOverrides => useDocumentStore().document?.catalogOverrides ?? emptyOverrides();

  const isEdited = (kind: CatalogKind, id: string): boolean => overrides()[kind].some((e) => e.id === id);

  /** Replace an entry (by id) in the project's overrides, after checking it with the shared schema. */
  const saveEntry = <K extends CatalogKind>(
    kind: K,
    entry: EntryOf<K>,
  ): { ok: true } | { ok: false; message: string } => {
    const current = overrides();
    const candidate = { ...current, [kind]: [...current[kind].filter((e) => e.id !== entry.id), entry] };
    const checked = catalogOverridesSchema.safeParse(candidate);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      const field = fieldLabel(kind, issue?.path.slice(2).join('.') ?? '');
      return { ok: false, message: `${field}: ${issue?.message ?? 'invalid value'}` };
    }
    useDocumentStore().setCatalogOverrides(checked.data, `Edit ${kind.slice(0, -1)} ${entry.id}`);
    return { ok: true };
  };

  const resetEntry = (kind: CatalogKind, id: string) => {
    const current = overrides();
    if (!current[kind].some((e) => e.id === id)) return;
    useDocumentStore().setCatalogOverrides(
      { ...current, [kind]: current[kind].filter((e) => e.id !== id) },
      `Reset ${id}`,
    );
  };

  const resetAll = () => useDocumentStore().setCatalogOverrides(emptyOverrides(), 'Reset catalog');

  return { catalog, builtIn, error, load, isEdited, saveEntry, resetEntry, resetAll };
});

// Catalog, settings, ui and file-action stores against a fake bridge.
import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { setBridge } from '../../src-renderer/api/bridge';
import { useCatalogStore } from '../../src-renderer/stores/catalog';
import { useDocumentStore } from '../../src-renderer/stores/document';
import { useProjectFilesStore } from '../../src-renderer/stores/project-files';
import { useSettingsStore } from '../../src-renderer/stores/settings';
import { useUiStore } from '../../src-renderer/stores/ui';
import { defaultCatalog, resolveCatalog } from '../../shared/catalog';
import { fakeBridge, projectDocument, scenario } from './fake-bridge';

const opened = (path: string | null = null) => ({
  path,
  document: projectDocument(scenario('a'), scenario('b')),
  notices: [],
});

describe('catalog store', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('loads the catalog with the project overrides and edits them undoably', async () => {
    setBridge(fakeBridge({ 'catalog:get': ({ overrides }) => resolveCatalog(overrides) }).bridge);
    const doc = useDocumentStore();
    doc.load(opened());
    const catalog = useCatalogStore();
    await catalog.load(doc.document?.catalogOverrides);
    const h100 = catalog.catalog?.gpus.find((g) => g.id === 'h100-sxm');
    expect(h100).toBeDefined();
    expect(catalog.saveEntry('gpus', { ...h100!, tdpW: 650, source: 'own measurement', date: '2026-01' })).toEqual({
      ok: true,
    });
    expect(catalog.isEdited('gpus', 'h100-sxm')).toBe(true);
    await catalog.load(doc.document?.catalogOverrides);
    expect(catalog.catalog?.gpus.find((g) => g.id === 'h100-sxm')?.tdpW).toBe(650);
    catalog.resetEntry('gpus', 'h100-sxm');
    expect(catalog.isEdited('gpus', 'h100-sxm')).toBe(false);
    doc.undo();
    expect(catalog.isEdited('gpus', 'h100-sxm')).toBe(true);
  });

  it('refuses an edit without a source, naming the field', () => {
    setBridge(fakeBridge({}).bridge);
    useDocumentStore().load(opened());
    const region = defaultCatalog.regions[0]!;
    const result = useCatalogStore().saveEntry('regions', { ...region, source: '' });
    expect(result).toEqual({ ok: false, message: 'Source: say where the figure comes from' });
  });

  it('reports a bridge failure in plain language', async () => {
    setBridge(fakeBridge({}).bridge);
    const catalog = useCatalogStore();
    await catalog.load();
    expect(catalog.error).toBe('Could not load the catalog: no fake handler for catalog:get');
  });
});

describe('settings and ui stores', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('accepts known locales and refuses nonsense', () => {
    const settings = useSettingsStore();
    expect(settings.setLocale('de-DE')).toBeNull();
    expect(settings.locale).toBe('de-DE');
    expect(settings.setLocale('not a locale!')).toContain('not known');
    expect(settings.locale).toBe('de-DE');
    settings.setTheme('system');
    expect(settings.resolvedTheme(true)).toBe('dark');
    settings.setTheme('light');
    expect(settings.resolvedTheme(true)).toBe('light');
  });

  it('picks scenarios for the report, null meaning all', () => {
    const ui = useUiStore();
    const all = ['a', 'b', 'c'];
    ui.toggleReport('b', all);
    expect(ui.reportIds).toEqual(['a', 'c']);
    expect(ui.inReport('b')).toBe(false);
    ui.toggleReport('a', all);
    ui.toggleReport('c', all);
    expect(ui.reportIds).toEqual([]);
    expect(ui.inReport('a')).toBe(false);
    ui.toggleReport('a', all);
    ui.toggleReport('b', all);
    ui.toggleReport('c', all);
    expect(ui.reportIds).toBeNull();
  });
});

describe('project files store', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('creates from a preset, saves, and shows the recent list', async () => {
    let recent: string[] = [];
    const fake = fakeBridge({
      'document:new': () => opened(),
      'document:save': ({ path }) => {
        recent = [path ?? '/tmp/new.aiplan'];
        return { path: recent[0]! };
      },
      'document:recent': () => recent,
    });
    setBridge(fake.bridge);
    const files = useProjectFilesStore();
    await files.newFromPreset('llama-2-7b');
    expect(fake.calls[0]).toEqual({ channel: 'document:new', payload: { preset: 'llama-2-7b' } });
    expect(useUiStore().view).toBe('editor');
    expect(useUiStore().selectedId).toBe('a');
    useDocumentStore().setField('a', 'name', 'Edited');
    expect(await files.save()).toBe(true);
    expect(useDocumentStore().dirty).toBe(false);
    expect(files.recent).toEqual(['/tmp/new.aiplan']);
  });

  it('turns a main-process error into a message and keeps the document', async () => {
    setBridge(
      fakeBridge({
        'document:open': () => {
          throw new Error('the file /x.aiplan is not an AI plan: missing "format"');
        },
      }).bridge,
    );
    const files = useProjectFilesStore();
    expect(await files.open('/x.aiplan')).toBeNull();
    expect(useUiStore().messages[0]).toMatchObject({
      kind: 'error',
      text: 'Could not open the file: the file /x.aiplan is not an AI plan: missing "format"',
    });
    expect(useDocumentStore().document).toBeNull();
  });

  it('exports the scenarios ticked for the report, and refuses when none is ticked', async () => {
    const fake = fakeBridge({
      'document:new': () => opened(),
      'export:pdf': () => ({ path: '/tmp/r.pdf', bytes: 10 }),
    });
    setBridge(fake.bridge);
    const files = useProjectFilesStore();
    await files.newFromPreset();
    const ui = useUiStore();
    ui.toggleReport('a', ['a', 'b']);
    expect(await files.exportReport('pdf')).toEqual({ path: '/tmp/r.pdf', bytes: 10 });
    expect(fake.calls.at(-1)).toMatchObject({ channel: 'export:pdf', payload: { scenarioIds: ['b'], paper: 'a4' } });
    ui.toggleReport('b', ['a', 'b']);
    expect(await files.exportReport('pdf')).toBeNull();
    expect(ui.messages.at(-1)?.text).toBe(
      'Could not export the PDF report: no scenario is ticked "In report" in Compare; tick at least one',
    );
  });

  it('treats a cancelled save dialog as no change', async () => {
    setBridge(fakeBridge({ 'document:new': () => opened(), 'document:save': () => null }).bridge);
    const files = useProjectFilesStore();
    await files.newFromPreset();
    useDocumentStore().setField('a', 'name', 'Edited');
    expect(await files.save(true)).toBe(false);
    expect(useDocumentStore().dirty).toBe(true);
  });
});

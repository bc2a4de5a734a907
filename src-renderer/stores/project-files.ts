// New / open / save / export: the file actions of the Start view and the menu, through the bridge.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { OpenedDocument } from '../../shared/ipc/contract';
import { useBridge } from '../api/bridge';
import { plainError } from '../lib/plain-error';
import { useDocumentStore } from './document';
import { useUiStore } from './ui';

export interface ListItem {
  id: string;
  label: string;
  description: string;
}

export const useProjectFilesStore = defineStore('projectFiles', () => {
  const presets = ref<ListItem[]>([]);
  const examples = ref<ListItem[]>([]);
  const recent = ref<string[]>([]);
  const listError = ref<string | null>(null);

  /** Run a bridge action; failures become a plain-language message, never an uncaught error. */
  const attempt = async <T>(doing: string, action: () => Promise<T>): Promise<T | null> => {
    const ui = useUiStore();
    ui.busy = doing;
    try {
      return await action();
    } catch (error) {
      ui.notify(plainError(error, doing), 'error');
      return null;
    } finally {
      ui.busy = null;
    }
  };

  const loadLists = async () => {
    const bridge = useBridge();
    try {
      const [p, e, r] = await Promise.all([
        bridge.invoke('presets:list', undefined),
        bridge.invoke('examples:list', undefined),
        bridge.invoke('document:recent', undefined),
      ]);
      presets.value = p;
      examples.value = e.map((x) => ({ id: x.id, label: x.title, description: x.description }));
      recent.value = r;
      listError.value = null;
    } catch (error) {
      listError.value = plainError(error, 'list presets, examples and recent files');
    }
  };

  const show = (opened: OpenedDocument | null) => {
    if (!opened) return false;
    useDocumentStore().load(opened);
    const ui = useUiStore();
    ui.select(opened.document.scenarios[0]?.id ?? null);
    ui.reportIds = null;
    ui.go('editor');
    for (const notice of opened.notices) ui.notify(notice);
    return true;
  };

  const newFromPreset = (preset?: string) =>
    attempt('create the project', async () => show(await useBridge().invoke('document:new', preset ? { preset } : {})));
  const open = (path?: string) =>
    attempt('open the file', async () => {
      const shown = show(await useBridge().invoke('document:open', path ? { path } : {}));
      recent.value = await useBridge().invoke('document:recent', undefined);
      return shown;
    });
  const openExample = (id: string) =>
    attempt('open the example', async () => show(await useBridge().invoke('examples:open', { id })));

  const save = (saveAs = false) =>
    attempt('save the project', async () => {
      const doc = useDocumentStore();
      if (!doc.document) throw new Error('there is no open project to save');
      const saved = await useBridge().invoke('document:save', { path: doc.path, document: doc.document, saveAs });
      if (!saved) return false; // the user cancelled the dialog
      doc.markSaved(saved.path);
      useUiStore().notify(`Saved to ${saved.path}`);
      recent.value = await useBridge().invoke('document:recent', undefined);
      return true;
    });

  const exportReport = (kind: 'pdf' | 'xlsx') =>
    attempt(`export the ${kind === 'pdf' ? 'PDF report' : 'Excel workbook'}`, async () => {
      const doc = useDocumentStore();
      const ui = useUiStore();
      if (!doc.document) throw new Error('open or create a project first');
      // An empty list means "all" to main: refuse instead of exporting what the user unticked.
      if (ui.reportIds?.length === 0)
        throw new Error('no scenario is ticked "In report" in Compare; tick at least one');
      const channel = kind === 'pdf' ? 'export:pdf' : 'export:xlsx';
      const done = await useBridge().invoke(channel, {
        document: doc.document,
        scenarioIds: ui.reportIds ?? [],
        paper: 'a4',
      });
      if (done) ui.notify(`Exported ${done.path}`);
      return done;
    });

  return { presets, examples, recent, listError, loadLists, newFromPreset, open, openExample, save, exportReport };
});

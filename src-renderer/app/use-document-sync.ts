// Keeps everything that depends on the document in step with it: estimates, the catalog,
// the window title / close guard in main, and the crash-recovery autosave.
import { watch } from 'vue';
import { useBridge } from '../api/bridge';
import { useCatalogStore } from '../stores/catalog';
import { useDocumentStore } from '../stores/document';
import { useEstimatesStore } from '../stores/estimates';
import { useProjectFilesStore } from '../stores/project-files';
import { useUiStore } from '../stores/ui';
import { useUncertaintySync } from '../uncertainty/use-uncertainty-sync';
import { runCommand } from './commands';

const AUTOSAVE_DELAY_MS = 5_000;

export const useDocumentSync = () => {
  const bridge = useBridge();
  const doc = useDocumentStore();
  const estimates = useEstimatesStore();
  const catalog = useCatalogStore();
  const files = useProjectFilesStore();
  const ui = useUiStore();
  let autosaveTimer: ReturnType<typeof setTimeout> | null = null;
  useUncertaintySync();

  watch(
    () => doc.document,
    (current, previous) => {
      if (!current) {
        estimates.clear();
        return;
      }
      if (!previous || current.catalogOverrides !== previous.catalogOverrides)
        void catalog.load(current.catalogOverrides);
      void estimates.refresh(current.scenarios, current.catalogOverrides);
      if (ui.selectedId && !current.scenarios.some((s) => s.id === ui.selectedId))
        ui.select(current.scenarios[0]?.id ?? null);
    },
  );

  const quiet = (p: Promise<unknown>) => {
    p.catch(() => undefined);
  }; // main may not implement it (browser preview)
  watch(
    () => [doc.path, doc.title, doc.dirty] as const,
    ([path, title, dirty]) => quiet(bridge.invoke('document:state', { path, title, dirty })),
  );

  watch(
    () => doc.revision,
    () => {
      if (autosaveTimer) clearTimeout(autosaveTimer);
      if (!doc.document || !doc.dirty) return;
      autosaveTimer = setTimeout(() => {
        if (doc.document && doc.dirty)
          quiet(bridge.invoke('document:autosave', { path: doc.path, document: doc.document }));
      }, AUTOSAVE_DELAY_MS);
    },
  );

  bridge.on('menu:command', ({ command, path }) => {
    void runCommand(command, path);
  });
  bridge.on('document:opened', (opened) => {
    doc.load(opened);
    ui.select(opened.document.scenarios[0]?.id ?? null);
    ui.go('editor');
    for (const notice of opened.notices) ui.notify(notice);
  });
  bridge.on('progress', ({ label, fraction }) => {
    ui.busy = fraction >= 1 ? null : `${label} (${Math.round(fraction * 100)} %)`;
  });

  void catalog.load();
  void bridge
    .invoke('document:pending', undefined)
    .then((pending) => {
      if (pending) {
        doc.load(pending);
        ui.select(pending.document.scenarios[0]?.id ?? null);
        ui.go('editor');
      }
    })
    .catch(() => undefined);
  void files.loadLists();
};

// The handler table: one plain async function per IPC channel. Payloads arrive
// already validated by `dispatch`; tests and the browser harness call it without Electron.
import type { ChannelName, ResultOf } from '../../shared/ipc/contract';
import type { PayloadOf } from '../../shared/ipc/payloads';
import { CATALOG_DATE, resolveCatalog } from '../../shared/catalog/index';
import { estimateScenario } from '../../shared/engine/estimate';
import { estimateUncertainty } from '../../shared/uncertainty/index';
import { clearAutosave, recoveryKey, writeAutosave } from '../files/recovery';
import { listExamples, openExample } from '../documents/examples';
import { isSafeExternalUrl } from '../security-policy';
import { IpcFailure } from './errors';
import type { HandlerDeps } from './handler-deps';

export type Handlers = { [C in ChannelName]: (payload: PayloadOf<C>) => Promise<ResultOf<C>> };

export interface HandlerTable {
  handlers: Handlers;
}

/** A file name for a save dialog from the document title: `My plan.aiplan`. */
export const suggestedFileName = (title: string, extension: string): string => {
  // Characters no file system accepts (and control characters) become spaces.
  const printable = [...title].map((c) => (c.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(c) ? ' ' : c)).join('');
  const base = printable.replace(/\s+/g, ' ').trim().slice(0, 100) || 'Untitled project';
  return `${base}.${extension}`;
};

export const createHandlerTable = (deps: HandlerDeps): HandlerTable => {
  const autosaveKey = (path: string | null) => recoveryKey(path, deps.app.instanceId);

  const openPath = async (path: string) => {
    try {
      const opened = await deps.files.open(path);
      await deps.recent.add(path);
      return opened;
    } catch (err) {
      // A recent entry whose file vanished should not stay in the menu.
      if ((err as { code?: string }).code === 'ENOENT' || (err as { code?: string }).code === 'file-not-found') await deps.recent.remove(path);
      throw err;
    }
  };

  const runExport = async (kind: 'export:pdf' | 'export:xlsx', payload: PayloadOf<'export:pdf'>) => {
    const extension = kind === 'export:pdf' ? 'pdf' : 'xlsx';
    const outPath = payload.path ?? (await deps.dialogs.chooseExportPath(extension, suggestedFileName(payload.document.title, extension)));
    if (!outPath) return null;
    const known = new Set(payload.document.scenarios.map((s) => s.id));
    const unknown = payload.scenarioIds.filter((id) => !known.has(id));
    if (unknown.length) throw new IpcFailure('invalid-payload', `scenarioIds: ${unknown.map((id) => `"${id}"`).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not in the document`);
    const label = kind === 'export:pdf' ? 'Exporting PDF' : 'Exporting Excel workbook';
    return deps.tasks.run(kind, { document: payload.document, scenarioIds: payload.scenarioIds, paper: payload.paper, outPath }, label);
  };

  const handlers: Handlers = {
    'app:info': async () => ({ name: deps.app.name, version: deps.app.version, catalogDate: CATALOG_DATE, platform: deps.app.platform, offline: true }),
    'catalog:get': async ({ overrides }) => resolveCatalog(overrides),
    'engine:estimate': async ({ scenarios, overrides }) => {
      const catalog = resolveCatalog(overrides);
      return scenarios.map((s) => estimateScenario(s, catalog));
    },
    // The point estimate first: the ranges rescale its parts (10,000 samples take tens of milliseconds).
    'engine:uncertainty': async ({ scenario, overrides }) => {
      const catalog = resolveCatalog(overrides);
      return estimateUncertainty(scenario, estimateScenario(scenario, catalog), catalog);
    },
    'presets:list': async () => deps.presets.list(),
    'document:new': async ({ preset }) => ({ path: null, document: deps.presets.create(preset), notices: [] }),
    'document:open': async ({ path }) => {
      const chosen = path ?? (await deps.dialogs.chooseDocumentToOpen());
      return chosen ? openPath(chosen) : null;
    },
    'document:save': async ({ path, document, saveAs }) => {
      const target = !path || saveAs ? await deps.dialogs.chooseDocumentSavePath(suggestedFileName(document.title, 'aiplan')) : path;
      if (!target) {
        deps.session.saveCancelled();
        return null;
      }
      await deps.files.save(target, document);
      await deps.recent.add(target);
      // The autosave was keyed by the old path (or as untitled); the new file is now the safe copy.
      await clearAutosave(deps.paths.userData, autosaveKey(path));
      await clearAutosave(deps.paths.userData, autosaveKey(target));
      deps.session.saveSucceeded(target);
      return { path: target };
    },
    'document:recent': async () => deps.recent.list(),
    'document:clear-recent': async () => deps.recent.clear(),
    'examples:list': async () => listExamples(deps.paths.examplesDir),
    'examples:open': async ({ id }) => openExample(deps.paths.examplesDir, id, deps.files),
    'export:pdf': async (payload) => runExport('export:pdf', payload),
    'export:xlsx': async (payload) => runExport('export:xlsx', payload),
    'document:state': async (state) => deps.session.setState(state),
    'document:autosave': async ({ path, document }) => {
      await writeAutosave(deps.paths.userData, autosaveKey(path), document, path, deps.clock.now());
    },
    'document:pending': async () => deps.session.takePending(),
    'shell:open-external': async ({ url }) => {
      if (!isSafeExternalUrl(url)) throw new IpcFailure('unsafe-url', `only http and https links open in the browser; refused "${url.slice(0, 200)}"`);
      await deps.openExternal(url);
    },
    'task:cancel': async ({ taskId }) => ({ cancelled: deps.tasks.cancel(taskId) }),
    'search:run': (payload) => deps.search.run(payload),
    'search:cancel': (payload) => deps.search.cancel(payload),
  };
  return { handlers };
};

export { dispatch } from './dispatch';
export type { HandlerDeps } from './handler-deps';

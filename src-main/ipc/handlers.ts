// The handler table: one plain async function per IPC channel. Payloads arrive
// already validated by `dispatch`; tests and the browser harness call it without Electron.
import type { ChannelName, ResultOf } from '../../shared/ipc/contract';
import type { PayloadOf } from '../../shared/ipc/payloads';
import { CATALOG_DATE, resolveCatalog } from '../../shared/catalog/index';
import { estimateScenario } from '../../shared/engine/estimate';
import { estimateUncertainty } from '../../shared/uncertainty/index';
import { createAutosaveQueue } from '../files/autosave-queue';
import { clearAutosave, recoveryKey, writeAutosave } from '../files/recovery';
import { listExamples, openExample } from '../documents/examples';
import { isSafeExternalUrl } from '../security-policy';
import { IpcFailure } from './errors';
import type { HandlerDeps } from './handler-deps';
import { createPathGrants } from './path-grants';

export type Handlers = { [C in ChannelName]: (payload: PayloadOf<C>) => Promise<ResultOf<C>> };

export interface HandlerTable {
  handlers: Handlers;
  /** Opens a file main chose (command line, OS, second launch): not limited to granted paths. */
  openFile(path: string): Promise<ResultOf<'document:open'>>;
  /** Lets the renderer name `path` later (e.g. the original file of a restored autosave). */
  grantPath(path: string): void;
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
  const grants = createPathGrants();
  const autosaves = createAutosaveQueue();
  /** A path from the renderer, if main handed it out; otherwise null (treated as an untitled document). */
  const trusted = async (path: string | null): Promise<string | null> =>
    path !== null && grants.allows(path, await deps.recent.list()) ? path : null;

  const openPath = async (path: string) => {
    try {
      const opened = await deps.files.open(path);
      grants.grant(path);
      await deps.recent.add(path);
      return opened;
    } catch (err) {
      // A recent entry whose file vanished should not stay in the menu.
      if ((err as { code?: string }).code === 'ENOENT' || (err as { code?: string }).code === 'file-not-found')
        await deps.recent.remove(path);
      throw err;
    }
  };

  const runExport = async (kind: 'export:pdf' | 'export:xlsx', payload: PayloadOf<'export:pdf'>) => {
    const extension = kind === 'export:pdf' ? 'pdf' : 'xlsx';
    const known = new Set(payload.document.scenarios.map((s) => s.id));
    const unknown = payload.scenarioIds.filter((id) => !known.has(id));
    if (unknown.length)
      throw new IpcFailure(
        'invalid-payload',
        `scenarioIds: ${unknown.map((id) => `"${id}"`).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not in the document`,
      );
    // Always the user's answer in a save dialog: the renderer never names the output file.
    const outPath = await deps.dialogs.chooseExportPath(
      extension,
      suggestedFileName(payload.document.title, extension),
    );
    if (!outPath) return null;
    const label = kind === 'export:pdf' ? 'Exporting PDF' : 'Exporting Excel workbook';
    return deps.tasks.run(
      kind,
      { document: payload.document, scenarioIds: payload.scenarioIds, paper: payload.paper, outPath },
      label,
    );
  };

  const handlers: Handlers = {
    'app:info': async () => ({
      name: deps.app.name,
      version: deps.app.version,
      catalogDate: CATALOG_DATE,
      platform: deps.app.platform,
      offline: true,
    }),
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
      if (path !== undefined && (await trusted(path)) === null) {
        throw new IpcFailure(
          'path-not-allowed',
          `path: the app opens only files chosen in the Open dialog or listed in Open Recent; "${path.slice(0, 300)}" is neither`,
        );
      }
      const chosen = path ?? (await deps.dialogs.chooseDocumentToOpen());
      return chosen ? openPath(chosen) : null;
    },
    'document:save': async (payload) => {
      const { document, saveAs } = payload;
      // A path main never handed out is treated like an untitled document: the user picks the file.
      const path = await trusted(payload.path);
      const target =
        !path || saveAs ? await deps.dialogs.chooseDocumentSavePath(suggestedFileName(document.title, 'aiplan')) : path;
      if (!target) {
        deps.session.saveCancelled();
        return null;
      }
      try {
        await deps.files.save(target, document);
      } catch (err) {
        // A close waiting for this save must not fire on some later, unrelated save.
        deps.session.saveCancelled();
        throw err;
      }
      grants.grant(target);
      await deps.recent.add(target);
      // The autosave was keyed by the old path (or as untitled); the new file is now the safe copy.
      await autosaves.saved(async () => {
        await clearAutosave(deps.paths.userData, autosaveKey(path));
        await clearAutosave(deps.paths.userData, autosaveKey(target));
      });
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
    'document:autosave': async (payload) => {
      const ticket = autosaves.arrived();
      // The recorded original path becomes the restored document's save target: only a granted one.
      const path = await trusted(payload.path);
      await autosaves.write(ticket, () =>
        writeAutosave(deps.paths.userData, autosaveKey(path), payload.document, path, deps.clock.now()),
      );
    },
    'document:pending': async () => deps.session.takePending(),
    'shell:open-external': async ({ url }) => {
      if (!isSafeExternalUrl(url))
        throw new IpcFailure(
          'unsafe-url',
          `only http and https links open in the browser; refused "${url.slice(0, 200)}"`,
        );
      await deps.openExternal(url);
    },
    'task:cancel': async ({ taskId }) => ({ cancelled: deps.tasks.cancel(taskId) }),
    'search:run': (payload) => deps.search.run(payload),
    'search:cancel': (payload) => deps.search.cancel(payload),
  };
  return { handlers, openFile: openPath, grantPath: grants.grant };
};

export { dispatch } from './dispatch';
export type { HandlerDeps } from './handler-deps';

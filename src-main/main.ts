// The Electron main process: one setup per concern, composed when the app is ready.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, dialog, shell, type BrowserWindow } from 'electron';
import { appPathsFrom } from './app-paths';
import { registerAppScheme, setupAppProtocol } from './app-protocol';
import { createDocumentFiles } from './documents/document-files';
import { createDocumentSession } from './documents/document-session';
import { documentsFromArgv, setupOpenFileEvents } from './documents/open-requests';
import { createPresets } from './documents/presets';
import { createRecentFiles } from './documents/recent-files';
import { setupDocuments } from './documents/setup-documents';
import { windowEffects } from './documents/window-effects';
import { createHandlerTable } from './ipc/handlers';
import { createNativeDialogs } from './native-dialogs';
import { registerHandlers } from './ipc/register';
import { setupMenu } from './menu';
import { setupSecurity } from './security';
import { setupSingleInstance } from './single-instance';
import { createMainWindow } from './window';
import { createSearchClient, spawnSearchWorker } from './search/search-client';
import { createSearchHandlers } from './search/handler';
import { setupTasks } from './work/setup-tasks';

const paths = appPathsFrom(path.dirname(fileURLToPath(import.meta.url)));
const clock = { now: () => new Date() };
const instanceId = randomUUID();
const appName = 'AI Efficiency Planner';

// Tests and portable setups keep settings, recent files and autosaves elsewhere.
if (process.env.AIPLAN_USER_DATA_DIR) app.setPath('userData', process.env.AIPLAN_USER_DATA_DIR);
// Packaged: the report fonts sit in resources/assets; the export worker inherits this.
if (app.isPackaged && !process.env.AIPLAN_ASSETS_DIR)
  process.env.AIPLAN_ASSETS_DIR = path.join(process.resourcesPath, 'assets');
registerAppScheme();
const openFileEvents = setupOpenFileEvents();
const pendingLaunchFiles: string[] = [];
let openDocument = (file: string) => void pendingLaunchFiles.push(file);
let focusWindow = () => {};

const start = async () => {
  setupSecurity();
  setupAppProtocol(paths.rendererDir);
  const userData = app.getPath('userData');
  let win: BrowserWindow | null = null;
  const send = (channel: string, payload: unknown) =>
    win && !win.isDestroyed() && win.webContents.send(channel, payload);

  const session = createDocumentSession(windowEffects(() => win, appName, process.platform));
  const tasks = setupTasks(paths.worker, (progress) => send('progress', progress));
  const menu = setupMenu({
    platform: process.platform,
    appName,
    showDevTools: !app.isPackaged,
    recent: () => recent.list(),
    send: (command, file) => send('menu:command', file ? { command, path: file } : { command }),
    clearRecent: () => void recent.clear(),
  });
  const recent = createRecentFiles(userData, (list) => {
    void menu.refresh();
    if (list[0]) app.addRecentDocument(list[0]);
    else app.clearRecentDocuments();
  });
  const searchClient = createSearchClient(spawnSearchWorker(paths.searchWorker));
  const table = createHandlerTable({
    app: { name: appName, version: app.getVersion(), platform: process.platform, instanceId },
    paths: { userData, examplesDir: paths.examplesDir },
    dialogs: createNativeDialogs(),
    files: createDocumentFiles({ generator: `${appName} ${app.getVersion()}`, clock }),
    presets: createPresets(clock),
    recent,
    tasks,
    search: createSearchHandlers(searchClient, (taskId, label, fraction) =>
      send('progress', { taskId, label, fraction }),
    ),
    session,
    openExternal: (url) => shell.openExternal(url),
    clock,
  });
  registerHandlers(table);
  await menu.refresh();

  win = await createMainWindow({ userData, preloadPath: paths.preload, title: appName, iconPath: paths.icon });
  const documents = setupDocuments({ win, session, table, userData, instanceId });
  await documents.restore();
  openDocument = (file) => void documents.openDocument(file);
  focusWindow = () => {
    if (win?.isMinimized()) win.restore();
    win?.focus();
  };
  pendingLaunchFiles.splice(0).forEach(openDocument);
  openFileEvents.setReady(openDocument);
  app.on('before-quit', () => {
    void tasks.dispose();
    searchClient.stopAll();
  });
};

if (
  !setupSingleInstance((files) => {
    focusWindow();
    files.forEach((file) => openDocument(file));
  })
) {
  app.quit();
} else {
  documentsFromArgv(process.argv.slice(app.isPackaged ? 1 : 2), process.cwd()).forEach((file) => openDocument(file));
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(start)
    .catch((err: Error) => {
      dialog.showErrorBox(`${appName} could not start`, err.message);
      app.exit(1);
    });
}

// The main window: secure preferences, remembered size and position, shown when ready.
import { BrowserWindow, screen } from 'electron';
import { APP_ENTRY_URL } from './app-url';
import {
  loadWindowState,
  MIN_HEIGHT,
  MIN_WIDTH,
  restoreBounds,
  saveWindowState,
  type WindowState,
} from './window-state';

export interface MainWindowOptions {
  userData: string;
  preloadPath: string;
  title: string;
  iconPath?: string;
}

const currentState = (win: BrowserWindow): WindowState => ({
  bounds: win.getNormalBounds(),
  maximized: win.isMaximized(),
});

/** Saves the window's bounds when it stops moving or resizing, and when it closes. */
const rememberBounds = (win: BrowserWindow, userData: string) => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    clearTimeout(timer);
    if (!win.isDestroyed()) void saveWindowState(userData, currentState(win)).catch(() => {});
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(save, 500);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) win.on(event as 'resize', later);
  win.on('close', save);
};

export const createMainWindow = async (options: MainWindowOptions): Promise<BrowserWindow> => {
  const workAreas = screen.getAllDisplays().map((d) => d.workArea);
  const state = restoreBounds(await loadWindowState(options.userData), workAreas);
  const win = new BrowserWindow({
    ...state.bounds,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    title: options.title,
    show: false,
    backgroundColor: '#ffffff',
    ...(options.iconPath ? { icon: options.iconPath } : {}),
    // Written out here (not built by a helper) so that Electronegativity can check them.
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      // Middle-click would open links through a path that skips will-navigate.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (state.maximized) win.maximize();
  rememberBounds(win, options.userData);
  win.once('ready-to-show', () => win.show());
  await win.loadURL(APP_ENTRY_URL);
  return win;
};

// What the document session does to the window: title, macOS edited dot and proxy icon, events.
import type { BrowserWindow } from 'electron';
import type { SessionEffects } from './document-session';
import { titleBarFor } from './window-title';

export const windowEffects = (
  getWindow: () => BrowserWindow | null,
  appName: string,
  platform: string,
): SessionEffects => {
  const live = () => {
    const win = getWindow();
    return win && !win.isDestroyed() ? win : null;
  };
  return {
    showState: (state) => {
      const win = live();
      if (!win) return;
      const bar = titleBarFor(state, appName, platform);
      win.setTitle(bar.title);
      if (platform === 'darwin') {
        win.setDocumentEdited(bar.documentEdited);
        win.setRepresentedFilename(bar.representedFilename);
      }
    },
    sendOpened: (opened) => live()?.webContents.send('document:opened', opened),
    closeWindow: () => live()?.close(),
  };
};

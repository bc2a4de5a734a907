// Document behaviour of the window: title bar and edited dot, the close guard,
// files from the command line / OS / a second launch, and the crash-restore prompt.
import { app, BrowserWindow, dialog } from 'electron';
import type { OpenedDocument } from '../../shared/ipc/contract';
import { clearAutosave, recoveryKey } from '../files/recovery';
import type { HandlerTable } from '../ipc/handlers';
import { closeChoiceFromButton, closeQuestion, createCloseGuard } from './close-guard';
import type { DocumentSession } from './document-session';
import { offerRestore } from './restore-prompt';

export interface DocumentsSetup {
  win: BrowserWindow;
  session: DocumentSession;
  table: HandlerTable;
  userData: string;
  instanceId: string;
}

export const setupDocuments = ({ win, session, table, userData, instanceId }: DocumentsSetup) => {
  let quitting = false;
  app.on('before-quit', () => {
    quitting = true;
  });

  win.on(
    'close',
    createCloseGuard({
      session,
      ask: async (title) => closeChoiceFromButton((await dialog.showMessageBox(win, closeQuestion(title))).response),
      requestSave: () => win.webContents.send('menu:command', { command: 'file:save' }),
      forceClose: () => {
        session.setState({ ...session.state, dirty: false });
        win.close();
      },
      discarded: () => clearAutosave(userData, recoveryKey(session.state.path, instanceId)),
    }),
  );
  // A save asked for by the close guard closes the window; finish a quit the user had started.
  win.on('closed', () => {
    if (quitting) app.quit();
  });

  const openDocument = async (file: string) => {
    if (win.isMinimized()) win.restore();
    win.focus();
    try {
      const opened = await table.openFile(file);
      if (opened) session.deliver(opened);
    } catch (err) {
      dialog.showErrorBox('The file could not be opened', `${file}\n\n${(err as Error).message}`);
    }
  };

  const restore = () =>
    offerRestore(
      userData,
      async (question) => (await dialog.showMessageBox(win, question)).response,
      (opened: OpenedDocument) => {
        // Main read this path from its own recovery folder: the renderer may save back to it.
        if (opened.path) table.grantPath(opened.path);
        session.deliver(opened);
      },
    );
  return { openDocument, restore };
};

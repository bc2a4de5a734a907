// What the title bar shows for a document: its title, an unsaved marker, the app name.
import type { DocumentState } from '../../shared/ipc/contract';

export interface TitleBar {
  title: string;
  /** macOS: the edited dot in the close button. */
  documentEdited: boolean;
  /** macOS: the proxy icon's file. */
  representedFilename: string;
}

export const titleBarFor = (state: DocumentState, appName: string, platform: string): TitleBar => {
  const name = state.title.trim() || 'Untitled project';
  // macOS shows unsaved changes with the edited dot; elsewhere the convention is a leading bullet.
  const marker = state.dirty && platform !== 'darwin' ? '• ' : '';
  return { title: `${marker}${name} — ${appName}`, documentEdited: state.dirty, representedFilename: state.path ?? '' };
};

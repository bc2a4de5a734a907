// Confirms closing a window (or quitting) with unsaved changes: Save / Don't Save / Cancel.
import type { DocumentSession } from './document-session';

export type CloseChoice = 'save' | 'discard' | 'cancel';

export interface CloseGuardDeps {
  session: DocumentSession;
  /** Shows the native question; resolves with the user's choice. */
  ask(title: string): Promise<CloseChoice>;
  /** Asks the renderer to save (it knows the latest edits); the session closes the window when the save succeeds. */
  requestSave(): void;
  /** Closes the window for real, past the guard. */
  forceClose(): void;
  /** Called when the user discards the changes (drop the autosave copy). */
  discarded(): Promise<void>;
}

/** Listener for the window's `close` event: lets a clean close through, otherwise prevents it and asks. */
export const createCloseGuard = (deps: CloseGuardDeps) => {
  let asking = false;
  return (event: { preventDefault(): void }): void => {
    if (!deps.session.state.dirty) return;
    event.preventDefault();
    if (asking) return;
    asking = true;
    deps.ask(deps.session.state.title).then(
      async (choice) => {
        asking = false;
        if (choice === 'save') {
          deps.session.closeAfterSave();
          deps.requestSave();
        } else if (choice === 'discard') {
          await deps.discarded();
          deps.forceClose();
        }
      },
      () => {
        asking = false;
      },
    );
  };
};

/** The message box behind `ask`: button order and ids for Electron's dialog.showMessageBox. */
export const closeQuestion = (title: string) => ({
  type: 'warning' as const,
  buttons: ['Save', "Don't Save", 'Cancel'],
  defaultId: 0,
  cancelId: 2,
  noLink: true,
  message: `Do you want to save the changes you made to “${title}”?`,
  detail: "Your changes will be lost if you don't save them.",
});

export const closeChoiceFromButton = (response: number): CloseChoice =>
  (['save', 'discard', 'cancel'] as const)[response] ?? 'cancel';

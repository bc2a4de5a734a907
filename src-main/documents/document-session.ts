// The open document as main sees it: its state (reported by the renderer), the
// opens queued before the renderer listens, and a close waiting for a save.
import type { DocumentState, OpenedDocument } from '../../shared/ipc/contract';
import type { DocumentSessionPort } from '../ipc/handler-deps';

export interface DocumentSession extends DocumentSessionPort {
  readonly state: DocumentState;
  /** Hands a document to the renderer now if it listens, else keeps it for `document:pending`. */
  deliver(opened: OpenedDocument): void;
  /** Close the window once the save that the close guard asked for has succeeded. */
  closeAfterSave(): void;
}

export interface SessionEffects {
  showState(state: DocumentState): void;
  sendOpened(opened: OpenedDocument): void;
  closeWindow(): void;
}

export const createDocumentSession = (effects: SessionEffects): DocumentSession => {
  let state: DocumentState = { path: null, title: 'Untitled project', dirty: false };
  let rendererListening = false;
  let closePending = false;
  const queue: OpenedDocument[] = [];

  return {
    get state() {
      return state;
    },
    setState: (next) => {
      state = { ...next };
      effects.showState(state);
    },
    takePending: () => {
      rendererListening = true;
      const first = queue.shift() ?? null;
      // Anything else queued goes out as events once the renderer has the first.
      const rest = queue.splice(0);
      if (rest.length) queueMicrotask(() => rest.forEach(effects.sendOpened));
      return first;
    },
    deliver: (opened) => {
      if (rendererListening) effects.sendOpened(opened);
      else queue.push(opened);
    },
    saveSucceeded: (path) => {
      state = { ...state, path, dirty: false };
      effects.showState(state);
      if (closePending) {
        closePending = false;
        effects.closeWindow();
      }
    },
    saveCancelled: () => {
      closePending = false;
    },
    closeAfterSave: () => {
      closePending = true;
    },
  };
};

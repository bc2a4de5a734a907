// Orders autosaves against saves. IPC handlers run concurrently, so an autosave that arrived
// before a save finished could land after the save had cleared the recovery folder: the next
// start would then offer to "restore" content older than the saved file. Writes run one at a
// time, and a clean save makes every autosave received before it obsolete.

export interface AutosaveQueue {
  /** Call when an autosave request arrives, before any await: its place in line. */
  arrived(): number;
  /** Runs `write` after the writes before it, unless a save finished after autosave `ticket` arrived. */
  write(ticket: number, write: () => Promise<unknown>): Promise<void>;
  /** After a clean save: drops the autosaves received so far and runs `clear` after any write in progress. */
  saved(clear: () => Promise<void>): Promise<void>;
}

export const createAutosaveQueue = (): AutosaveQueue => {
  let chain: Promise<unknown> = Promise.resolve();
  let received = 0;
  let coveredBySave = 0;
  const enqueue = (work: () => Promise<void>): Promise<void> => {
    const next = chain.then(work, work);
    chain = next.catch(() => undefined);
    return next;
  };
  return {
    arrived: () => ++received,
    write: (ticket, write) =>
      enqueue(async () => {
        if (ticket > coveredBySave) await write();
      }),
    saved: (clear) => {
      coveredBySave = received;
      return enqueue(clear);
    },
  };
};

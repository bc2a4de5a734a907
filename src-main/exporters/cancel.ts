// Cancellation and progress for long exports.

/** Throws the signal's AbortError when the user has cancelled. */
export const checkCancelled = (signal: AbortSignal | undefined): void => {
  signal?.throwIfAborted();
};

/** Yields to the event loop so a cancel can arrive between pages. */
export const breathe = (signal: AbortSignal | undefined): Promise<void> =>
  new Promise((resolve, reject) =>
    setImmediate(() => {
      if (signal?.aborted) reject(signal.reason);
      else resolve();
    }),
  );

/** Progress reported in [0, 1], never backwards. */
export const progressReporter = (onProgress?: (fraction: number) => void) => {
  let last = 0;
  return (fraction: number) => {
    const clamped = Math.min(1, Math.max(last, fraction));
    last = clamped;
    onProgress?.(clamped);
  };
};

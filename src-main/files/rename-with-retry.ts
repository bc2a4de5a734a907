// Windows: antivirus scanners, search indexers and sync clients briefly hold files open,
// so a rename over the target fails with EPERM/EBUSY/EACCES for a moment. Retry with backoff.

export type RenameFn = (from: string, to: string) => Promise<void>;

const RETRYABLE_CODES = new Set(['EPERM', 'EBUSY', 'EACCES']);
/** Total wait ≈ 1.3 s before giving up. */
export const RENAME_RETRY_DELAYS_MS = [10, 20, 40, 80, 160, 320, 640];

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const isRetryable = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && RETRYABLE_CODES.has(String((error as { code?: unknown }).code));

export const renameWithRetry = async (
  rename: RenameFn,
  from: string,
  to: string,
  options: { platform: NodeJS.Platform; delaysMs?: readonly number[] },
): Promise<void> => {
  const delays = options.platform === 'win32' ? (options.delaysMs ?? RENAME_RETRY_DELAYS_MS) : [];
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const delay = delays[attempt];
      if (delay === undefined || !isRetryable(error)) throw error;
      await sleep(delay);
    }
  }
};

// Errors that cross IPC: a stable code plus a plain-language message.
import type { IpcError } from '../../shared/ipc/contract';

export class IpcFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly issues?: IpcError['issues'],
  ) {
    super(message);
    this.name = 'IpcFailure';
  }
}

const hasCode = (err: unknown): err is { code: string; message: string } =>
  typeof err === 'object' &&
  err !== null &&
  typeof (err as { code?: unknown }).code === 'string' &&
  typeof (err as { message?: unknown }).message === 'string';

/** Whatever a handler threw, as an IpcError; unexpected errors keep their message but get code 'internal'. */
export const toIpcError = (err: unknown): IpcError => {
  if (err instanceof IpcFailure)
    return { code: err.code, message: err.message, ...(err.issues ? { issues: err.issues } : {}) };
  if (hasCode(err)) {
    // Node errors (ENOENT …) get friendlier codes; domain errors (EngineError, document errors) keep theirs.
    const nodeCodes: Record<string, string> = {
      ENOENT: 'file-not-found',
      EACCES: 'permission-denied',
      EPERM: 'permission-denied',
      EISDIR: 'not-a-file',
    };
    const issues = (err as { issues?: unknown }).issues;
    return {
      code: nodeCodes[err.code] ?? err.code,
      message: err.message,
      ...(Array.isArray(issues) ? { issues: issues as IpcError['issues'] } : {}),
    };
  }
  if (err instanceof Error) return { code: 'internal', message: err.message };
  return { code: 'internal', message: `unexpected failure: ${String(err)}` };
};

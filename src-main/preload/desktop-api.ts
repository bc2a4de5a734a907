// The narrow API the preload hands to the renderer: invoke a channel (envelope
// unwrapped, errors rethrown with main's message) and listen to known events.
import type { DesktopApi } from '../../shared/ipc/api';
import type { Envelope, IpcError } from '../../shared/ipc/contract';
import { isEventName } from '../../shared/ipc/events';

/** The slice of Electron's ipcRenderer the API uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
}

const isEnvelope = (value: unknown): value is Envelope<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';

const malformed = (channel: string): Envelope<never> => ({
  ok: false,
  error: { code: 'internal', message: `the app answered "${channel}" with something that is not a response` },
});

/**
 * An Error whose message is main's plain-language message. `code` and `issues` are set too,
 * but contextBridge keeps only the message of an Error: use `request` when you need them.
 */
export const errorFromIpc = (error: IpcError): Error =>
  Object.assign(new Error(error.message), { code: error.code, issues: error.issues });

export const createDesktopApi = (ipc: IpcRendererLike): DesktopApi => {
  const request = async (channel: string, payload?: unknown): Promise<Envelope<unknown>> => {
    if (typeof channel !== 'string')
      return { ok: false, error: { code: 'unknown-channel', message: 'the channel name must be a string' } };
    try {
      const reply = await ipc.invoke(channel, payload);
      return isEnvelope(reply) ? reply : malformed(channel);
    } catch (err) {
      return { ok: false, error: { code: 'internal', message: err instanceof Error ? err.message : String(err) } };
    }
  };
  return {
    request: request as DesktopApi['request'],
    invoke: (async (channel: string, payload?: unknown) => {
      const envelope = await request(channel, payload);
      if (!envelope.ok) throw errorFromIpc(envelope.error);
      return envelope.result;
    }) as DesktopApi['invoke'],
    on: (event, listener) => {
      if (!isEventName(event)) throw new Error(`"${String(event)}" is not an event the app sends`);
      if (typeof listener !== 'function') throw new Error('the listener must be a function');
      // Never hand the renderer Electron's event object (it exposes `sender`).
      const wrapped = (_event: unknown, payload: unknown) => listener(payload as never);
      ipc.on(event, wrapped);
      return () => void ipc.removeListener(event, wrapped);
    },
  };
};

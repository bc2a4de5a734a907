// The one module that touches `window.api` (exposed by the preload). Everything
// else asks for the bridge, so stores run in node tests with a fake one.
import type { ChannelName, Events, RequestOf, ResultOf } from '../../shared/ipc/contract';

export interface Bridge {
  invoke<C extends ChannelName>(channel: C, payload: RequestOf<C>): Promise<ResultOf<C>>;
  on<E extends keyof Events>(event: E, listener: (payload: Events[E]) => void): () => void;
}

interface PreloadApi {
  invoke(channel: string, payload: unknown): Promise<unknown>;
  on(event: string, listener: (payload: unknown) => void): (() => void) | void;
}

const missingApi = (): Bridge => {
  const fail = () =>
    Promise.reject(
      new Error('The application bridge is not available: this page must run inside the AI Efficiency Planner window.'),
    );
  return { invoke: fail, on: () => () => undefined };
};

/** The bridge to the main process through the preload's `window.api`. */
export const windowBridge = (): Bridge => {
  const api = (globalThis as { api?: PreloadApi }).api;
  if (!api) return missingApi();
  return {
    invoke: (channel, payload) => api.invoke(channel, payload) as Promise<never>,
    on: (event, listener) => {
      const off = api.on(event, listener as (p: unknown) => void);
      return typeof off === 'function' ? off : () => undefined;
    },
  };
};

let current: Bridge | null = null;

/** Tests install a fake; the app installs the window bridge at start-up. */
export const setBridge = (bridge: Bridge): void => {
  current = bridge;
};

export const useBridge = (): Bridge => {
  if (!current) current = windowBridge();
  return current;
};

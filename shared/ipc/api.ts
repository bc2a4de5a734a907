// The `window.api` the preload exposes to the renderer, typed from the channel map.
import type { ChannelName, Envelope, EventName, Events, RequestOf, ResultOf } from './contract';

/** Channels without a payload may be invoked with none. */
export type InvokeArgs<C extends ChannelName> = [RequestOf<C>] extends [void]
  ? [payload?: undefined]
  : [payload: RequestOf<C>];

export interface DesktopApi {
  /** Resolves with the result; rejects with an Error carrying main's plain-language message. */
  invoke<C extends ChannelName>(channel: C, ...args: InvokeArgs<C>): Promise<ResultOf<C>>;
  /** The raw envelope, never rejects: for callers that need the error code and per-field issues. */
  request<C extends ChannelName>(channel: C, ...args: InvokeArgs<C>): Promise<Envelope<ResultOf<C>>>;
  /** Subscribes to an event from main; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void;
}

declare global {
  interface Window {
    api: DesktopApi;
  }
}

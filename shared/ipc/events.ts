// The event names main may push to the renderer; the preload subscribes to these only.
import type { EventName } from './contract';

export const eventNames = ['menu:command', 'progress', 'document:opened'] as const satisfies readonly EventName[];

// Compile-time check that the list above names every event in `Events`.
type MissingEvent = Exclude<EventName, (typeof eventNames)[number]>;
export const everyEventListed: [MissingEvent] extends [never] ? true : MissingEvent = true;

export const isEventName = (name: unknown): name is EventName =>
  typeof name === 'string' && (eventNames as readonly string[]).includes(name);

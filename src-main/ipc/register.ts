// Wires the handler table to ipcMain: one `handle` per channel, the calling
// frame's URL checked by `dispatch` (messages from anything but our app are dropped).
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { payloadSchemas } from '../../shared/ipc/payloads';
import { dispatch } from './dispatch';
import type { HandlerTable } from './handlers';

export const senderOf = (event: IpcMainInvokeEvent) => ({ url: event.senderFrame?.url ?? '' });

export const registerHandlers = (table: HandlerTable, log: (message: string) => void = console.warn): (() => void) => {
  const channels = Object.keys(payloadSchemas);
  for (const channel of channels) {
    ipcMain.handle(channel, async (event, payload) => {
      const envelope = await dispatch(table, channel, payload, senderOf(event));
      if (!envelope.ok && envelope.error.code === 'unknown-sender') log(envelope.error.message);
      return envelope;
    });
  }
  return () => channels.forEach((channel) => ipcMain.removeHandler(channel));
};

// Only our own renderer may call the handlers: its frames are served from the app protocol.
import { isAppUrl } from '../app-url';

export interface IpcSender {
  /** URL of the frame that sent the message. */
  url: string;
}

export const isTrustedSender = (sender: IpcSender | undefined | null): boolean =>
  !!sender && typeof sender.url === 'string' && isAppUrl(sender.url);

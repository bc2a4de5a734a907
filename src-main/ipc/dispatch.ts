// The one entry point for every IPC message: sender check, payload validation,
// handler call, envelope. Never throws.
import type { ChannelName, Envelope } from '../../shared/ipc/contract';
import { formatIssuePath, isChannelName, payloadSchemas } from '../../shared/ipc/payloads';
import { toIpcError } from './errors';
import { isTrustedSender, type IpcSender } from './sender';
import type { HandlerTable } from './handlers';

const fail = (code: string, message: string, issues?: { path: string; message: string }[]): Envelope<never> => ({
  ok: false,
  error: { code, message, ...(issues ? { issues } : {}) },
});

/**
 * Validates `rawPayload` for `channel` and runs its handler. `sender` is the
 * calling frame when the message came over IPC; omit it for direct calls (tests, the browser harness).
 */
export const dispatch = async (
  table: HandlerTable,
  channel: string,
  rawPayload: unknown,
  sender?: IpcSender | null,
): Promise<Envelope<unknown>> => {
  if (sender !== undefined && !isTrustedSender(sender)) {
    return fail(
      'unknown-sender',
      `message on "${channel}" dropped: it came from ${sender?.url ?? 'an unknown frame'}, not from the app`,
    );
  }
  if (!isChannelName(channel)) return fail('unknown-channel', `there is no IPC channel named "${String(channel)}"`);
  const parsed = payloadSchemas[channel].safeParse(rawPayload);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: formatIssuePath(i.path), message: i.message }));
    const summary = issues.map((i) => `${i.path}: ${i.message}`).join('; ');
    return fail('invalid-payload', `invalid request for "${channel}": ${summary}`, issues);
  }
  try {
    const handler = table.handlers[channel] as (payload: unknown) => Promise<unknown>;
    return { ok: true, result: await handler(parsed.data) };
  } catch (err) {
    return { ok: false, error: toIpcError(err) };
  }
};

export type { ChannelName };

// Errors from the main process or the engine, as one sentence a person can act on.

const prefixes = [/^Error invoking remote method '[^']+': /, /^Error: /];

export const plainError = (error: unknown, doing: string): string => {
  let message =
    error instanceof Error ? error.message : typeof error === 'string' ? error : 'an unexpected problem occurred';
  for (const prefix of prefixes) message = message.replace(prefix, '');
  message = message.trim() || 'an unexpected problem occurred';
  return `Could not ${doing}: ${message.charAt(0).toLowerCase()}${message.slice(1)}`;
};

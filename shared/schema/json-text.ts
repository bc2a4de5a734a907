// Checks on raw file text before JSON parsing: empty, oversized, binary, not JSON.
import { MAX_DOCUMENT_BYTES } from './document';

export type TextProblemCode = 'empty' | 'too-large' | 'binary' | 'not-json';
export type ParsedText =
  { ok: true; value: unknown } | { ok: false; code: TextProblemCode; message: string; line?: number; column?: number };

const NON_JSON_NUMBER = /[:[,]\s*(-?NaN|-?Infinity|undefined)\b/;

const lineColumn = (text: string, position: number) => {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return { line, column: position - before.lastIndexOf('\n') };
};

// NUL never appears in text; U+FFFD is what a decoder leaves for bytes that are not UTF-8;
// other control characters (besides tab, newline, carriage return) are rare in real text.
const looksBinary = (text: string): boolean => {
  const sample = text.slice(0, 8192);
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code === 0 || code === 0xfffd) return true;
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) controls++;
  }
  return controls > sample.length / 100;
};

const syntaxProblem = (text: string, error: unknown): ParsedText => {
  const raw = error instanceof Error ? error.message : String(error);
  const special = /^Unexpected token '[NIu-]'/.test(raw) ? NON_JSON_NUMBER.exec(text) : null;
  if (special) {
    const at = lineColumn(text, special.index + special[0].length - (special[1] ?? '').length);
    return {
      ok: false,
      code: 'not-json',
      ...at,
      message: `The file is not valid JSON: line ${at.line}, column ${at.column} holds ${special[1]}, which JSON cannot store; write a number (for example 7e9) instead.`,
    };
  }
  const position = /at position (\d+)/.exec(raw);
  const reason = raw
    .replace(/, ".*" is not valid JSON$/s, '')
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/ \(line \d+ column \d+\)$/, '');
  if (!position) return { ok: false, code: 'not-json', message: `The file is not valid JSON: ${reason}.` };
  const at = lineColumn(text, Number(position[1]));
  return {
    ok: false,
    code: 'not-json',
    ...at,
    message: `The file is not valid JSON: ${reason} at line ${at.line}, column ${at.column}.`,
  };
};

const megabytes = (chars: number) => (chars / (1024 * 1024)).toFixed(1);

export const parseDocumentText = (input: string): ParsedText => {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input; // Windows editors add a byte-order mark
  if (text.length > MAX_DOCUMENT_BYTES)
    return {
      ok: false,
      code: 'too-large',
      message: `The file is ${megabytes(text.length)} MB; project files are at most ${megabytes(MAX_DOCUMENT_BYTES)} MB, so this is not a project file (or it is damaged).`,
    };
  if (text.trim() === '')
    return {
      ok: false,
      code: 'empty',
      message: 'The file is empty: a project file holds JSON text starting with "{".',
    };
  if (looksBinary(text))
    return {
      ok: false,
      code: 'binary',
      message:
        'The file holds binary data, not text, so it is not a project file (was it compressed, or saved by another program?).',
    };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return syntaxProblem(text, error);
  }
};

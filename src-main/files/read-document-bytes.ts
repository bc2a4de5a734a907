// Reads a file for opening: refuses oversized files unread and tells apart missing,
// unreadable and non-text files before any JSON parsing.
import { readFile, stat } from 'node:fs/promises';
import { MAX_DOCUMENT_BYTES } from '../../shared/schema/document';

export type FileErrorCode = 'file-not-found' | 'not-a-file' | 'unreadable' | 'too-large' | 'empty' | 'binary';
export type ReadText = { ok: true; text: string } | { ok: false; code: FileErrorCode; message: string };

const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);

const errorCode = (error: unknown) => String((error as { code?: unknown }).code ?? '');

const decodeUtf8 = (bytes: Uint8Array): string | null => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
};

const isUtf16 = (bytes: Uint8Array) =>
  (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);

export const readDocumentText = async (path: string): Promise<ReadText> => {
  try {
    const info = await stat(path);
    if (!info.isFile())
      return { ok: false, code: 'not-a-file', message: `${path} is a folder or device, not a project file.` };
    if (info.size > MAX_DOCUMENT_BYTES)
      return {
        ok: false,
        code: 'too-large',
        message: `The file is ${megabytes(info.size)} MB; project files are at most ${megabytes(MAX_DOCUMENT_BYTES)} MB, so this is not a project file (or it is damaged). It was not read.`,
      };
    if (info.size === 0)
      return {
        ok: false,
        code: 'empty',
        message: 'The file is empty (0 bytes): a project file holds JSON text starting with "{".',
      };
    const bytes = await readFile(path);
    if (isUtf16(bytes))
      return {
        ok: false,
        code: 'binary',
        message: 'The file is saved as UTF-16 text; project files are UTF-8. Re-save it as UTF-8 in your editor.',
      };
    const text = decodeUtf8(bytes);
    if (text === null)
      return {
        ok: false,
        code: 'binary',
        message:
          'The file holds binary data, not UTF-8 text, so it is not a project file (was it compressed, or saved by another program?).',
      };
    return { ok: true, text };
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT') return { ok: false, code: 'file-not-found', message: `There is no file at ${path}.` };
    if (code === 'EISDIR')
      return { ok: false, code: 'not-a-file', message: `${path} is a folder, not a project file.` };
    return {
      ok: false,
      code: 'unreadable',
      message: `The file ${path} could not be read (${code || (error instanceof Error ? error.message : String(error))}); check its permissions.`,
    };
  }
};

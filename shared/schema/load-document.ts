// Text (or an untrusted value) → a valid project document, or a typed error listing every problem.
// Never throws: a bad file must never crash the app.
import { DOCUMENT_FORMAT, DOCUMENT_VERSION, projectDocumentSchema, type ProjectDocument } from './document';
import { describeValue } from './describe-value';
import { problemsFromZodError, type DocumentProblem } from './document-problems';
import { parseDocumentText, type TextProblemCode } from './json-text';
import { migrateToCurrent, OLDEST_READABLE_VERSION, type JsonObject } from './migrations';
import { unknownFieldPaths } from './unknown-fields';

export type { DocumentProblem } from './document-problems';

export type DocumentErrorCode =
  TextProblemCode | 'not-a-document' | 'wrong-format' | 'newer-version' | 'invalid-document' | 'internal';

export interface DocumentError {
  code: DocumentErrorCode;
  /** One plain-language summary; `problems` has the details (at least one). */
  message: string;
  problems: DocumentProblem[];
}

export type LoadResult =
  | {
      ok: true;
      document: ProjectDocument;
      notices: string[];
      /** The version it was upgraded from, if it was. */ migratedFrom: number | null;
    }
  | { ok: false; error: DocumentError };

const fail = (code: DocumentErrorCode, message: string, problems?: DocumentProblem[]): LoadResult => ({
  ok: false,
  error: {
    code,
    message,
    problems: problems ?? [{ path: '(whole document)', expected: 'a project file', found: message, message }],
  },
});

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

type Header = { ok: true; version: number } | { ok: false; result: LoadResult };

/** Works out which version the value claims to be, before any schema check. */
const readHeader = (value: unknown): Header => {
  if (!isObject(value))
    return {
      ok: false,
      result: fail(
        'not-a-document',
        `The file holds JSON, but not a project: expected an object with "format": "${DOCUMENT_FORMAT}", found ${describeValue(value)}.`,
      ),
    };
  const { format, version, generator } = value;
  // v0 files predate the `format` marker; they are recognised by `"version": 0` and a scenario list.
  const isV0 = format === undefined && version === 0 && Array.isArray(value.scenarios);
  if (format !== DOCUMENT_FORMAT && !isV0) {
    const found = format === undefined ? 'has no "format" field' : `has "format" ${describeValue(format)}`;
    return {
      ok: false,
      result: fail(
        'wrong-format',
        `This is not an AI Efficiency Planner project: the file ${found}; expected "format": "${DOCUMENT_FORMAT}".`,
      ),
    };
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < OLDEST_READABLE_VERSION)
    return { ok: true, version: DOCUMENT_VERSION }; // the schema reports it
  if (version > DOCUMENT_VERSION) {
    const madeBy =
      typeof generator === 'string' && generator.trim() !== ''
        ? `${generator.slice(0, 200)}, file format ${version}`
        : `file format ${version}`;
    return {
      ok: false,
      result: fail(
        'newer-version',
        `This file was made by a newer version (${madeBy}); this app reads up to file format ${DOCUMENT_VERSION}. Update the app to open it; the file was not changed.`,
      ),
    };
  }
  return { ok: true, version };
};

const migrationNotice = (from: number) =>
  `This file was made by an older version (file format ${from}) and has been updated to format ${DOCUMENT_VERSION}. When you save, the original is kept next to it as a .bak file.`;

const validateValue = (value: unknown): LoadResult => {
  const header = readHeader(value);
  if (!header.ok) return header.result;
  const upgraded = header.version < DOCUMENT_VERSION ? migrateToCurrent(value as JsonObject, header.version) : value;
  const parsed = projectDocumentSchema.safeParse(upgraded);
  if (!parsed.success) {
    const problems = problemsFromZodError(parsed.error, upgraded);
    return fail(
      'invalid-document',
      `The project has ${problems.length} problem${problems.length === 1 ? '' : 's'}.`,
      problems,
    );
  }
  const migrated = header.version < DOCUMENT_VERSION;
  const unknown = unknownFieldPaths(upgraded, projectDocumentSchema);
  const notices = [
    ...(migrated ? [migrationNotice(header.version)] : []),
    ...(unknown.length > 0
      ? [`These fields are not part of the format and were ignored (misspelt?): ${unknown.join(', ')}.`]
      : []),
  ];
  return { ok: true, document: parsed.data, notices, migratedFrom: migrated ? header.version : null };
};

// The last line of defence: an unexpected exception becomes a typed error, never a crash.
const guarded = (work: () => LoadResult): LoadResult => {
  try {
    return work();
  } catch (error) {
    return fail(
      'internal',
      `The file could not be read because of an internal error (${error instanceof Error ? error.message : String(error)}); please report it.`,
    );
  }
};

/** Validates (and upgrades) an already-parsed value, e.g. an IPC payload. */
export const validateDocument = (value: unknown): LoadResult => guarded(() => validateValue(value));

/** Loads the text of a `.aiplan` file. */
export const loadDocument = (text: string): LoadResult =>
  guarded(() => {
    const parsed = parseDocumentText(text);
    if (!parsed.ok) return fail(parsed.code, parsed.message);
    return validateValue(parsed.value);
  });

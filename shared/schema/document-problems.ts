// Turns zod issues into problems a person can act on: where, what was expected, what was found.
import type { z } from 'zod';
import { describeValue, isNumericText } from './describe-value';
import { formatJsonPath, valueAtPath } from './json-path';

export interface DocumentProblem {
  /** JSON path such as `scenarios[2].training.tokens`. */
  path: string;
  expected: string;
  found: string;
  /** One plain sentence; starts with the path so it reads alone in a list. */
  message: string;
}

const typeNames: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
  null: 'null',
  bigint: 'a number',
  date: 'a date',
};

const bound = (value: unknown): string =>
  typeof value === 'number' && Math.abs(value) >= 1e6 ? value.toExponential() : String(value);

const sizeUnit: Record<string, string> = { array: 'item', string: 'character', set: 'item', file: 'byte' };

const limitText = (issue: { origin?: string; inclusive?: boolean }, limit: unknown, atLeast: boolean): string => {
  const unit = issue.origin ? sizeUnit[issue.origin] : undefined;
  if (unit) return `${atLeast ? 'at least' : 'at most'} ${bound(limit)} ${unit}${limit === 1 ? '' : 's'}`;
  const op = atLeast ? (issue.inclusive ? '≥' : '>') : issue.inclusive ? '≤' : '<';
  return `a number ${op} ${bound(limit)}`;
};

export const expectedOf = (issue: z.core.$ZodIssue): string => {
  switch (issue.code) {
    case 'invalid_type':
      return typeNames[issue.expected] ?? issue.expected;
    case 'too_small':
      return limitText(issue, issue.minimum, true);
    case 'too_big':
      return limitText(issue, issue.maximum, false);
    case 'invalid_value':
      return issue.values.length === 1
        ? JSON.stringify(issue.values[0])
        : `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      return issue.format === 'regex'
        ? `text matching ${issue.pattern ?? 'the required pattern'}`
        : `text in ${issue.format} format`;
    case 'not_multiple_of':
      return `a multiple of ${String(issue.divisor)}`;
    case 'unrecognized_keys':
      return 'only known fields';
    case 'invalid_key':
      return 'a known key';
    default:
      return 'a valid value';
  }
};

// zod's built-in messages are terse ("Invalid input: …"); the schema's own messages are kept.
const isBuiltInMessage = (message: string) => /^(Invalid|Too (small|big)|Unrecognized)/.test(message);

const hintFor = (issue: z.core.$ZodIssue, value: unknown): string =>
  issue.code === 'invalid_type' && (issue.expected === 'number' || issue.expected === 'int') && isNumericText(value)
    ? ' (write the number without quotes)'
    : '';

export const problemFromIssue = (issue: z.core.$ZodIssue, input: unknown): DocumentProblem => {
  const path = formatJsonPath(issue.path);
  const at = valueAtPath(input, issue.path);
  const value = at.found ? at.value : undefined;
  const expected = expectedOf(issue);
  const found = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => `"${k}"`).join(', ') : describeValue(value);
  const what = isBuiltInMessage(issue.message)
    ? `expected ${expected}, found ${found}`
    : `${issue.message}; found ${found}`;
  return { path, expected, found, message: `${path}: ${what}${hintFor(issue, value)}` };
};

export const problemsFromZodError = (error: z.ZodError, input: unknown): DocumentProblem[] =>
  error.issues.map((issue) => problemFromIssue(issue, input));

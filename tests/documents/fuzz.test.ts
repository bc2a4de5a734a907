// The loader must only ever return a document or a typed error — never throw, never hang.
// 4,000 + 2,000 + 4,000 + 1,000 = 11,000 generated cases.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDocument, validateDocument, type LoadResult } from '../../shared/schema/load-document';
import { exampleFiles, exampleText } from './helpers';

const CODES = [
  'empty',
  'too-large',
  'binary',
  'not-json',
  'not-a-document',
  'wrong-format',
  'newer-version',
  'invalid-document',
];

const expectTyped = (result: LoadResult): void => {
  if (result.ok) {
    expect(result.document.format).toBe('aiplan'); // the schema's output, so complete by construction
    expect(result.document.scenarios.length).toBeGreaterThan(0);
    return;
  }
  expect(CODES).toContain(result.error.code); // never 'internal': no exception reached the guard
  expect(result.error.message.length).toBeGreaterThan(0);
  expect(result.error.problems.length).toBeGreaterThan(0);
  for (const p of result.error.problems) {
    expect([typeof p.path, typeof p.expected, typeof p.found, typeof p.message]).toEqual([
      'string',
      'string',
      'string',
      'string',
    ]);
  }
};

const examples = exampleFiles().map((name) => JSON.parse(exampleText(name)) as unknown);

type Json = unknown;
type Container = Record<string | number, Json>;
const DELETE = '__delete__';

/** A copy of `root` with the value at a random path replaced, retyped or deleted; only the path is copied. */
const mutate = (root: Json, choices: readonly number[], replacement: Json): Json => {
  const [choice, ...rest] = choices;
  if (choice === undefined || typeof root !== 'object' || root === null) return replacement;
  const copy: Container = Array.isArray(root) ? ([...root] as unknown as Container) : { ...(root as Container) };
  const keys = Object.keys(copy);
  if (keys.length === 0) return replacement;
  const key = keys[choice % keys.length]!;
  const child = rest.length === 0 ? replacement : mutate(copy[key], rest, replacement);
  if (child === DELETE && !Array.isArray(copy)) delete copy[key];
  else copy[key] = child;
  return copy;
};

const absurd = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -1, 0, 1e40, -1e40, 1.5, '', '7e9', null, [], {}, DELETE),
  fc.double(),
  fc.integer(),
  fc.string(),
);

describe('loader fuzzing', () => {
  it('arbitrary JSON text and values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expectTyped(loadDocument(JSON.stringify(value) ?? ''));
        expectTyped(validateDocument(value));
      }),
      { numRuns: 4000, seed: 20250102 },
    );
  });

  it('arbitrary strings, including control characters and lone surrogates', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expectTyped(loadDocument(text));
      }),
      { numRuns: 2000, seed: 7 },
    );
  });

  it('mutations of valid documents: wrong types, absurd numbers, deleted fields', () => {
    const mutation = fc.tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), absurd);
    const outcomes = new Map<string, number>();
    fc.assert(
      fc.property(
        fc.nat({ max: examples.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        (which, mutations) => {
          const mutated = mutations.reduce((doc, [path, value]) => mutate(doc, path, value), examples[which]);
          const result = validateDocument(mutated);
          expectTyped(result);
          const outcome = result.ok ? 'ok' : result.error.code;
          outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
        },
      ),
      { numRuns: 4000, seed: 42 },
    );
    // The mutations must reach deep fields, not only break the header.
    expect(outcomes.get('invalid-document')).toBeGreaterThan(1000);
    expect(outcomes.get('ok')).toBeGreaterThan(100);
  });

  it('truncated and spliced file text', () => {
    const texts = exampleFiles().map(exampleText);
    fc.assert(
      fc.property(fc.nat({ max: texts.length - 1 }), fc.nat(), fc.string({ maxLength: 5 }), (which, cut, insert) => {
        const text = texts[which]!;
        const at = cut % (text.length + 1);
        expectTyped(loadDocument(text.slice(0, at)));
        expectTyped(loadDocument(text.slice(0, at) + insert + text.slice(at)));
      }),
      { numRuns: 1000, seed: 3 },
    );
  });

  it('deeply nested JSON does not overflow the stack', () => {
    const depth = 100_000;
    expectTyped(loadDocument(`${'['.repeat(depth)}${']'.repeat(depth)}`));
    expectTyped(
      loadDocument(
        `{"format":"aiplan","version":1,"scenarios":[{"id":"a","name":"a","model":${'['.repeat(depth)}${']'.repeat(depth)}}]}`,
      ),
    );
  });
});

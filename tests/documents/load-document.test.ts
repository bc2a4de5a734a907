import { describe, expect, it } from 'vitest';
import { MAX_DOCUMENT_BYTES } from '../../shared/schema/document';
import { loadDocument, validateDocument, type LoadResult } from '../../shared/schema/load-document';
import { exampleText } from './helpers';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests reach into arbitrary JSON to break it
const valid = () => JSON.parse(exampleText('llama-2-as-trained.aiplan')) as Record<string, any>;

const failure = (result: LoadResult) => {
  if (result.ok) throw new Error('expected the loader to refuse the input');
  return result.error;
};

describe('loadDocument: file-level problems get distinct plain-language messages', () => {
  it.each([
    ['empty', '', /empty/],
    ['empty', '  \n\t ', /empty/],
    ['binary', 'PK\u0003\u0004\u0000\u0000binary', /binary data/],
    ['binary', '{"format": "aiplan\uFFFD"}', /binary data/],
    ['not-json', '{"format": "aiplan",\n "version": 1,,}', /not valid JSON.*line 2, column 15/],
    ['not-json', '{"scenarios": [{"model": {"parameters": NaN}}]}', /holds NaN, which JSON cannot store/],
    ['not-json', '{"a": 1', /not valid JSON/],
    ['not-a-document', '[1, 2, 3]', /not a project.*a list of 3 items/],
    ['not-a-document', '42', /not a project/],
    ['wrong-format', '{"version": 1, "scenarios": []}', /has no "format" field/],
    ['wrong-format', '{"format": "excel", "version": 1}', /"format" text "excel"/],
  ])('%s: %j', (code, text, message) => {
    const error = failure(loadDocument(text));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(error.problems.length).toBeGreaterThan(0);
  });

  it('refuses text over the size limit without parsing it', () => {
    const error = failure(loadDocument(' '.repeat(MAX_DOCUMENT_BYTES + 1)));
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/at most 50\.0 MB/);
  });

  it('names the newer version and the newest this app reads', () => {
    const doc = { ...valid(), version: 4, generator: 'AI Efficiency Planner 3.2.0' };
    const error = failure(loadDocument(JSON.stringify(doc)));
    expect(error.code).toBe('newer-version');
    expect(error.message).toBe(
      'This file was made by a newer version (AI Efficiency Planner 3.2.0, file format 4); this app reads up to file format 1. Update the app to open it; the file was not changed.',
    );
    expect(failure(loadDocument('{"format":"aiplan","version":2}')).message).toMatch(
      /newer version \(file format 2\); this app reads up to file format 1/,
    );
  });

  it('accepts a byte-order mark in front of the JSON', () => {
    expect(loadDocument(`\uFEFF${exampleText('llama-2-as-trained.aiplan')}`).ok).toBe(true);
  });
});

describe('loadDocument: every schema problem at once, with path, expected and found', () => {
  it('lists absurd values with their JSON paths', () => {
    const doc = valid();
    doc.scenarios[0].training.tokens = -5;
    doc.scenarios[0].model.architecture.layers = '32';
    doc.scenarios[1].model = { parameters: 1e40 };
    doc.scenarios[1].hardware.gpuCount = 2.5;
    doc.currency = 'euro';
    const error = failure(loadDocument(JSON.stringify(doc)));
    expect(error.code).toBe('invalid-document');
    expect(error.message).toBe('The project has 5 problems.');
    const byPath = Object.fromEntries(error.problems.map((p) => [p.path, p]));
    expect(Object.keys(byPath).sort()).toEqual([
      'currency',
      'scenarios[0].model.architecture.layers',
      'scenarios[0].training.tokens',
      'scenarios[1].hardware.gpuCount',
      'scenarios[1].model.parameters',
    ]);
    expect(byPath['scenarios[0].training.tokens']).toMatchObject({ expected: 'a number > 0', found: '-5' });
    expect(byPath['scenarios[0].training.tokens']!.message).toBe(
      'scenarios[0].training.tokens: training tokens must be greater than 0; found -5',
    );
    expect(byPath['scenarios[0].model.architecture.layers']).toMatchObject({
      expected: 'a number',
      found: 'text "32"',
    });
    expect(byPath['scenarios[0].model.architecture.layers']!.message).toMatch(/without quotes/);
    expect(byPath['scenarios[1].model.parameters']).toMatchObject({ expected: 'a number ≤ 1e+14', found: '1e+40' });
    expect(byPath['scenarios[1].model.parameters']!.message).toMatch(/not plausible/);
    expect(byPath['scenarios[1].hardware.gpuCount']).toMatchObject({ expected: 'a whole number', found: '2.5' });
    expect(byPath.currency).toMatchObject({ found: 'text "euro"' });
  });

  it('reports a number too large for JSON (1e400 reads as Infinity)', () => {
    const text = exampleText('llama-2-as-trained.aiplan').replace('"tokens": 2000000000000', '"tokens": 1e400');
    const problem = failure(loadDocument(text)).problems[0]!;
    expect(problem.path).toBe('scenarios[0].training.tokens');
    expect(problem.found).toBe('Infinity (a number too large to store)');
  });

  it('reports NaN and missing fields in values handed over directly (IPC payloads)', () => {
    const doc = valid();
    doc.scenarios[0].energy.pue = Number.NaN;
    delete doc.scenarios[1].name;
    const problems = failure(validateDocument(doc)).problems;
    expect(problems.map((p) => [p.path, p.found])).toEqual([
      ['scenarios[0].energy.pue', 'NaN (not a number)'],
      ['scenarios[1].name', 'nothing (the field is missing)'],
    ]);
  });

  it('checks cross-references: duplicate ids, baseline and comparisons', () => {
    const doc = valid();
    doc.scenarios[1].id = doc.scenarios[0].id;
    doc.baselineId = 'nope';
    doc.comparisons = [{ id: 'c', name: 'C', scenarioIds: ['ghost'] }];
    const messages = failure(loadDocument(JSON.stringify(doc))).problems.map((p) => p.message);
    expect(messages).toEqual([
      expect.stringMatching(/^scenarios\[1\]\.id: scenario id "llama-2-7b" is used twice/),
      expect.stringMatching(/^baselineId: baseline "nope" is not one of the scenarios/),
      expect.stringMatching(/^comparisons\[0\]\.scenarioIds\[0\]: scenario "ghost" does not exist/),
    ]);
  });

  it('reports a wrong version value at its path', () => {
    const problems = failure(loadDocument(JSON.stringify({ ...valid(), version: '1' }))).problems;
    expect(problems).toEqual([expect.objectContaining({ path: 'version', expected: '1', found: 'text "1"' })]);
  });

  it('returns the document with defaults filled in and no notices for a current file', () => {
    const doc = valid();
    delete doc.scenarios[0].pricing;
    const result = loadDocument(JSON.stringify(doc));
    expect(result.ok && result.notices).toEqual([]);
    expect(result.ok && result.document.scenarios[0]!.pricing.mode).toBe('cloud');
  });

  it('names fields it does not know (a typo is not silently ignored)', () => {
    const doc = valid();
    doc.scenarios[1].training.tokns = 1e12;
    doc.colour = 'blue';
    const result = loadDocument(JSON.stringify(doc));
    expect(result.ok && result.notices).toEqual([
      'These fields are not part of the format and were ignored (misspelt?): colour, scenarios[1].training.tokns.',
    ]);
  });
});

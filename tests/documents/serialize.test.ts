import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../shared/schema/load-document';
import { canonicalize, serializeDocument } from '../../shared/schema/serialize';
import { exampleText } from './helpers';

const shuffleKeys = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(shuffleKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, shuffleKeys(v)]),
  );
};

const load = (text: string) => {
  const result = loadDocument(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.document;
};

describe('serializeDocument', () => {
  const document = load(exampleText('chinchilla-compute-optimal.aiplan'));

  it('round-trips: loading the saved text gives the same document', () => {
    expect(load(serializeDocument(document))).toEqual(document);
  });

  it('gives the same bytes whatever order the keys arrive in', () => {
    const shuffled = load(JSON.stringify(shuffleKeys(JSON.parse(serializeDocument(document)))));
    expect(serializeDocument(shuffled)).toBe(serializeDocument(document));
  });

  it('puts format and version first, follows the schema order and ends with a newline', () => {
    const text = serializeDocument(document);
    expect(text.startsWith('{\n  "format": "aiplan",\n  "version": 1,\n  "title": ')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(Object.keys(JSON.parse(text).scenarios[0]).slice(0, 6)).toEqual([
      'id',
      'name',
      'description',
      'workload',
      'method',
      'model',
    ]);
  });

  it('sorts keys of free-form records (uncertainty ranges, search specs)', () => {
    const withRecords = { ...document, searches: [{ id: 's', name: 'S', spec: { zeta: 1, alpha: { b: 2, a: 1 } } }] };
    withRecords.scenarios[0]!.uncertainty.ranges = {
      pue: { low: 1, likely: 1, high: 1.2, distribution: 'triangular' },
      mfu: { low: 0.8, likely: 1, high: 1.1, distribution: 'triangular' },
    };
    const saved = JSON.parse(serializeDocument(withRecords));
    expect(Object.keys(saved.searches[0].spec)).toEqual(['alpha', 'zeta']);
    expect(Object.keys(saved.searches[0].spec.alpha)).toEqual(['a', 'b']);
    expect(Object.keys(saved.scenarios[0].uncertainty.ranges)).toEqual(['mfu', 'pue']);
    expect(Object.keys(saved.scenarios[0].uncertainty.ranges.mfu)).toEqual(['low', 'likely', 'high', 'distribution']);
  });

  it('canonicalize without a schema sorts every object', () => {
    expect(JSON.stringify(canonicalize({ b: [{ d: 1, c: 2 }], a: null }))).toBe('{"a":null,"b":[{"c":2,"d":1}]}');
  });
});

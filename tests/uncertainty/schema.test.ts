import { describe, expect, it } from 'vitest';
import { uncertaintySchema } from '../../shared/schema/uncertainty';
import { resolveRanges } from '../../shared/uncertainty/resolve-ranges';
import { uncertainInputIds } from '../../shared/schema/uncertainty';

const messages = (input: unknown) => {
  const parsed = uncertaintySchema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('uncertainty settings', () => {
  it('default to 10,000 samples, seed 1 and no own ranges', () => {
    expect(uncertaintySchema.parse({})).toEqual({ ranges: {}, samples: 10_000, seed: 1 });
  });

  it('explain an unordered range with its path', () => {
    expect(messages({ ranges: { mfu: { low: 1.2, likely: 1, high: 1.3 } } })).toContain(
      'ranges.mfu.likely: a range needs low ≤ likely ≤ high; found 1.2 / 1 / 1.3',
    );
  });

  it('refuse a multiplier range that reaches 0 and a restart share above 0.9', () => {
    expect(messages({ ranges: { pue: { low: 0, likely: 1, high: 1.2 } } })[0]).toMatch(
      /^ranges\.pue\.low: pue range is a multiplier .* found low = 0/,
    );
    expect(messages({ ranges: { restartOverhead: { low: 0, likely: 0.5, high: 0.95 } } })[0]).toMatch(
      /^ranges\.restartOverhead: .* within 0–0\.9/,
    );
  });

  it('refuse too few samples', () => {
    expect(messages({ samples: 10 })).toEqual(['samples: samples must be at least 100']);
  });
});

describe('resolved ranges', () => {
  it('use the scenario range where given and the evidenced default elsewhere', () => {
    const resolved = resolveRanges(
      { ranges: { pue: { low: 1, likely: 1, high: 1.5, distribution: 'triangular' } } },
      0.05,
    );
    expect(resolved.map((r) => r.id)).toEqual([...uncertainInputIds]);
    expect(resolved.find((r) => r.id === 'pue')).toMatchObject({ origin: 'scenario', range: { high: 1.5 } });
    const restart = resolved.find((r) => r.id === 'restartOverhead')!;
    expect(restart.origin).toBe('default');
    expect(restart.range.low).toBe(0.05);
    expect(restart.range.high).toBeCloseTo(0.15, 12);
    for (const r of resolved.filter((x) => x.origin === 'default')) expect(r.basis.length).toBeGreaterThan(60);
  });
});

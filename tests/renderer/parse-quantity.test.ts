import { describe, expect, it } from 'vitest';
import { formatQuantity, parseQuantity } from '../../src-renderer/lib/parse-quantity';

const value = (text: string) => {
  const parsed = parseQuantity(text, 'parameters');
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
};

describe('parseQuantity', () => {
  it.each([
    ['7B', 7e9],
    ['1.4T', 1.4e12],
    ['2e12', 2e12],
    ['70 M', 70e6],
    ['16k', 16_000],
    ['1,000,000', 1e6],
    ['175b', 175e9],
    ['0.5', 0.5],
    ['.5k', 500],
    ['3e-4', 3e-4],
    ['2048', 2048],
    ['1 000', 1000],
  ])('reads %s', (text, expected) => {
    expect(value(text)).toBeCloseTo(expected, 6);
  });

  it('names the field and shows the text when it is not a number', () => {
    const parsed = parseQuantity('seven B', 'parameters');
    expect(parsed).toEqual({ ok: false, message: expect.stringContaining('parameters: "seven B" is not a number') });
  });

  it('refuses empty text and unknown suffixes', () => {
    expect(parseQuantity('  ', 'tokens')).toMatchObject({
      ok: false,
      message: expect.stringContaining('tokens is empty'),
    });
    expect(parseQuantity('7X', 'tokens').ok).toBe(false);
    expect(parseQuantity('1e400', 'tokens')).toMatchObject({
      ok: false,
      message: expect.stringContaining('too large'),
    });
  });

  it('round-trips compact text', () => {
    for (const n of [7e9, 1.4e12, 70e6, 16_000, 512, 1.75e11]) expect(value(formatQuantity(n))).toBeCloseTo(n, 3);
    expect(formatQuantity(7e9)).toBe('7B');
    expect(formatQuantity(1.4e12)).toBe('1.4T');
  });
});

import { describe, expect, it } from 'vitest';
import { articlePrecisionTable, numberFormat, trainingPrecisions } from '../../shared/engine/precision';

describe('precision formats', () => {
  it('reproduces the article table: storage and training memory for 1B parameters', () => {
    const table = Object.fromEntries(articlePrecisionTable(1e9).map((r) => [r.id, r]));
    expect(table.fp32).toMatchObject({
      bits: 32,
      exponentBits: 8,
      mantissaBits: 23,
      storageBytes: 4e9,
      trainingBytes: 80e9,
    });
    expect(table.fp16).toMatchObject({
      bits: 16,
      exponentBits: 5,
      mantissaBits: 10,
      storageBytes: 2e9,
      trainingBytes: 40e9,
    });
    expect(table.bf16).toMatchObject({
      bits: 16,
      exponentBits: 8,
      mantissaBits: 7,
      storageBytes: 2e9,
      trainingBytes: 40e9,
    });
    // The article lists 7 exponent bits for INT8; an integer format has none.
    expect(table.int8).toMatchObject({ bits: 8, exponentBits: 0, storageBytes: 1e9, trainingBytes: 20e9 });
  });

  it('knows FP8 variants and 4-bit formats', () => {
    expect(numberFormat('fp8-e4m3')).toMatchObject({ exponentBits: 4, mantissaBits: 3, bytes: 1 });
    expect(numberFormat('fp8-e5m2')).toMatchObject({ exponentBits: 5, mantissaBits: 2, bytes: 1 });
    expect(numberFormat('int4').bytes).toBe(0.5);
    expect(numberFormat('nf4').bytes * 8).toBeCloseTo(4.127, 3);
    expect(() => numberFormat('fp13')).toThrow(/unknown number format fp13/);
  });

  it('every format has sign + exponent + mantissa = bits (floats) or sign + value bits (integers)', () => {
    for (const id of ['fp32', 'fp16', 'bf16', 'fp8-e4m3', 'fp8-e5m2', 'int8', 'int4']) {
      const f = numberFormat(id);
      expect(1 + f.exponentBits + f.mantissaBits, id).toBe(f.bits);
    }
  });

  it('mixed precision keeps an FP32 master and FP32 optimizer states; pure BF16 does not', () => {
    expect(trainingPrecisions['mixed-bf16']).toMatchObject({
      weightBytes: 2,
      gradientBytes: 2,
      fp32Master: true,
      stateBytes: 4,
    });
    expect(trainingPrecisions.bf16).toMatchObject({
      weightBytes: 2,
      gradientBytes: 2,
      fp32Master: false,
      stateBytes: 2,
    });
  });
});

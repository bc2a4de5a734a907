import { describe, expect, it } from 'vitest';
import { tornado } from '../../shared/uncertainty/tornado';
import { baseline, rangesWith } from './fixtures';

const tri = (low: number, likely: number, high: number) => ({ low, likely, high, distribution: 'triangular' as const });

describe('tornado', () => {
  const t = tornado(
    baseline,
    rangesWith({ mfu: tri(0.5, 1, 1.25), pricePerGpuHour: tri(0.8, 1, 1.2), carbonIntensity: tri(0.5, 1, 2) }),
  );

  it('puts the input that moves an output most first', () => {
    expect(t.bars.gpuHours[0]!.input).toBe('mfu');
    expect(t.bars.cost[0]!.input).toBe('mfu');
    expect(t.bars.cost[1]!.input).toBe('pricePerGpuHour');
    expect(t.bars.co2eKg[0]!.input).toBe('carbonIntensity');
    for (const bars of Object.values(t.bars)) {
      for (let i = 1; i < bars.length; i++) expect(bars[i]!.swing).toBeLessThanOrEqual(bars[i - 1]!.swing);
    }
  });

  it('reads each end with the other inputs at likely', () => {
    const mfu = t.bars.gpuHours.find((b) => b.input === 'mfu')!;
    expect(mfu.outputAtLow).toBeCloseTo(20_000, 9);
    expect(mfu.outputAtHigh).toBeCloseTo(8_000, 9);
    expect(mfu.swing).toBeCloseTo(12_000, 9);
    const price = t.bars.cost.find((b) => b.input === 'pricePerGpuHour')!;
    expect([price.outputAtLow, price.outputAtHigh]).toEqual([16_000, 24_000].map((v) => expect.closeTo(v, 6)));
  });

  it('gives no swing to inputs that do not act on an output', () => {
    expect(t.bars.gpuHours.find((b) => b.input === 'pricePerGpuHour')!.swing).toBe(0);
    expect(t.bars.energyKWh.find((b) => b.input === 'carbonIntensity')!.swing).toBe(0);
    expect(t.base.gpuHours).toBe(10_000);
  });
});

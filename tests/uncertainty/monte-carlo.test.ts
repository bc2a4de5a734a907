import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../shared/uncertainty/monte-carlo';
import { outputIds, pointDraw, respond } from '../../shared/uncertainty/response';
import { baseline, rangesWith } from './fixtures';

const tri = (low: number, likely: number, high: number) => ({ low, likely, high, distribution: 'triangular' as const });
const logn = (low: number, likely: number, high: number) => ({ low, likely, high, distribution: 'lognormal' as const });

const allUncertain = rangesWith({
  mfu: logn(0.7, 1, 1.2),
  loadFactor: tri(0.85, 1, 1.1),
  pricePerGpuHour: tri(0.7, 1, 1.3),
  pue: tri(0.92, 1, 1.3),
  carbonIntensity: logn(0.8, 1, 1.25),
  tokens: tri(0.95, 1, 1.15),
  restartOverhead: tri(0, 0.02, 0.1),
  exchangeRate: tri(0.9, 1, 1.1),
});

describe('the fast model', () => {
  it('returns the point estimate bit for bit at the point draw', () => {
    const out = respond(baseline, pointDraw(baseline), {
      gpuHours: 0,
      wallClockHours: 0,
      energyKWh: 0,
      co2eKg: 0,
      cost: 0,
    });
    expect(out).toEqual({
      gpuHours: baseline.gpuHours,
      wallClockHours: baseline.wallClockHours,
      energyKWh: baseline.energyKWh,
      co2eKg: baseline.co2eKg,
      cost: baseline.cost,
    });
  });

  it('scales each output only through the inputs that act on it', () => {
    const out = respond(
      baseline,
      { ...pointDraw(baseline), mfu: 0.5, pricePerGpuHour: 1.5, carbonIntensity: 2 },
      { gpuHours: 0, wallClockHours: 0, energyKWh: 0, co2eKg: 0, cost: 0 },
    );
    expect(out.gpuHours).toBeCloseTo(20_000, 9); // half the MFU, twice the GPU-hours
    expect(out.wallClockHours).toBeCloseTo(200, 9);
    expect(out.energyKWh).toBeCloseTo(19_200, 9);
    expect(out.co2eKg).toBeCloseTo(19_200 * 0.4 * 2 + 1_000, 9); // embodied follows GPU-hours, not the grid
    expect(out.cost).toBeCloseTo(20_000 * 2 * 1.5, 9);
  });

  it('keeps MFU at most 1 and PUE at least 1 whatever the multiplier', () => {
    const out = respond(
      baseline,
      { ...pointDraw(baseline), mfu: 5, pue: 0.5 },
      { gpuHours: 0, wallClockHours: 0, energyKWh: 0, co2eKg: 0, cost: 0 },
    );
    expect(out.gpuHours).toBeCloseTo(4_000, 9); // MFU 0.4 → 1
    expect(out.energyKWh).toBeCloseTo(4_000 * 0.8 * 1, 9); // PUE 1.2 → 1
  });
});

describe('Monte Carlo', () => {
  it('is deterministic for a seed', () => {
    expect(runMonteCarlo(baseline, allUncertain, 10_000, 123)).toEqual(
      runMonteCarlo(baseline, allUncertain, 10_000, 123),
    );
  });

  it('moves a little, not a lot, with another seed', () => {
    const a = runMonteCarlo(baseline, allUncertain, 10_000, 1);
    const b = runMonteCarlo(baseline, allUncertain, 10_000, 2);
    expect(a.cost.p50).not.toBe(b.cost.p50);
    for (const id of outputIds) expect(Math.abs(a[id].p50 / b[id].p50 - 1)).toBeLessThan(0.02);
  });

  it('gives the point value for degenerate ranges', () => {
    const range = runMonteCarlo(baseline, rangesWith({}), 1_000, 5);
    expect(range.gpuHours).toEqual({ p10: 10_000, p50: 10_000, p90: 10_000 });
    expect(range.cost).toEqual({ p10: baseline.cost, p50: baseline.cost, p90: baseline.cost });
    expect(range.co2eKg.p90).toBe(baseline.co2eKg);
  });

  it('puts P50 near the deterministic value for a symmetric range', () => {
    const range = runMonteCarlo(
      baseline,
      rangesWith({ pricePerGpuHour: tri(0.8, 1, 1.2), pue: tri(0.9, 1, 1.1) }),
      10_000,
      9,
    );
    expect(range.cost.p50 / baseline.cost).toBeCloseTo(1, 2);
    expect(range.energyKWh.p50 / baseline.energyKWh).toBeCloseTo(1, 2);
    expect(range.cost.p10).toBeLessThan(baseline.cost);
    expect(range.cost.p90).toBeGreaterThan(baseline.cost);
  });

  it('maps a log-normal MFU range onto GPU-hours through 1/MFU', () => {
    const range = runMonteCarlo(baseline, rangesWith({ mfu: logn(0.7, 1, 1.2) }), 20_000, 3);
    // GPU-hours ∝ 1/MFU: P10 of GPU-hours ↔ P90 of MFU.
    expect(range.gpuHours.p10 / (10_000 / 1.2)).toBeCloseTo(1, 1);
    expect(range.gpuHours.p50 / 10_000).toBeCloseTo(1, 2);
    expect(range.gpuHours.p90 / (10_000 / 0.7)).toBeCloseTo(1, 1);
  });

  it('widens the output range when an input range widens', () => {
    const narrow = runMonteCarlo(baseline, rangesWith({ mfu: tri(0.9, 1, 1.1) }), 10_000, 4).gpuHours;
    const wide = runMonteCarlo(baseline, rangesWith({ mfu: tri(0.6, 1, 1.4) }), 10_000, 4).gpuHours;
    expect(wide.p90 - wide.p10).toBeGreaterThan(2 * (narrow.p90 - narrow.p10));
  });

  it('makes restarts only add time', () => {
    const range = runMonteCarlo(baseline, rangesWith({ restartOverhead: tri(0, 0.02, 0.1) }), 10_000, 6).gpuHours;
    expect(range.p10).toBeGreaterThan(10_000);
    expect(range.p90).toBeLessThan(10_000 / 0.9);
  });

  it('explains a bad sample count', () => {
    expect(() => runMonteCarlo(baseline, allUncertain, 0, 1)).toThrow(
      /uncertainty\.samples must be a whole number ≥ 1; found 0/,
    );
  });
});

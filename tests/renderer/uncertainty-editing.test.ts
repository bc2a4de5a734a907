import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { useDocumentStore } from '../../src-renderer/stores/document';
import { intervalText, outputOfMetric } from '../../src-renderer/uncertainty/intervals';
import { endText, rangeText, shownValue, storedValue } from '../../src-renderer/uncertainty/range-text';
import { metrics } from '../../src-renderer/results/metrics';
import { outputIds } from '../../shared/uncertainty/response';
import type { OutputRanges } from '../../shared/uncertainty/monte-carlo';
import { projectDocument, scenario } from './fake-bridge';

describe('editing ranges through the document store', () => {
  beforeEach(() => setActivePinia(createPinia()));
  const open = () => {
    const doc = useDocumentStore();
    let now = 0;
    doc.useClock(() => (now += 10_000)); // separate edits, no merging
    doc.load({ path: null, document: projectDocument(scenario('a')), notices: [] });
    return doc;
  };

  it('sets a range, undoes it back to the default and redoes it', () => {
    const doc = open();
    expect(
      doc.setField(
        'a',
        'uncertainty.ranges.pricePerGpuHour',
        { low: 0.5, likely: 1, high: 2, distribution: 'lognormal' },
        'Price range',
      ),
    ).toEqual({ ok: true });
    expect(doc.scenario('a')?.uncertainty.ranges.pricePerGpuHour).toEqual({
      low: 0.5,
      likely: 1,
      high: 2,
      distribution: 'lognormal',
    });
    expect(doc.undoLabel).toBe('Change Price range');
    doc.undo();
    expect(doc.scenario('a')?.uncertainty.ranges.pricePerGpuHour).toBeUndefined();
    doc.redo();
    expect(doc.scenario('a')?.uncertainty.ranges.pricePerGpuHour?.high).toBe(2);
    // Back to the default: the key goes away.
    doc.setField('a', 'uncertainty.ranges.pricePerGpuHour', undefined, 'Price range');
    expect('pricePerGpuHour' in (doc.scenario('a')?.uncertainty.ranges ?? {})).toBe(false);
  });

  it('refuses a range out of order, a non-positive multiplier and too few samples, naming the rule', () => {
    const doc = open();
    const before = doc.document;
    expect(
      doc.setField('a', 'uncertainty.ranges.mfu', { low: 1.1, likely: 1, high: 1.2, distribution: 'triangular' }),
    ).toEqual({
      ok: false,
      path: 'uncertainty.ranges.mfu.likely',
      message: 'a range needs low ≤ likely ≤ high; found 1.1 / 1 / 1.2',
    });
    expect(
      doc.setField('a', 'uncertainty.ranges.pue', { low: 0, likely: 1, high: 1.2, distribution: 'triangular' }),
    ).toMatchObject({
      ok: false,
      message: expect.stringContaining('pue range is a multiplier of the scenario value and must stay above 0'),
    });
    expect(doc.setField('a', 'uncertainty.samples', 10)).toMatchObject({
      ok: false,
      message: 'samples must be at least 100',
    });
    expect(doc.document).toBe(before);
    expect(doc.setField('a', 'uncertainty.seed', 7)).toEqual({ ok: true });
  });
});

describe('interval and range text', () => {
  const ranges = Object.fromEntries(
    outputIds.map((id) => [id, { p10: 1.9e6, p50: 2.4e6, p90: 3.1e6 }]),
  ) as OutputRanges;
  const metric = (id: string) => metrics.find((m) => m.id === id)!;

  it("formats P10 – P90 in the figure's own unit; the GPU count has no range", () => {
    expect(intervalText(metric('cost'), ranges, 'en-US', 'EUR')).toBe('€1.9M – €3.1M');
    expect(intervalText(metric('energy'), ranges, 'en-US', 'EUR')).toBe('1.9 – 3.1 GWh');
    const mixed = { ...ranges, energyKWh: { p10: 900, p50: 1000, p90: 1100 } };
    expect(intervalText(metric('energy'), mixed, 'en-US', 'EUR')).toBe('900 kWh – 1.1 MWh');
    const days = { ...ranges, wallClockHours: { p10: 24 * 8.24, p50: 240, p90: 24 * 14.4 } };
    expect(intervalText(metric('wallClock'), days, 'en-US', 'EUR')).toBe('8.24 – 14.4 days');
    expect(intervalText(metric('gpus'), ranges, 'en-US', 'EUR')).toBeNull();
    expect(Object.values(outputOfMetric).sort()).toEqual([...outputIds].sort());
  });

  it('shows multipliers as × and the restart share in %, and reads them back', () => {
    expect(endText('mfu', 0.7)).toBe('0.7×');
    expect(endText('restartOverhead', 0.02)).toBe('2%');
    expect(shownValue('restartOverhead', 0.07)).toBe(7);
    expect(storedValue('restartOverhead', 7)).toBe(0.07);
    expect(storedValue('pue', 1.3)).toBe(1.3);
    expect(rangeText('mfu', { low: 0.7, likely: 1, high: 1.2, distribution: 'lognormal' })).toBe(
      '0.7× / 1× / 1.2×, log-normal',
    );
  });
});

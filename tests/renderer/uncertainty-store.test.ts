import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { effectScope, nextTick } from 'vue';
import { setBridge } from '../../src-renderer/api/bridge';
import { useUncertaintyStore } from '../../src-renderer/stores/uncertainty';
import { useEstimatesStore } from '../../src-renderer/stores/estimates';
import { useDocumentStore } from '../../src-renderer/stores/document';
import { useUncertaintySync, RANGE_DELAY_MS } from '../../src-renderer/uncertainty/use-uncertainty-sync';
import type { Scenario } from '../../shared/schema/scenario';
import type { UncertaintyResult } from '../../shared/uncertainty/estimate-range';
import { outputIds } from '../../shared/uncertainty/response';
import { estimateFor, fakeBridge, projectDocument, scenario } from './fake-bridge';

/** Test data shaped like 'engine:uncertainty': the interval scales with the parameter count so changes show. */
const rangesFor = (s: Scenario): UncertaintyResult => {
  const size = (s.model.parameters ?? 1e9) / 1e9;
  const p = { p10: 0.8 * size, p50: size, p90: 1.3 * size };
  const range = Object.fromEntries(outputIds.map((id) => [id, p])) as UncertaintyResult['range'];
  const base = Object.fromEntries(outputIds.map((id) => [id, size])) as unknown as UncertaintyResult['tornado']['base'];
  const bars = Object.fromEntries(outputIds.map((id) => [id, []])) as unknown as UncertaintyResult['tornado']['bars'];
  return {
    range,
    tornado: { base, bars },
    inputs: [],
    samples: s.uncertainty.samples,
    seed: s.uncertainty.seed,
    assumptions: ['fixed GPU count'],
  };
};

describe('uncertainty store', () => {
  beforeEach(() => setActivePinia(createPinia()));

  const install = () => {
    const fake = fakeBridge({
      'engine:uncertainty': ({ scenario: s }) => {
        if ((s as Scenario).hardware.gpu === 'nope') throw new Error('unknown GPU "nope"');
        return rangesFor(s as Scenario);
      },
      'engine:estimate': ({ scenarios }) => scenarios.map((s) => estimateFor(s as Scenario)),
    });
    setBridge(fake.bridge);
    return fake;
  };
  const rangeCalls = (fake: ReturnType<typeof install>) => fake.calls.filter((c) => c.channel === 'engine:uncertainty');

  it('fetches ranges per scenario and again only for the ones that changed', async () => {
    const fake = install();
    const store = useUncertaintyStore();
    const a = scenario('a'),
      b = scenario('b', 70e9);
    await store.refresh([a, b]);
    expect(store.result('b')?.range.cost).toEqual({ p10: 56, p50: 70, p90: 91 });
    expect(rangeCalls(fake)).toHaveLength(2);
    const a2 = { ...a, model: { parameters: 13e9 } };
    await store.refresh([a2, b]);
    expect(rangeCalls(fake)).toHaveLength(3);
    expect(store.result('a')?.range.cost.p50).toBe(13);
    expect(store.get('a')?.scenario).toBe(a2);
  });

  it('refetches everything when the catalog overrides change, and drops scenarios no longer listed', async () => {
    const fake = install();
    const store = useUncertaintyStore();
    const a = scenario('a'),
      b = scenario('b');
    await store.refresh([a, b]);
    const overrides = { gpus: [], prices: [], regions: [], exchangeRates: [] };
    await store.refresh([a, b], overrides);
    expect(rangeCalls(fake)).toHaveLength(4);
    expect(rangeCalls(fake)[3]?.payload).toMatchObject({ overrides });
    await store.refresh([a], overrides);
    expect(store.get('b')).toBeUndefined();
    await store.refresh([a, b], overrides);
    expect(rangeCalls(fake)).toHaveLength(5); // b is back: fetched again
  });

  it('keeps an error on the scenario that failed, in plain language', async () => {
    install();
    const store = useUncertaintyStore();
    const bad = { ...scenario('bad'), hardware: { ...scenario('bad').hardware, gpu: 'nope' } };
    await store.refresh([scenario('a'), bad]);
    expect(store.get('a')?.status).toBe('ready');
    expect(store.get('bad')).toMatchObject({
      status: 'error',
      message: 'Could not compute the ranges of "Scenario bad": unknown GPU "nope"',
    });
  });

  it('drops a slow answer that a newer edit superseded, and one for a scenario removed meanwhile', async () => {
    const gates: (() => void)[] = [];
    setBridge(
      fakeBridge({
        'engine:uncertainty': async ({ scenario: s }) => {
          if ((s as Scenario).model.parameters === 1e9) await new Promise<void>((resolve) => gates.push(resolve));
          return rangesFor(s as Scenario);
        },
      }).bridge,
    );
    const store = useUncertaintyStore();
    const slow = store.refresh([scenario('a', 1e9)]);
    await store.refresh([scenario('a', 2e9)]);
    gates.shift()!();
    await slow;
    expect(store.result('a')?.range.cost.p50).toBe(2);

    const slowB = store.refresh([scenario('a', 2e9), scenario('b', 1e9)]);
    await store.refresh([scenario('a', 2e9)]);
    gates.shift()!();
    await slowB;
    expect(store.get('b')).toBeUndefined();
  });
});

describe('ranges follow the estimates', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('asks for ranges only after the estimates land and typing pauses, for estimable scenarios only', async () => {
    const fake = fakeBridge({
      'engine:estimate': ({ scenarios }) =>
        scenarios.map((s) => {
          if ((s as Scenario).hardware.gpu === 'nope') throw new Error('unknown GPU "nope"');
          return estimateFor(s as Scenario);
        }),
      'engine:uncertainty': ({ scenario: s }) => rangesFor(s as Scenario),
    });
    setBridge(fake.bridge);
    const scope = effectScope();
    scope.run(() => useUncertaintySync());
    const doc = useDocumentStore();
    const estimates = useEstimatesStore();
    const ranges = useUncertaintyStore();
    const bad = { ...scenario('bad'), hardware: { ...scenario('bad').hardware, gpu: 'nope' } };
    doc.load({ path: null, document: projectDocument(scenario('a'), bad), notices: [] });
    await estimates.refresh(doc.scenarios);
    await nextTick();
    const rangeCalls = () => fake.calls.filter((c) => c.channel === 'engine:uncertainty').length;
    expect(rangeCalls()).toBe(0); // not on the keystroke path
    // A keystroke arrives before the pause ends: the timer restarts.
    doc.setField('a', 'model.parameters', 3e9);
    await estimates.refresh(doc.scenarios);
    await nextTick();
    await vi.advanceTimersByTimeAsync(RANGE_DELAY_MS - 1);
    expect(rangeCalls()).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(rangeCalls()).toBe(1); // a only: "bad" cannot be estimated
    expect(ranges.result('a')?.range.cost.p50).toBe(3);
    expect(ranges.get('bad')).toBeUndefined();
    doc.close();
    estimates.clear();
    await nextTick();
    await vi.advanceTimersByTimeAsync(RANGE_DELAY_MS);
    expect(ranges.get('a')).toBeUndefined();
    scope.stop();
  });
});

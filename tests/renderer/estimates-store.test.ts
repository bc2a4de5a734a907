import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { setBridge } from '../../src-renderer/api/bridge';
import { useEstimatesStore } from '../../src-renderer/stores/estimates';
import type { Scenario } from '../../shared/schema/scenario';
import { estimateFor, fakeBridge, scenario } from './fake-bridge';

describe('estimates store', () => {
  beforeEach(() => setActivePinia(createPinia()));

  const install = () => {
    const fake = fakeBridge({
      'engine:estimate': ({ scenarios }) =>
        scenarios.map((s) => {
          if ((s as Scenario).hardware.gpu === 'nope') throw new Error('unknown GPU "nope"; the catalog has: h100-sxm');
          return estimateFor(s as Scenario);
        }),
    });
    setBridge(fake.bridge);
    return fake;
  };

  it('estimates each scenario and re-estimates only what changed', async () => {
    const fake = install();
    const store = useEstimatesStore();
    const a = scenario('a'),
      b = scenario('b', 70e9);
    await store.refresh([a, b]);
    expect(store.estimate('b')?.gpuCount).toBe(70);
    expect(fake.calls).toHaveLength(2);
    const a2 = { ...a, model: { parameters: 13e9 } };
    await store.refresh([a2, b]);
    expect(fake.calls).toHaveLength(3);
    expect(store.estimate('a')?.gpuCount).toBe(13);
  });

  it('re-estimates everything when the catalog overrides change, and drops removed scenarios', async () => {
    const fake = install();
    const store = useEstimatesStore();
    const a = scenario('a'),
      b = scenario('b');
    await store.refresh([a, b]);
    await store.refresh([a, b], { gpus: [], prices: [], regions: [], exchangeRates: [] });
    expect(fake.calls).toHaveLength(4);
    await store.refresh([a], { gpus: [], prices: [], regions: [], exchangeRates: [] });
    expect(store.get('b')).toBeUndefined();
  });

  it('keeps an error on the one scenario that failed, in plain language', async () => {
    install();
    const store = useEstimatesStore();
    const bad = { ...scenario('bad'), hardware: { ...scenario('bad').hardware, gpu: 'nope' } };
    await store.refresh([scenario('a'), bad]);
    expect(store.get('a')?.status).toBe('ready');
    expect(store.get('bad')).toEqual({
      status: 'error',
      message: 'Could not estimate "Scenario bad": unknown GPU "nope"; the catalog has: h100-sxm',
    });
  });

  it('ignores a slow answer that a newer edit superseded', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    setBridge(
      fakeBridge({
        'engine:estimate': async ({ scenarios }) => {
          const s = scenarios[0] as Scenario;
          if (s.model.parameters === 1e9) await gate;
          return [estimateFor(s)];
        },
      }).bridge,
    );
    const store = useEstimatesStore();
    const slow = store.refresh([scenario('a', 1e9)]);
    await store.refresh([scenario('a', 2e9)]);
    release();
    await slow;
    expect(store.estimate('a')?.gpuCount).toBe(2);
  });
});

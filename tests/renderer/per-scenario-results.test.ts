import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { setBridge } from '../../src-renderer/api/bridge';
import { useEstimatesStore } from '../../src-renderer/stores/estimates';
import type { Scenario } from '../../shared/schema/scenario';
import { estimateFor, fakeBridge, scenario } from './fake-bridge';

describe('per-scenario results (estimates store)', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('drops an answer that arrives after its scenario was removed', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const fake = fakeBridge({
      'engine:estimate': async ({ scenarios }) => {
        if ((scenarios[0] as Scenario).id === 'slow') await gate;
        return scenarios.map((s) => estimateFor(s as Scenario));
      },
    });
    setBridge(fake.bridge);
    const store = useEstimatesStore();
    const slow = scenario('slow'),
      kept = scenario('kept');
    const first = store.refresh([slow, kept]);
    await store.refresh([kept]); // the slow scenario is deleted while its estimate is under way
    release();
    await first;
    expect(store.get('slow')).toBeUndefined();
    expect(store.estimate('kept')?.parameters.total).toBe(7e9);
  });

  it('keeps only the newest answer when a scenario is edited twice quickly', async () => {
    const resolvers: (() => void)[] = [];
    const fake = fakeBridge({
      'engine:estimate': async ({ scenarios }) => {
        await new Promise<void>((resolve) => resolvers.push(resolve));
        return scenarios.map((s) => estimateFor(s as Scenario));
      },
    });
    setBridge(fake.bridge);
    const store = useEstimatesStore();
    const older = store.refresh([scenario('a', 7e9)]);
    const newer = store.refresh([scenario('a', 13e9)]);
    resolvers[1]?.();
    await newer; // the newer answer lands first
    resolvers[0]?.();
    await older;
    expect(store.estimate('a')?.parameters.total).toBe(13e9);
  });
});

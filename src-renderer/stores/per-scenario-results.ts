// One answer per scenario from the main process, refreshed only for scenarios that changed
// (all of them when the catalog overrides change). An answer that a newer edit superseded,
// or that arrives after its scenario was removed, is dropped.
import { shallowRef } from 'vue';
import type { Scenario } from '../../shared/schema/scenario';
import type { CatalogOverrides } from '../../shared/schema/catalog-overrides';

export const perScenarioResults = <State>(
  fetchOne: (scenario: Scenario, overrides: CatalogOverrides | undefined) => Promise<State>,
) => {
  const byId = shallowRef<Record<string, State>>({});
  /** Scenario object last requested per id: unchanged scenarios are not asked again. */
  const lastInput = new Map<string, Scenario>();
  let lastOverrides: CatalogOverrides | undefined;
  const sequence = new Map<string, number>();
  const supersede = (id: string) => sequence.set(id, (sequence.get(id) ?? 0) + 1);

  const requestOne = async (scenario: Scenario, overrides: CatalogOverrides | undefined): Promise<void> => {
    supersede(scenario.id);
    const ticket = sequence.get(scenario.id);
    const state = await fetchOne(scenario, overrides);
    if (sequence.get(scenario.id) !== ticket || !lastInput.has(scenario.id)) return;
    byId.value = { ...byId.value, [scenario.id]: state };
  };

  /** Ask again for what changed since last time; scenarios not listed lose their answer. */
  const refresh = async (scenarios: readonly Scenario[], overrides?: CatalogOverrides): Promise<void> => {
    const catalogChanged = overrides !== lastOverrides;
    lastOverrides = overrides;
    const ids = new Set(scenarios.map((s) => s.id));
    for (const id of [...lastInput.keys()])
      if (!ids.has(id)) {
        lastInput.delete(id);
        supersede(id);
      }
    const dropped = Object.keys(byId.value).filter((id) => !ids.has(id));
    if (dropped.length > 0) {
      const next = { ...byId.value };
      for (const id of dropped) delete next[id];
      byId.value = next;
    }
    const changed = scenarios.filter((s) => catalogChanged || lastInput.get(s.id) !== s);
    for (const s of changed) lastInput.set(s.id, s);
    await Promise.all(changed.map((s) => requestOne(s, overrides)));
  };

  const clear = () => {
    byId.value = {};
    lastInput.clear();
    for (const id of sequence.keys()) supersede(id);
    lastOverrides = undefined;
  };

  return { byId, refresh, clear };
};

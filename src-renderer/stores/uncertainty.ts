// Ranges per scenario (issue 8): P10/P50/P90, tornado and assumptions from 'engine:uncertainty'.
// Fetched after the estimates land (see uncertainty/use-uncertainty-sync.ts), only for scenarios
// that changed; an answer a newer edit superseded is dropped.
import { defineStore } from 'pinia';
import { shallowRef } from 'vue';
import type { Scenario } from '../../shared/schema/scenario';
import type { CatalogOverrides } from '../../shared/schema/catalog-overrides';
import type { UncertaintyResult } from '../../shared/uncertainty/estimate-range';
import { useBridge } from '../api/bridge';
import { plainError } from '../lib/plain-error';

/** `scenario` is the scenario object the answer is for: a newer edit makes it stale until its own answer lands. */
export type UncertaintyState =
  | { status: 'ready'; result: UncertaintyResult; scenario: Scenario }
  | { status: 'error'; message: string; scenario: Scenario };

export const useUncertaintyStore = defineStore('uncertainty', () => {
  const byId = shallowRef<Record<string, UncertaintyState>>({});
  const lastInput = new Map<string, Scenario>();
  let lastOverrides: CatalogOverrides | undefined;
  const sequence = new Map<string, number>();

  const rangesOne = async (scenario: Scenario, overrides: CatalogOverrides | undefined): Promise<void> => {
    const ticket = (sequence.get(scenario.id) ?? 0) + 1;
    sequence.set(scenario.id, ticket);
    let state: UncertaintyState;
    try {
      const result = await useBridge().invoke('engine:uncertainty', { scenario, overrides });
      state = { status: 'ready', result, scenario };
    } catch (error) {
      state = { status: 'error', message: plainError(error, `compute the ranges of "${scenario.name}"`), scenario };
    }
    if (sequence.get(scenario.id) !== ticket || !lastInput.has(scenario.id)) return; // superseded or removed meanwhile
    byId.value = { ...byId.value, [scenario.id]: state };
  };

  /** Ranges for what changed since last time; scenarios not listed (removed, or not estimable) lose theirs. */
  const refresh = async (scenarios: readonly Scenario[], overrides?: CatalogOverrides): Promise<void> => {
    const catalogChanged = overrides !== lastOverrides;
    lastOverrides = overrides;
    const ids = new Set(scenarios.map((s) => s.id));
    for (const id of [...lastInput.keys()]) if (!ids.has(id)) { lastInput.delete(id); sequence.set(id, (sequence.get(id) ?? 0) + 1); }
    const dropped = Object.keys(byId.value).filter((id) => !ids.has(id));
    if (dropped.length > 0) {
      const next = { ...byId.value };
      for (const id of dropped) delete next[id];
      byId.value = next;
    }
    const changed = scenarios.filter((s) => catalogChanged || lastInput.get(s.id) !== s);
    for (const s of changed) lastInput.set(s.id, s);
    await Promise.all(changed.map((s) => rangesOne(s, overrides)));
  };

  const clear = () => {
    byId.value = {};
    lastInput.clear();
    for (const id of sequence.keys()) sequence.set(id, (sequence.get(id) ?? 0) + 1);
    lastOverrides = undefined;
  };

  const get = (id: string): UncertaintyState | undefined => byId.value[id];
  const result = (id: string): UncertaintyResult | undefined => {
    const state = byId.value[id];
    return state?.status === 'ready' ? state.result : undefined;
  };

  return { byId, refresh, clear, get, result };
});

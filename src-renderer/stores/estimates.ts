// Engine results per scenario, refreshed when a scenario or the catalog overrides change.
// Each scenario is estimated on its own so one bad scenario does not hide the others.
import { defineStore } from 'pinia';
import { shallowRef } from 'vue';
import type { Estimate } from '../../shared/engine/types';
import type { Scenario } from '../../shared/schema/scenario';
import type { CatalogOverrides } from '../../shared/schema/catalog-overrides';
import { useBridge } from '../api/bridge';
import { plainError } from '../lib/plain-error';

export type EstimateState =
  | { status: 'ready'; estimate: Estimate }
  | { status: 'error'; message: string };

export const useEstimatesStore = defineStore('estimates', () => {
  const byId = shallowRef<Record<string, EstimateState>>({});
  /** Scenario object last estimated per id: unchanged scenarios are not re-estimated. */
  const lastInput = new Map<string, Scenario>();
  let lastOverrides: CatalogOverrides | undefined;
  const sequence = new Map<string, number>();

  const estimateOne = async (scenario: Scenario, overrides: CatalogOverrides | undefined): Promise<void> => {
    const ticket = (sequence.get(scenario.id) ?? 0) + 1;
    sequence.set(scenario.id, ticket);
    let state: EstimateState;
    try {
      const [estimate] = await useBridge().invoke('engine:estimate', { scenarios: [scenario], overrides });
      state = estimate ? { status: 'ready', estimate } : { status: 'error', message: 'The engine returned no result for this scenario.' };
    } catch (error) {
      state = { status: 'error', message: plainError(error, `estimate "${scenario.name}"`) };
    }
    if (sequence.get(scenario.id) !== ticket) return; // a newer edit already replaced this request
    byId.value = { ...byId.value, [scenario.id]: state };
  };

  /** Estimate what changed since last time (everything when the catalog overrides changed). */
  const refresh = async (scenarios: readonly Scenario[], overrides?: CatalogOverrides): Promise<void> => {
    const catalogChanged = overrides !== lastOverrides;
    lastOverrides = overrides;
    const ids = new Set(scenarios.map((s) => s.id));
    const stale = Object.keys(byId.value).filter((id) => !ids.has(id));
    if (stale.length > 0) {
      const next = { ...byId.value };
      for (const id of stale) { delete next[id]; lastInput.delete(id); }
      byId.value = next;
    }
    const changed = scenarios.filter((s) => catalogChanged || lastInput.get(s.id) !== s);
    for (const s of changed) lastInput.set(s.id, s);
    await Promise.all(changed.map((s) => estimateOne(s, overrides)));
  };

  const clear = () => {
    byId.value = {};
    lastInput.clear();
    lastOverrides = undefined;
  };

  const get = (id: string): EstimateState | undefined => byId.value[id];
  const estimate = (id: string): Estimate | undefined => {
    const state = byId.value[id];
    return state?.status === 'ready' ? state.estimate : undefined;
  };

  return { byId, refresh, clear, get, estimate };
});

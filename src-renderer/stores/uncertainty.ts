// Ranges per scenario (issue 8): P10/P50/P90, tornado and assumptions from 'engine:uncertainty'.
// Fetched after the estimates land (see uncertainty/use-uncertainty-sync.ts), only for scenarios
// that changed; an answer a newer edit superseded is dropped.
import { defineStore } from 'pinia';
import type { Scenario } from '../../shared/schema/scenario';
import type { UncertaintyResult } from '../../shared/uncertainty/estimate-range';
import { useBridge } from '../api/bridge';
import { plainError } from '../lib/plain-error';
import { perScenarioResults } from './per-scenario-results';

/** `scenario` is the scenario object the answer is for: a newer edit makes it stale until its own answer lands. */
export type UncertaintyState =
  | { status: 'ready'; result: UncertaintyResult; scenario: Scenario }
  | { status: 'error'; message: string; scenario: Scenario };

export const useUncertaintyStore = defineStore('uncertainty', () => {
  const { byId, refresh, clear } = perScenarioResults<UncertaintyState>(async (scenario, overrides) => {
    try {
      const result = await useBridge().invoke('engine:uncertainty', { scenario, overrides });
      return { status: 'ready', result, scenario };
    } catch (error) {
      return { status: 'error', message: plainError(error, `compute the ranges of "${scenario.name}"`), scenario };
    }
  });

  const get = (id: string): UncertaintyState | undefined => byId.value[id];
  const result = (id: string): UncertaintyResult | undefined => {
    const state = byId.value[id];
    return state?.status === 'ready' ? state.result : undefined;
  };

  return { byId, refresh, clear, get, result };
});

// Engine results per scenario, refreshed when a scenario or the catalog overrides change.
// Each scenario is estimated on its own so one bad scenario does not hide the others.
import { defineStore } from 'pinia';
import type { Estimate } from '../../shared/engine/types';
import { useBridge } from '../api/bridge';
import { plainError } from '../lib/plain-error';
import { perScenarioResults } from './per-scenario-results';

export type EstimateState = { status: 'ready'; estimate: Estimate } | { status: 'error'; message: string };

export const useEstimatesStore = defineStore('estimates', () => {
  const { byId, refresh, clear } = perScenarioResults<EstimateState>(async (scenario, overrides) => {
    try {
      const [estimate] = await useBridge().invoke('engine:estimate', { scenarios: [scenario], overrides });
      return estimate
        ? { status: 'ready', estimate }
        : { status: 'error', message: 'The engine returned no result for this scenario.' };
    } catch (error) {
      return { status: 'error', message: plainError(error, `estimate "${scenario.name}"`) };
    }
  });

  const get = (id: string): EstimateState | undefined => byId.value[id];
  const estimate = (id: string): Estimate | undefined => {
    const state = byId.value[id];
    return state?.status === 'ready' ? state.estimate : undefined;
  };

  return { byId, refresh, clear, get, estimate };
});

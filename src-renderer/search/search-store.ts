// The search view's state: the form, the run in the main process's worker (progress,
// cancel, stale answers dropped), the result, saved setups and "apply as scenario".
import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { SearchResult } from '../../shared/search/run-search';
import type { CandidateResult } from '../../shared/search/candidate';
import type { SearchSpecInput } from '../../shared/search/spec';
import type { Scenario } from '../../shared/schema/scenario';
import { useBridge } from '../api/bridge';
import { plainError } from '../lib/plain-error';
import { useDocumentStore } from '../stores/document';
import { useUiStore } from '../stores/ui';
import { applyCandidate } from './apply-candidate';
import { formFromScenario, formFromSpec, type ScenarioFigures, type SearchForm } from './search-form';
import { deleteSetup, saveSetup } from './saved-setups';
import { emptyFilter, type CandidateFilter } from './candidate-rows';

export type SearchStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

/** Points in the scatter sample the worker sends back. */
const SCATTER_SIZE = 600;

export const useSearchStore = defineStore('search', () => {
  const form = ref<SearchForm | null>(null);
  /** The scenario the form's defaults came from. */
  const formScenarioId = ref<string | null>(null);
  const status = ref<SearchStatus>('idle');
  const progress = ref({ fraction: 0, label: '' });
  const result = shallowRef<SearchResult | null>(null);
  /** The spec that produced `result` (its base makes applied scenarios). */
  const resultSpec = shallowRef<SearchSpecInput | null>(null);
  const error = ref<string | null>(null);
  const selectedId = ref<number | null>(null);
  /** Which plans the chart and table show (GPU, region, precision). */
  const filter = ref<CandidateFilter>(emptyFilter());
  let taskId: string | null = null;
  let runs = 0;

  const startFrom = (scenario: Scenario, figures: ScenarioFigures = {}) => {
    form.value = formFromScenario(scenario, figures);
    formScenarioId.value = scenario.id;
  };

  const run = async (
    spec: SearchSpecInput,
    overrides = useDocumentStore().document?.catalogOverrides,
  ): Promise<void> => {
    if (taskId) void cancel();
    const bridge = useBridge();
    const mine = `search-${Date.now().toString(36)}-${++runs}`;
    taskId = mine;
    status.value = 'running';
    error.value = null;
    progress.value = { fraction: 0, label: 'Starting the search' };
    const off = bridge.on('progress', (p) => {
      if (p.taskId === mine && taskId === mine) progress.value = { fraction: p.fraction, label: p.label };
    });
    try {
      const answer = await bridge.invoke('search:run', { taskId: mine, spec, overrides, scatterSize: SCATTER_SIZE });
      if (taskId !== mine) return; // a newer run replaced this one
      result.value = answer;
      resultSpec.value = spec;
      selectedId.value = null;
      filter.value = emptyFilter();
      status.value = answer.cancelled ? 'cancelled' : 'done';
    } catch (e) {
      if (taskId !== mine) return;
      error.value = plainError(e, 'run the search');
      status.value = 'error';
    } finally {
      off();
      if (taskId === mine) taskId = null;
    }
  };

  /** Stops the running search; it answers with what it found so far, marked cancelled. */
  const cancel = async (): Promise<void> => {
    if (!taskId) return;
    try {
      await useBridge().invoke('search:cancel', { taskId });
    } catch (e) {
      useUiStore().notify(plainError(e, 'cancel the search'), 'error');
    }
  };

  const select = (id: number | null) => {
    selectedId.value = id;
  };

  /** Adds the candidate as a scenario (undoable) and opens it in the editor. */
  const apply = (candidate: CandidateResult): string | null => {
    const id = applyCandidate(candidate, resultSpec.value?.base ?? form.value?.base ?? {});
    if (id) {
      const ui = useUiStore();
      ui.select(id);
      ui.go('editor');
    }
    return id;
  };

  const save = (name: string, spec: SearchSpecInput) => saveSetup(name, spec);
  const load = (id: string): boolean => {
    const setup = useDocumentStore().document?.searches.find((s) => s.id === id);
    if (!setup || !form.value) return false;
    form.value = formFromSpec(setup.spec as unknown as SearchSpecInput, form.value);
    return true;
  };
  const remove = (id: string) => deleteSetup(id);

  return {
    form,
    formScenarioId,
    status,
    progress,
    result,
    resultSpec,
    error,
    selectedId,
    filter,
    startFrom,
    run,
    cancel,
    select,
    apply,
    save,
    load,
    remove,
  };
});

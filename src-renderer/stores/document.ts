// The open project: its scenarios, file path, dirty state and undo/redo for every edit.
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { OpenedDocument } from '../../shared/ipc/contract';
import type { ProjectDocument } from '../../shared/schema/document';
import type { Scenario } from '../../shared/schema/scenario';
import type { CatalogOverrides } from '../../shared/schema/catalog-overrides';
import { createUndoHistory } from '../lib/undo-history';
import { getPath, setPath } from '../lib/object-path';
import { uniqueId, uniqueName, validateScenario } from '../lib/scenario-validation';

export type EditResult = { ok: true } | { ok: false; path: string; message: string };

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export const useDocumentStore = defineStore('document', () => {
  const document = shallowRef<ProjectDocument | null>(null);
  const path = ref<string | null>(null);
  const dirty = ref(false);
  const notices = ref<string[]>([]);
  /** Bumped on every change so dependents can react cheaply. */
  const revision = ref(0);
  const history = createUndoHistory<ProjectDocument>();
  const historyTick = ref(0);
  let clock: () => number = () => Date.now();

  const scenarios = computed(() => document.value?.scenarios ?? []);
  const baselineId = computed(() => document.value?.baselineId ?? scenarios.value[0]?.id ?? null);
  const title = computed(() => document.value?.title ?? '');
  const canUndo = computed(() => (historyTick.value, history.canUndo()));
  const canRedo = computed(() => (historyTick.value, history.canRedo()));
  const undoLabel = computed(() => (historyTick.value, history.undoLabel()));
  const redoLabel = computed(() => (historyTick.value, history.redoLabel()));

  const replace = (next: ProjectDocument) => {
    document.value = next;
    revision.value += 1;
  };

  /** Every edit goes through here: record the state before, then replace. */
  const commit = (next: ProjectDocument, label: string, key = '') => {
    if (!document.value) return;
    history.record(document.value, label, key, clock());
    historyTick.value += 1;
    dirty.value = true;
    replace(next);
  };

  const load = (opened: OpenedDocument) => {
    history.clear();
    historyTick.value += 1;
    path.value = opened.path;
    notices.value = opened.notices;
    dirty.value = false;
    replace(opened.document);
  };

  const close = () => {
    history.clear();
    historyTick.value += 1;
    document.value = null;
    path.value = null;
    dirty.value = false;
    notices.value = [];
    revision.value += 1;
  };

  const markSaved = (savedPath: string) => {
    path.value = savedPath;
    dirty.value = false;
  };

  const scenario = (id: string) => scenarios.value.find((s) => s.id === id);

  const updateScenario = (id: string, candidate: unknown, label: string, key: string): EditResult => {
    const doc = document.value;
    if (!doc) return { ok: false, path: '', message: 'no project is open' };
    const index = doc.scenarios.findIndex((s) => s.id === id);
    if (index < 0) return { ok: false, path: '', message: `scenario "${id}" does not exist` };
    const checked = validateScenario(candidate);
    if (!checked.ok) return checked;
    const scenarios = doc.scenarios.slice();
    scenarios[index] = checked.scenario;
    commit({ ...doc, scenarios }, label, key);
    return { ok: true };
  };

  /** Set one field of a scenario; invalid values are refused with the schema's message, the document stays valid. */
  const setField = (id: string, fieldPath: string, value: unknown, label = fieldPath): EditResult => {
    const current = scenario(id);
    if (!current) return { ok: false, path: fieldPath, message: `scenario "${id}" does not exist` };
    if (getPath(current, fieldPath) === value) return { ok: true };
    return updateScenario(id, setPath(current, fieldPath, value), `Change ${label}`, `${id}:${fieldPath}`);
  };

  const replaceScenario = (next: Scenario, label: string): EditResult => updateScenario(next.id, next, label, '');

  /** A field edit that also touched what the field depends on (e.g. seeding an architecture). */
  const replaceScenarioField = (id: string, candidate: Scenario, fieldPath: string, label = fieldPath): EditResult => {
    const current = scenario(id);
    if (
      current &&
      getPath(current, fieldPath) === getPath(candidate, fieldPath) &&
      JSON.stringify(current) === JSON.stringify(candidate)
    )
      return { ok: true };
    return updateScenario(id, candidate, `Change ${label}`, `${id}:${fieldPath}`);
  };

  const addScenario = (template: Scenario, label = 'Add scenario'): string | null => {
    const doc = document.value;
    if (!doc) return null;
    const id = uniqueId(
      template.id,
      doc.scenarios.map((s) => s.id),
    );
    const name = uniqueName(
      template.name,
      doc.scenarios.map((s) => s.name),
    );
    commit({ ...doc, scenarios: [...doc.scenarios, { ...clone(template), id, name }] }, label);
    return id;
  };

  const duplicateScenario = (id: string): string | null => {
    const source = scenario(id);
    return source ? addScenario({ ...source, name: `${source.name} copy` }, `Duplicate ${source.name}`) : null;
  };

  const removeScenario = (id: string): EditResult => {
    const doc = document.value;
    if (!doc) return { ok: false, path: '', message: 'no project is open' };
    if (doc.scenarios.length <= 1)
      return {
        ok: false,
        path: 'scenarios',
        message: 'a project needs at least one scenario; add another before deleting this one',
      };
    const removed = doc.scenarios.find((s) => s.id === id);
    const next: ProjectDocument = {
      ...doc,
      scenarios: doc.scenarios.filter((s) => s.id !== id),
      comparisons: doc.comparisons
        .map((c) => ({ ...c, scenarioIds: c.scenarioIds.filter((s) => s !== id) }))
        .filter((c) => c.scenarioIds.length > 0),
    };
    if (doc.baselineId === id) delete next.baselineId;
    commit(next, `Delete ${removed?.name ?? id}`);
    return { ok: true };
  };

  const setBaseline = (id: string) => {
    if (document.value && scenario(id)) commit({ ...document.value, baselineId: id }, 'Set baseline');
  };

  const setProjectField = (field: 'title' | 'organisation' | 'author' | 'notes', value: string) => {
    if (document.value && document.value[field] !== value)
      commit({ ...document.value, [field]: value }, `Change ${field}`, `project:${field}`);
  };

  /** The project currency, applied to every scenario's pricing (rate omitted = catalog rate). */
  const setCurrency = (currency: string, exchangeRatePerUsd?: number): EditResult => {
    const doc = document.value;
    if (!doc) return { ok: false, path: '', message: 'no project is open' };
    if (!/^[A-Z]{3}$/.test(currency))
      return {
        ok: false,
        path: 'currency',
        message: `currency must be a three-letter ISO code such as EUR or USD; found "${currency}"`,
      };
    const scenarios = doc.scenarios.map((s) => ({ ...s, pricing: { ...s.pricing, currency, exchangeRatePerUsd } }));
    commit(
      {
        ...doc,
        currency,
        scenarios: scenarios.map((s) => validateScenario(s)).map((v, i) => (v.ok ? v.scenario : doc.scenarios[i]!)),
      },
      'Change currency',
    );
    return { ok: true };
  };

  const setCatalogOverrides = (overrides: CatalogOverrides, label: string) => {
    if (document.value) commit({ ...document.value, catalogOverrides: overrides }, label);
  };

  /** Saved search setups (the search view saves and deletes them); undoable like every edit. */
  const setSearches = (searches: ProjectDocument['searches'], label: string) => {
    if (document.value) commit({ ...document.value, searches }, label);
  };

  const undo = () => {
    if (!document.value) return null;
    const step = history.undo(document.value);
    historyTick.value += 1;
    if (!step) return null;
    dirty.value = true;
    replace(step.state);
    return step.label;
  };

  const redo = () => {
    if (!document.value) return null;
    const step = history.redo(document.value);
    historyTick.value += 1;
    if (!step) return null;
    dirty.value = true;
    replace(step.state);
    return step.label;
  };

  /** Tests control time so merging of typing bursts is deterministic. */
  const useClock = (next: () => number) => {
    clock = next;
  };

  return {
    document,
    path,
    dirty,
    notices,
    revision,
    scenarios,
    baselineId,
    title,
    canUndo,
    canRedo,
    undoLabel,
    redoLabel,
    load,
    close,
    markSaved,
    scenario,
    setField,
    replaceScenario,
    replaceScenarioField,
    addScenario,
    duplicateScenario,
    removeScenario,
    setBaseline,
    setProjectField,
    setCurrency,
    setCatalogOverrides,
    setSearches,
    undo,
    redo,
    useClock,
  };
});

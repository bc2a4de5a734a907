// Where the user is: current view, selected scenario, open derivation, messages.
// Kept apart from the document so switching views never loses edits.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { Step } from '../../shared/engine/derivation';

export const viewIds = [
  'start',
  'editor',
  'compare',
  'techniques',
  'search',
  'catalog',
  'accuracy',
  'settings',
] as const;
export type ViewId = (typeof viewIds)[number];

export interface Message {
  id: number;
  kind: 'error' | 'info';
  text: string;
}

export const useUiStore = defineStore('ui', () => {
  const view = ref<ViewId>('start');
  const selectedId = ref<string | null>(null);
  const advanced = ref(false);
  /** The derivation being shown, with the steps it can link to. */
  const derivation = ref<{ step: Step; steps: Step[] } | null>(null);
  const messages = ref<Message[]>([]);
  /** Scenario ids chosen for the report; null = all. */
  const reportIds = ref<string[] | null>(null);
  const compareLogScale = ref(false);
  const busy = ref<string | null>(null);
  let nextMessageId = 1;

  const go = (next: ViewId) => {
    view.value = next;
  };
  const select = (id: string | null) => {
    selectedId.value = id;
  };
  const showDerivation = (step: Step, steps: Step[]) => {
    derivation.value = { step, steps };
  };
  const closeDerivation = () => {
    derivation.value = null;
  };

  const notify = (text: string, kind: Message['kind'] = 'info'): number => {
    const id = nextMessageId++;
    messages.value = [...messages.value.slice(-4), { id, kind, text }];
    return id;
  };
  const dismiss = (id: number) => {
    messages.value = messages.value.filter((m) => m.id !== id);
  };

  const toggleReport = (id: string, allIds: string[]) => {
    const current = reportIds.value ?? allIds;
    const next = current.includes(id) ? current.filter((x) => x !== id) : [...current, id];
    reportIds.value = allIds.every((x) => next.includes(x)) ? null : next;
  };
  const inReport = (id: string) => reportIds.value === null || reportIds.value.includes(id);

  return {
    view,
    selectedId,
    advanced,
    derivation,
    messages,
    reportIds,
    compareLogScale,
    busy,
    go,
    select,
    showDerivation,
    closeDerivation,
    notify,
    dismiss,
    toggleReport,
    inReport,
  };
});

// Ranges follow the estimates: once an estimate lands (and typing pauses), ask for the
// ranges of every estimable scenario; the store skips the unchanged ones. The Monte Carlo
// never runs on the keystroke path, so typing stays as fast as the point estimate.
import { watch } from 'vue';
import { useDocumentStore } from '../stores/document';
import { useEstimatesStore } from '../stores/estimates';
import { useUncertaintyStore } from '../stores/uncertainty';

/** Long enough to let a burst of keystrokes finish, short enough to feel immediate. */
export const RANGE_DELAY_MS = 150;

export const useUncertaintySync = (delayMs = RANGE_DELAY_MS) => {
  const doc = useDocumentStore();
  const estimates = useEstimatesStore();
  const uncertainty = useUncertaintyStore();
  let timer: ReturnType<typeof setTimeout> | null = null;

  const run = () => {
    timer = null;
    const current = doc.document;
    if (!current) {
      uncertainty.clear();
      return;
    }
    const estimable = current.scenarios.filter((s) => estimates.get(s.id)?.status === 'ready');
    void uncertainty.refresh(estimable, current.catalogOverrides);
  };

  watch(
    () => estimates.byId,
    () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(run, delayMs);
    },
  );
};

// "Apply as scenario": the candidate's shape, plan and hardware on the search's base
// scenario fields, validated with the scenario schema and added as an undoable edit.
import { candidateScenario } from '../../shared/search/base-scenario';
import type { CandidateResult } from '../../shared/search/candidate';
import { formatQuantity } from '../lib/parse-quantity';
import { validateScenario } from '../lib/scenario-validation';
import { useDocumentStore } from '../stores/document';
import { useUiStore } from '../stores/ui';
import { useCatalogStore } from '../stores/catalog';

interface Named {
  id: string;
  name: string;
}
/** The catalog's display names ("NVIDIA A100 SXM 40GB", "United States (average)"), the id when unknown. */
export const displayName = (list: readonly Named[] | undefined, id: string): string =>
  list?.find((x) => x.id === id)?.name ?? id;

/** A name that says what the plan is: size, shape, GPUs and region. */
export const candidateName = (
  c: CandidateResult,
  catalog?: { gpus: readonly Named[]; regions: readonly Named[] } | null,
): string =>
  `Search plan ${formatQuantity(Number(c.parameters.toPrecision(3)))} (${c.architecture.layers}×${c.architecture.hidden}) on ${c.gpuCount}× ${displayName(catalog?.gpus, c.gpu)}, ${displayName(catalog?.regions, c.region)}`;

/** Returns the new scenario's id, or null (with a message) when it cannot be added. */
export const applyCandidate = (c: CandidateResult, base: Record<string, unknown>): string | null => {
  const doc = useDocumentStore();
  const ui = useUiStore();
  const checked = validateScenario(
    candidateScenario(base, c, 'search-plan', candidateName(c, useCatalogStore().catalog)),
  );
  if (!checked.ok) {
    ui.notify(
      `Could not add the plan as a scenario: ${checked.path ? `${checked.path}: ` : ''}${checked.message}`,
      'error',
    );
    return null;
  }
  const id = doc.addScenario(checked.scenario, 'Apply search plan');
  if (id) ui.notify(`Added "${doc.scenario(id)?.name}" to the project.`);
  else ui.notify('Open or create a project first.', 'error');
  return id;
};

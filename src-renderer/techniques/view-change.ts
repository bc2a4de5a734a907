// When a technique changes the workload (quantizing a training scenario compares serving it), say so
// where the figures are, and in the name of the kept scenario, so "−99 %" is never read as a training saving.
import type { Scenario } from '../../shared/schema/scenario';

const workloadWords: Record<Scenario['workload'], string> = {
  pretraining: 'pre-training',
  'fine-tuning': 'fine-tuning',
  inference: 'serving',
};

/** A plain note when Before/After are not the scenario as entered, else null. */
export const viewChangeNote = (base: Scenario, after: Scenario): string | null =>
  base.workload === after.workload
    ? null
    : `"${base.name}" is a ${workloadWords[base.workload]} scenario; this technique acts on ${workloadWords[after.workload]}, so Before and After are the trained model ${after.workload === 'inference' ? "served at the scenario's inference settings" : `as ${workloadWords[after.workload]}`}, and the kept scenario is a ${workloadWords[after.workload]} scenario.`;

/** The name of the kept scenario: "<base> + <technique>", with the new workload when it changed. */
export const keptScenarioName = (base: Scenario, after: Scenario, techniqueLabel: string): string =>
  `${base.name} + ${techniqueLabel}${base.workload === after.workload ? '' : ` (${workloadWords[after.workload]})`}`;

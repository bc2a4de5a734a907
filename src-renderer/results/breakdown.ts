// The figures behind the headline, as engine steps: what the cost, energy and emissions are made of.
import type { Step, StepId } from '../../shared/engine/derivation';
import type { Estimate } from '../../shared/engine/types';

export interface BreakdownGroup {
  title: string;
  steps: Step[];
}

const groups: { title: string; ids: StepId[] }[] = [
  {
    title: 'Compute',
    ids: [
      'parameters',
      'tokens',
      'training-flops',
      'peak-flops',
      'mfu',
      'tokens-per-second-demand',
      'weights-read-per-step',
      'time-per-output-token',
      'time-to-first-token',
      'decode-throughput',
      'prefill-throughput',
      'replicas',
    ],
  },
  {
    title: 'Cost',
    ids: ['price-per-gpu-hour', 'cost-compute', 'cost-electricity', 'cost-operations', 'cost-per-million-tokens'],
  },
  {
    title: 'Energy and emissions',
    ids: [
      'gpu-power',
      'facility-power',
      'carbon-intensity',
      'co2e-operational',
      'co2e-embodied',
      'energy-per-million-tokens',
    ],
  },
];

/** Groups of derivation steps present in this estimate (a figure the engine did not compute is left out). */
export const breakdownGroups = (e: Estimate): BreakdownGroup[] => {
  const byId = new Map(e.steps.map((s) => [s.id, s]));
  return groups
    .map((g) => ({
      title: g.title,
      steps: g.ids
        .map((id) => byId.get(id))
        .filter((s): s is Step => s !== undefined && (s.value !== 0 || !s.id.startsWith('cost-'))),
    }))
    .filter((g) => g.steps.length > 0);
};

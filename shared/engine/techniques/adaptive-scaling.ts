// Adaptive model scaling: a router sends the easy share of requests to a small
// model and the rest to the large one. The blended cost is two engine estimates:
// the large model at its remaining traffic (the changed scenario) and the small
// model at its share (a concurrent run).
import { z } from 'zod';
import type { Scenario } from '../../schema/scenario';
import { estimateScenario } from '../estimate';
import { errors } from '../errors';
import { allOf, standardMethodOnly, workloadIn } from './guards';
import { validated, withHistory } from './history';
import { blankAsUnset, positiveOption, shareOption } from './option-schemas';
import type { Technique } from './types';

const options = z.object({
  /** Share of requests the router sends to the small model. */
  smallShare: shareOption('smallShare', 0.01, 0.99).default(0.6),
  /** Small model size as a share of the large one (unless smallParameters is set). */
  smallSizeShare: shareOption('smallSizeShare', 0.001, 0.9).default(0.1),
  smallParameters: blankAsUnset(positiveOption('smallParameters', 1e14)),
});

const fmt = (x: number) => x.toExponential(2);

export const adaptiveScaling: Technique<typeof options> = {
  id: 'adaptive-scaling',
  label: 'Adaptive model scaling',
  description: 'Route the easy share of requests to a small model and keep the large model for the rest.',
  source:
    'Source article, "Adaptive Model Scaling"; routing and cascades: Chen et al. 2023 (FrugalGPT), Ong et al. 2024 (RouteLLM)',
  options,
  fields: () => [
    { id: 'smallShare', label: 'Share of requests to the small model', kind: 'number', default: 0.6 },
    { id: 'smallSizeShare', label: 'Small model size (share of large)', kind: 'number', default: 0.1 },
    { id: 'smallParameters', label: 'Small model parameters', kind: 'number', default: '', optional: true },
  ],
  applicable: (s) =>
    allOf(
      () => workloadIn(s, ['inference'], 'adaptive scaling routes serving traffic; use an inference scenario.'),
      () => standardMethodOnly(s, 'serving traffic'),
    ),
  apply: (s, o, catalog) => {
    const large = estimateScenario(s, catalog).parameters.total;
    const small = o.smallParameters ?? Math.max(1, Math.round(large * o.smallSizeShare));
    if (small >= large)
      throw errors.invalid(
        'options.smallParameters',
        `the small model (${fmt(small)} parameters) must be smaller than the large one (${fmt(large)})`,
      );
    const rps = s.inference.requestsPerSecond;
    const largeShare = 1 - o.smallShare;
    const smallScenario: Scenario = validated({
      ...s,
      id: `${s.id}-small-model`,
      name: `${s.name}: small model`,
      model: { parameters: small },
      inference: { ...s.inference, requestsPerSecond: rps * o.smallShare },
      techniques: [],
    });
    const summary = `${Math.round(o.smallShare * 100)}% of ${rps} requests/s routed to a ${fmt(small)}-parameter model; the ${fmt(large)}-parameter model serves the other ${Math.round(largeShare * 100)}%.`;
    const scenario = withHistory(
      { ...s, inference: { ...s.inference, requestsPerSecond: rps * largeShare } },
      { id: 'adaptive-scaling', label: 'Adaptive model scaling', detail: summary },
    );
    const assumptions = [
      'The routed share is an input: which requests a small model answers well enough depends on the task (FrugalGPT, Chen et al. 2023; RouteLLM, Ong et al. 2024 train routers for this). Quality is not modelled.',
      "Routed requests have the scenario's average prompt and output lengths; the small model uses the same GPU and precisions.",
      "The router's own cost (a small classifier) is not counted; each model keeps at least one replica, so at low traffic routing can cost more.",
      "The small model's architecture is a typical decoder shape for its parameter count (L = h/128).",
    ];
    return {
      scenario,
      summary,
      assumptions,
      extraRuns: [
        {
          label: `Small model (${fmt(small)} parameters) serving ${rps * o.smallShare} requests/s`,
          kind: 'concurrent',
          scenario: smallScenario,
        },
      ],
      details: [],
    };
  },
};

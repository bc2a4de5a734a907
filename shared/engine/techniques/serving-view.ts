// A training or fine-tuning scenario seen as serving the trained model: techniques
// that act on inference (quantization, edge deployment) compare two serving views.
import type { Scenario } from '../../schema/scenario';
import { validated } from './history';

export const servingView = (s: Scenario): Scenario => {
  if (s.workload === 'inference') return s;
  return validated({
    ...s,
    name: `${s.name} (serving)`,
    workload: 'inference',
    // Training parallelism and GPU counts do not carry over: the engine sizes replicas for the traffic.
    training: { ...s.training, tensorParallel: 1, pipelineParallel: 1 },
    hardware: { ...s.hardware, gpuCount: undefined, deadlineHours: undefined },
  });
};

export const SERVING_VIEW_NOTE = (s: Scenario) =>
  s.workload === 'inference'
    ? []
    : [
        `"${s.name}" is a ${s.workload} scenario: compared as serving the trained model at the scenario's inference settings (${s.inference.requestsPerSecond} requests/s, ${s.inference.promptTokens} + ${s.inference.outputTokens} tokens, ${s.inference.hours} h, weights ${s.inference.weightPrecision.toUpperCase()}).`,
      ];

// The one-off pass in which a teacher model produces soft labels (logits) for the
// distillation corpus, expressed as an inference run the engine can estimate:
// each sequence is one prefill request that scores every token in one forward pass.
import type { Catalog } from '../../catalog/types';
import type { Scenario } from '../../schema/scenario';
import { estimateScenario } from '../estimate';
import { validated } from './history';

const labellingRun = (teacher: Scenario, tokens: number, hours: number): Scenario => {
  const seq = teacher.training.seqLength;
  // Requests/s that label `tokens` within `hours`: the engine then sizes replicas for that rate.
  const requestsPerSecond = Math.min(1e9, Math.max(1e-9, tokens / (3600 * hours * (seq + 1))));
  return validated({
    ...teacher,
    id: `${teacher.id}-labelling`,
    name: `${teacher.name}: teacher labelling`,
    workload: 'inference',
    training: { ...teacher.training, tensorParallel: 1, pipelineParallel: 1 },
    hardware: { ...teacher.hardware, gpuCount: undefined, deadlineHours: undefined },
    inference: { ...teacher.inference, promptTokens: seq, outputTokens: 1, requestsPerSecond, hours },
    techniques: [],
  });
};

/**
 * Label `tokens` within at most `maxHours`. Replicas come in whole numbers, so the run is
 * then shortened to the time those replicas actually need: idle replica-hours are not billed.
 */
export const teacherLabelling = (teacher: Scenario, tokens: number, maxHours: number, catalog: Catalog): Scenario => {
  const first = labellingRun(teacher, tokens, maxHours);
  const e = estimateScenario(first, catalog);
  if (!e.inference) return first;
  const i = first.inference;
  const replicaSecondsPerRequest =
    i.promptTokens / e.inference.prefillTokensPerSecondPerReplica +
    i.outputTokens / e.inference.decodeTokensPerSecondPerReplica;
  const requests = tokens / (i.promptTokens + i.outputTokens);
  const busyHours = (requests * replicaSecondsPerRequest) / (e.inference.replicas * 3600);
  return busyHours > 0 && busyHours < maxHours ? labellingRun(teacher, tokens, busyHours) : first;
};

// The scenario fields every candidate shares (`spec.base`), parsed with the
// scenario schema so defaults are the engine's own; and the scenario a candidate
// becomes when the user applies it.
import { scenarioSchema, type Scenario, type ScenarioInput } from '../schema/scenario';
import type { Candidate } from './candidate';

const PLACEHOLDER_MODEL = { parameters: 1e9 };

/** Parses `spec.base`; errors name the path under `base`. */
export const parseBase = (base: Record<string, unknown>): Scenario => {
  const parsed = scenarioSchema.safeParse({
    id: 'search-base',
    name: 'Search base',
    ...base,
    model: PLACEHOLDER_MODEL,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`base.${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
};

const section = (base: Record<string, unknown>, key: string): Record<string, unknown> => {
  const value = base[key];
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
};

/** The scenario input for a candidate: the base with the candidate's shape, plan and hardware. */
export const candidateScenario = (
  base: Record<string, unknown>,
  c: Candidate,
  id: string,
  name: string,
): ScenarioInput =>
  ({
    ...base,
    id,
    name,
    workload: 'pretraining',
    method: 'standard',
    model: { architecture: c.architecture },
    training: {
      ...section(base, 'training'),
      tokens: c.tokens,
      epochs: 1,
      seqLength: c.seqLength,
      microBatch: c.microBatch,
      precision: c.precision,
      optimizer: c.optimizer,
      zeroStage: c.zeroStage,
      recompute: c.recompute,
      tensorParallel: c.tensorParallel,
      pipelineParallel: c.pipelineParallel,
    },
    hardware: { ...section(base, 'hardware'), gpu: c.gpu, gpuCount: c.gpuCount, deadlineHours: undefined },
    energy: { ...section(base, 'energy'), region: c.region, carbonIntensityKgPerKWh: undefined },
  }) as ScenarioInput;

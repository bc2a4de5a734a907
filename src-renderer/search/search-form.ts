// The search form as the user edits it (numbers as text, lists as text or chips),
// its defaults from the current scenario, and the round trip to a search spec.
import { searchSpaceSchema, type ObjectiveId, type SearchGoal, type SearchSpecInput } from '../../shared/search/spec';
import type { Scenario } from '../../shared/schema/scenario';
import { formatQuantity } from '../lib/parse-quantity';
import { formatNumberList } from './axis-list';
import { searchBase } from './search-base';

export type GoalKind = SearchGoal['kind'];

/** Space axes typed as comma-separated numbers. */
export const numberAxes = [
  'layers',
  'hidden',
  'heads',
  'queryHeadsPerKvHead',
  'ffnRatio',
  'vocab',
  'seqLength',
  'tokensPerParameter',
  'microBatch',
  'tensorParallel',
  'pipelineParallel',
  'gpuCount',
] as const;
export type NumberAxis = (typeof numberAxes)[number];
/** Space axes chosen from a fixed set (chips). */
export const choiceAxes = ['precision', 'optimizer', 'recompute', 'zeroStage', 'gpus', 'regions'] as const;
export type ChoiceAxis = (typeof choiceAxes)[number];
export const limitFields = ['maxCost', 'deadlineHours', 'maxGpus', 'maxCo2eKg', 'maxEnergyKWh'] as const;
export type LimitField = (typeof limitFields)[number];

export interface SearchForm {
  goalKind: GoalKind;
  /** The goal's figure as typed: loss, parameters, FLOPs, money, kWh or hours. */
  goalValue: string;
  /** Parameters goal: accepted deviation, as a fraction (0.1 = ±10 %). */
  tolerance: string;
  lossFit: 'hoffmann' | 'besiroglu';
  limits: Record<LimitField, string> & { memoryMustFit: boolean };
  numbers: Record<NumberAxis, string>;
  choices: {
    precision: string[];
    optimizer: string[];
    recompute: string[];
    zeroStage: number[];
    gpus: string[];
    regions: string[];
  };
  frontier: ObjectiveId[];
  /** '' = the engine's default for the goal. */
  rankBy: ObjectiveId | '';
  topK: string;
  maxCandidates: string;
  seed: string;
  /** Scenario fields every candidate shares (PUE, pricing …), taken from the scenario the form started from. */
  base: Record<string, unknown>;
}

const spaceDefaults = searchSpaceSchema.parse({});

/** What the scenario's estimate says about its size and data, when known. */
export interface ScenarioFigures {
  parameters?: number;
  tokens?: number;
}

/**
 * A modest space around the scenario: its GPU, region, precision, sequence length,
 * vocabulary, and its tokens per parameter, so the plans found train like the scenario does.
 */
export const formFromScenario = (scenario: Scenario, figures: ScenarioFigures = {}): SearchForm => {
  const arch = scenario.model.architecture;
  const numbers = Object.fromEntries(numberAxes.map((axis) => [axis, formatNumberList(spaceDefaults[axis])])) as Record<
    NumberAxis,
    string
  >;
  numbers.seqLength = String(scenario.training.seqLength);
  numbers.vocab = String(arch?.vocab ?? spaceDefaults.vocab[0]);
  numbers.gpuCount = '8, 16, 32, 64, 128, 256, 512';
  const n = figures.parameters ?? scenario.model.parameters ?? 7e9;
  const tokens = figures.tokens ?? scenario.training.tokens;
  if (tokens !== undefined && scenario.workload === 'pretraining')
    numbers.tokensPerParameter = String(Number((tokens / n).toPrecision(3)));
  return {
    goalKind: 'parameters',
    goalValue: formatQuantity(Number(n.toPrecision(3))),
    tolerance: '0.1',
    lossFit: 'hoffmann',
    limits: {
      maxCost: '',
      deadlineHours: scenario.hardware.deadlineHours ? String(scenario.hardware.deadlineHours) : '',
      maxGpus: '',
      maxCo2eKg: '',
      maxEnergyKWh: '',
      memoryMustFit: true,
    },
    numbers,
    choices: {
      precision: [scenario.training.precision],
      optimizer: [scenario.training.optimizer],
      recompute: ['none', 'selective', 'full'],
      zeroStage: [1, 3],
      gpus: [scenario.hardware.gpu],
      regions: [scenario.energy.region ?? 'us'],
    },
    frontier: ['loss', 'cost', 'time', 'co2'],
    rankBy: '',
    topK: '20',
    maxCandidates: '2M',
    seed: '1',
    base: searchBase(scenario),
  };
};

/** Compute budgets read best as powers of ten ("1e23"), sizes with a suffix ("7B"). */
const goalText = (value: number): string =>
  value >= 1e16 ? value.toExponential().replace('e+', 'e') : formatQuantity(value);

const goalValueOf = (goal: SearchGoal | Record<string, unknown>): number | undefined => {
  const g = goal as Record<string, unknown>;
  const value = g.loss ?? g.parameters ?? g.flops ?? g.amount ?? g.kWh ?? g.hours;
  return typeof value === 'number' ? value : undefined;
};

const listOf = <T>(value: unknown, fallback: readonly T[]): T[] =>
  Array.isArray(value) && value.length > 0 ? (value as T[]) : [...fallback];

/** The form for a saved spec; axes the spec leaves out take the engine's defaults. */
export const formFromSpec = (input: SearchSpecInput, fallback: SearchForm): SearchForm => {
  const space = (input.space ?? {}) as Record<string, unknown>;
  const limits = (input.limits ?? {}) as Record<string, unknown>;
  const goal = input.goal as Record<string, unknown>;
  const allowed = (axis: 'gpus' | 'regions', key: 'allowedGpus' | 'allowedRegions') => {
    const list = listOf<string>(space[axis], spaceDefaults[axis]);
    const only = limits[key];
    return Array.isArray(only) ? list.filter((x) => only.includes(x)) : list;
  };
  const value = goalValueOf(goal);
  return {
    goalKind: goal.kind as GoalKind,
    goalValue: value === undefined ? '' : goal.kind === 'target-loss' ? String(value) : goalText(value),
    tolerance: typeof goal.tolerance === 'number' ? String(goal.tolerance) : fallback.tolerance,
    lossFit: input.lossFit ?? 'hoffmann',
    limits: {
      ...(Object.fromEntries(
        limitFields.map((f) => [f, typeof limits[f] === 'number' ? String(limits[f]) : '']),
      ) as Record<LimitField, string>),
      memoryMustFit: limits.memoryMustFit !== false,
    },
    numbers: Object.fromEntries(
      numberAxes.map((axis) => [axis, formatNumberList(listOf<number>(space[axis], spaceDefaults[axis]))]),
    ) as Record<NumberAxis, string>,
    choices: {
      precision: listOf(space.precision, spaceDefaults.precision),
      optimizer: listOf(space.optimizer, spaceDefaults.optimizer),
      recompute: listOf(space.recompute, spaceDefaults.recompute),
      zeroStage: listOf(space.zeroStage, spaceDefaults.zeroStage),
      gpus: allowed('gpus', 'allowedGpus'),
      regions: allowed('regions', 'allowedRegions'),
    },
    frontier: listOf(input.frontier, fallback.frontier),
    rankBy: input.rankBy ?? '',
    topK: String(input.topK ?? 20),
    maxCandidates: formatQuantity(input.maxCandidates ?? 5_000_000),
    seed: String(input.seed ?? 1),
    base: (input.base as Record<string, unknown> | undefined) ?? fallback.base,
  };
};

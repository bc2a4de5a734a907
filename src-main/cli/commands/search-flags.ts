// Flags of `aiplan search`: each maps to a field of the search spec.
import { UsageError } from '../types';
import { lossFitIds, objectiveIds, type SearchSpecInput } from '../../../shared/search/spec';

const SUFFIX: Record<string, number> = { K: 1e3, M: 1e6, B: 1e9, G: 1e9, T: 1e12, P: 1e15 };

/** 7e9, 7B, 1.4T, 350M → a number; anything else is a usage error naming the flag. */
export const parseAmount = (flag: string, text: string): number => {
  const m = /^([0-9]*\.?[0-9]+(?:e[+-]?[0-9]+)?)([KMBGTP]?)$/i.exec(text.trim());
  const value = m ? Number(m[1]) * (m[2] ? SUFFIX[m[2].toUpperCase()]! : 1) : Number.NaN;
  if (!Number.isFinite(value) || value <= 0)
    throw new UsageError(`${flag}: expected a positive number such as 7e9, 7B or 1.4T; found "${text}"`);
  return value;
};

const list = (flag: string, text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => parseAmount(flag, s));
const names = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const oneOf = <T extends string>(flag: string, text: string, allowed: readonly T[]): T => {
  if (!(allowed as readonly string[]).includes(text))
    throw new UsageError(`${flag}: expected one of ${allowed.join(', ')}; found "${text}"`);
  return text as T;
};

type Spec = {
  goal?: SearchSpecInput['goal'];
  limits: Record<string, unknown>;
  space: Record<string, unknown>;
  [k: string]: unknown;
};
type Apply = (spec: Spec, value: string, flag: string) => void;

const goal =
  (make: (v: string, f: string) => SearchSpecInput['goal']): Apply =>
  (s, v, f) => {
    s.goal = make(v, f);
  };
const limit =
  (key: string): Apply =>
  (s, v, f) => {
    s.limits[key] = parseAmount(f, v);
  };
const axis =
  (key: string): Apply =>
  (s, v, f) => {
    s.space[key] = list(f, v);
  };
const axisNames =
  (key: string): Apply =>
  (s, v) => {
    s.space[key] = names(v);
  };

export const searchFlags: Record<string, Apply> = {
  '--target-loss': goal((v, f) => ({ kind: 'target-loss', loss: parseAmount(f, v) })),
  '--params': goal((v, f) => ({ kind: 'parameters', parameters: parseAmount(f, v) })),
  '--compute': goal((v, f) => ({ kind: 'compute', flops: parseAmount(f, v) })),
  '--budget': goal((v, f) => ({ kind: 'cost-budget', amount: parseAmount(f, v) })),
  '--energy-budget': goal((v, f) => ({ kind: 'energy-budget', kWh: parseAmount(f, v) })),
  '--time-budget': goal((v, f) => ({ kind: 'time-budget', hours: parseAmount(f, v) })),
  '--fit': (s, v, f) => {
    s.lossFit = oneOf(f, v, lossFitIds);
  },
  '--max-cost': limit('maxCost'),
  '--deadline': limit('deadlineHours'),
  '--max-gpus': limit('maxGpus'),
  '--max-co2': limit('maxCo2eKg'),
  '--max-energy': limit('maxEnergyKWh'),
  '--layers': axis('layers'),
  '--hidden': axis('hidden'),
  '--heads': axis('heads'),
  '--kv-groups': axis('queryHeadsPerKvHead'),
  '--ffn-ratio': axis('ffnRatio'),
  '--vocab': axis('vocab'),
  '--seq': axis('seqLength'),
  '--tokens-per-param': axis('tokensPerParameter'),
  '--precision': axisNames('precision'),
  '--optimizer': axisNames('optimizer'),
  '--zero': (s, v, f) => {
    s.space.zeroStage = names(v).map((x) => Number(oneOf(f, x, ['0', '1', '2', '3'] as const)));
  },
  '--recompute': axisNames('recompute'),
  '--micro-batch': axis('microBatch'),
  '--tp': axis('tensorParallel'),
  '--pp': axis('pipelineParallel'),
  '--gpus': axisNames('gpus'),
  '--gpu-counts': axis('gpuCount'),
  '--regions': axisNames('regions'),
  '--rank-by': (s, v, f) => {
    s.rankBy = oneOf(f, v, objectiveIds);
  },
  '--frontier': (s, v, f) => {
    s.frontier = names(v).map((x) => oneOf(f, x, objectiveIds));
  },
  '--top': (s, v, f) => {
    s.topK = parseAmount(f, v);
  },
  '--max-candidates': (s, v, f) => {
    s.maxCandidates = parseAmount(f, v);
  },
  '--seed': (s, v, f) => {
    s.seed = parseAmount(f, v);
  },
  '--currency': (s, v) => {
    const base = (s.base ?? {}) as Record<string, unknown>;
    s.base = { ...base, pricing: { ...(base.pricing as object | undefined), currency: v } };
  },
};

/** Applies flag/value pairs over a spec read from a file (or an empty one). */
export const applySearchFlags = (spec: Spec, pairs: [string, string][]): Spec => {
  for (const [flag, value] of pairs) {
    const apply = searchFlags[flag];
    if (!apply)
      throw new UsageError(
        `unknown flag ${flag}; accepted: ${Object.keys(searchFlags).join(' ')} --json --search <id>`,
      );
    apply(spec, value, flag);
  }
  return spec;
};

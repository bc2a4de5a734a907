// CLI flags that map one-to-one onto scenario fields; the zod scenario schema
// then validates the result, and its messages are reported under the flag's name.
import type { z } from 'zod';
import {
  methodIds,
  optimizerIds,
  precisionIds,
  recomputeIds,
  scenarioSchema,
  workloadIds,
  type Scenario,
  type ScenarioInput,
} from '../../shared/schema/scenario';
import { parseQuantity } from '../../shared/units/parse-quantity';
import type { FlagSpec, ParsedArgs } from './flags';
import { UsageError } from './types';

type Kind = 'quantity' | 'integer' | 'number' | 'share' | 'text' | 'boolean' | readonly string[];

interface ScenarioFlag {
  path: string[];
  kind: Kind;
  help: string;
}

export const scenarioFlags: Record<string, ScenarioFlag> = {
  name: { path: ['name'], kind: 'text', help: 'scenario name' },
  workload: { path: ['workload'], kind: workloadIds, help: 'pretraining | fine-tuning | inference' },
  method: { path: ['method'], kind: methodIds, help: 'standard | article' },
  params: { path: ['model', 'parameters'], kind: 'quantity', help: 'total parameters: 7e9, 7B, 1.4T' },
  layers: { path: ['model', 'architecture', 'layers'], kind: 'integer', help: 'transformer layers' },
  hidden: { path: ['model', 'architecture', 'hidden'], kind: 'integer', help: 'hidden size' },
  heads: { path: ['model', 'architecture', 'heads'], kind: 'integer', help: 'attention heads' },
  'kv-heads': { path: ['model', 'architecture', 'kvHeads'], kind: 'integer', help: 'key/value heads (GQA/MQA)' },
  ffn: { path: ['model', 'architecture', 'ffn'], kind: 'integer', help: 'FFN inner size' },
  vocab: { path: ['model', 'architecture', 'vocab'], kind: 'integer', help: 'vocabulary size' },
  seq: { path: ['training', 'seqLength'], kind: 'integer', help: 'sequence length' },
  tokens: { path: ['training', 'tokens'], kind: 'quantity', help: 'training tokens (default: 20 per parameter)' },
  epochs: { path: ['training', 'epochs'], kind: 'number', help: 'passes over the tokens' },
  'micro-batch': { path: ['training', 'microBatch'], kind: 'integer', help: 'sequences per GPU per step' },
  precision: { path: ['training', 'precision'], kind: precisionIds, help: precisionIds.join(' | ') },
  optimizer: { path: ['training', 'optimizer'], kind: optimizerIds, help: optimizerIds.join(' | ') },
  zero: { path: ['training', 'zeroStage'], kind: ['0', '1', '2', '3'], help: 'ZeRO stage 0..3' },
  tp: { path: ['training', 'tensorParallel'], kind: 'integer', help: 'tensor-parallel size' },
  pp: { path: ['training', 'pipelineParallel'], kind: 'integer', help: 'pipeline-parallel size' },
  recompute: { path: ['training', 'recompute'], kind: recomputeIds, help: recomputeIds.join(' | ') },
  'flash-attention': {
    path: ['training', 'flashAttention'],
    kind: 'boolean',
    help: 'fused attention (default on; --no-flash-attention)',
  },
  gpu: { path: ['hardware', 'gpu'], kind: 'text', help: 'catalog GPU id, e.g. v100-32gb a100-80gb h100-sxm h200' },
  gpus: { path: ['hardware', 'gpuCount'], kind: 'integer', help: 'GPU count (default: fewest that fit)' },
  'deadline-hours': { path: ['hardware', 'deadlineHours'], kind: 'number', help: 'finish within this many hours' },
  mfu: { path: ['hardware', 'mfu'], kind: 'share', help: 'model FLOPs utilization: 0.4 or 40%' },
  'gpu-power-w': { path: ['energy', 'gpuPowerW'], kind: 'number', help: 'average GPU draw, W' },
  'server-overhead-w': {
    path: ['energy', 'serverOverheadWPerGpu'],
    kind: 'number',
    help: 'non-GPU server power per GPU, W',
  },
  pue: { path: ['energy', 'pue'], kind: 'number', help: 'power usage effectiveness (≥ 1)' },
  region: { path: ['energy', 'region'], kind: 'text', help: 'catalog region id for grid carbon intensity' },
  'carbon-intensity': { path: ['energy', 'carbonIntensityKgPerKWh'], kind: 'number', help: 'kg CO2e per kWh' },
  'price-per-gpu-hour': {
    path: ['pricing', 'pricePerGpuHour'],
    kind: 'number',
    help: 'price per GPU-hour in --currency',
  },
  currency: { path: ['pricing', 'currency'], kind: 'text', help: 'ISO code: USD, EUR …' },
};

export const scenarioFlagSpecs: Record<string, FlagSpec> = Object.fromEntries(
  Object.entries(scenarioFlags).map(([name, f]) => [name, { boolean: f.kind === 'boolean' }]),
);

const parseValue = (flag: string, kind: Kind, raw: string): unknown => {
  if (Array.isArray(kind)) {
    if (!kind.includes(raw)) throw new UsageError(`--${flag}: expected one of ${kind.join(' | ')}, got "${raw}"`);
    return flag === 'zero' ? Number(raw) : raw;
  }
  switch (kind) {
    case 'text':
      return raw;
    case 'quantity': {
      const q = parseQuantity(raw);
      if (!q.ok) throw new UsageError(`--${flag}: ${q.message}`);
      return q.value;
    }
    case 'share': {
      const percent = raw.trim().endsWith('%');
      const n = Number(percent ? raw.trim().slice(0, -1) : raw);
      if (raw.trim() === '' || !Number.isFinite(n))
        throw new UsageError(`--${flag}: expected a number such as 0.4 or 40%, got "${raw}"`);
      return percent ? n / 100 : n;
    }
    default: {
      const n = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(n)) throw new UsageError(`--${flag}: expected a number, got "${raw}"`);
      if (kind === 'integer' && !Number.isInteger(n))
        throw new UsageError(`--${flag}: expected a whole number, got "${raw}"`);
      return n;
    }
  }
};

const setPath = (target: Record<string, unknown>, path: string[], value: unknown) => {
  let node = target;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    node = (typeof next === 'object' && next !== null ? next : (node[key] = {})) as Record<string, unknown>;
  }
  node[path[path.length - 1] as string] = value;
};

/** Apply the scenario flags that were given onto a raw scenario (a deep copy). */
export const applyScenarioFlags = (base: ScenarioInput, args: ParsedArgs): ScenarioInput => {
  const raw = structuredClone(base) as unknown as Record<string, unknown>;
  for (const [name, f] of Object.entries(scenarioFlags)) {
    if (f.kind === 'boolean') {
      const b = args.booleans.get(name);
      if (b !== undefined) setPath(raw, f.path, b);
      continue;
    }
    const values = args.flags.get(name);
    if (values?.[0] !== undefined) setPath(raw, f.path, parseValue(name, f.kind, values[0]));
  }
  return raw as unknown as ScenarioInput;
};

const flagForPath = (path: PropertyKey[]): string | undefined => {
  const key = path.map(String).join('.');
  const hit = Object.entries(scenarioFlags).find(([, f]) => f.path.join('.') === key);
  return hit ? `--${hit[0]}` : undefined;
};

/** Validate with the shared schema; problems are reported under the flag (or field) name. */
export const parseScenarioOrThrow = (raw: ScenarioInput): Scenario => {
  const result = scenarioSchema.safeParse(raw);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue: z.core.$ZodIssue) => {
    const where = flagForPath(issue.path) ?? (issue.path.length > 0 ? issue.path.map(String).join('.') : 'scenario');
    const message = issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : issue.message;
    return `${where}: ${message}`;
  });
  throw new UsageError(lines.join('; '));
};

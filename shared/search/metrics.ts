// Slots of the evaluator's output buffer, and why a candidate was rejected.

export const Metric = {
  loss: 0,
  cost: 1,
  hours: 2,
  energyKWh: 3,
  co2eKg: 4,
  parameters: 5,
  tokens: 6,
  flops: 7,
  memoryPerGpuBytes: 8,
  usableBytes: 9,
  gpuHours: 10,
  gpuCount: 11,
} as const;
export const METRIC_COUNT = 12;

/** Metric slot of each search objective. */
export const objectiveSlot = {
  loss: Metric.loss,
  cost: Metric.cost,
  time: Metric.hours,
  energy: Metric.energyKWh,
  co2: Metric.co2eKg,
} as const;

export const Status = {
  ok: 0,
  /** GPU count not divisible by tensor × pipeline, heads not divisible by tensor, or more stages than layers. */
  layout: 1,
  /** The GPU has no throughput for the precision. */
  precision: 2,
  /** The goal cannot be met with this shape (target loss below what the size can reach). */
  unreachable: 3,
  memory: 4,
  maxGpus: 5,
  deadline: 6,
  cost: 7,
  energy: 8,
  co2: 9,
} as const;
export const STATUS_COUNT = 10;

export const statusLabels = [
  'feasible',
  'invalid parallel layout',
  'precision unsupported on GPU',
  'goal unreachable at this size',
  'memory does not fit',
  'more GPUs than allowed',
  'misses the deadline',
  'over the money limit',
  'over the energy limit',
  'over the CO2 limit',
] as const;

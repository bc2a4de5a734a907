// Ranges on uncertain inputs (issue: uncertainty and sensitivity). A missing
// range means the engine's default range for that input.
import { z } from 'zod';

export const rangeDistributionIds = ['triangular', 'lognormal'] as const;

export const rangeSchema = z.object({
  low: z.number().finite(),
  likely: z.number().finite(),
  high: z.number().finite(),
  distribution: z.enum(rangeDistributionIds).default('triangular'),
}).refine((r) => r.low <= r.likely && r.likely <= r.high, { message: 'a range needs low ≤ likely ≤ high', path: ['likely'] });

export const uncertainInputIds = ['mfu', 'loadFactor', 'pricePerGpuHour', 'pue', 'carbonIntensity', 'tokens', 'restartOverhead', 'exchangeRate'] as const;

export const uncertaintySchema = z.object({
  /** Ranges expressed as multipliers of the scenario's value (likely = 1) unless stated otherwise by the input. */
  ranges: z.partialRecord(z.enum(uncertainInputIds), rangeSchema).default({}),
  samples: z.number().int().min(100).max(1_000_000).default(10_000),
  seed: z.number().int().default(1),
});

export type Range = z.output<typeof rangeSchema>;
export type UncertaintySettings = z.output<typeof uncertaintySchema>;
export type UncertainInputId = (typeof uncertainInputIds)[number];

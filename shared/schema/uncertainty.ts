// Ranges on uncertain inputs (issue 8: uncertainty and sensitivity). A missing
// range means the default range for that input (shared/uncertainty/default-ranges.ts).
import { z } from 'zod';

export const rangeDistributionIds = ['triangular', 'lognormal'] as const;

export const rangeSchema = z
  .object({
    low: z.number({ error: 'low must be a number' }).finite('low must be a finite number'),
    likely: z.number({ error: 'likely must be a number' }).finite('likely must be a finite number'),
    high: z.number({ error: 'high must be a number' }).finite('high must be a finite number'),
    /** triangular: low/high are min/max, likely the mode. lognormal: likely is the median, low/high the P10/P90. */
    distribution: z.enum(rangeDistributionIds).default('triangular'),
  })
  .superRefine((r, ctx) => {
    if (!(r.low <= r.likely && r.likely <= r.high)) {
      ctx.addIssue({
        code: 'custom',
        path: ['likely'],
        message: `a range needs low ≤ likely ≤ high; found ${r.low} / ${r.likely} / ${r.high}`,
      });
    }
    if (r.distribution === 'lognormal' && !(r.low > 0)) {
      ctx.addIssue({ code: 'custom', path: ['low'], message: `a log-normal range needs low > 0; found ${r.low}` });
    }
  });

export const uncertainInputIds = [
  'mfu',
  'loadFactor',
  'pricePerGpuHour',
  'pue',
  'carbonIntensity',
  'tokens',
  'restartOverhead',
  'exchangeRate',
] as const;

/**
 * What a range's numbers mean per input. `multiplier`: a factor on the value the
 * engine used for the scenario (likely = 1 keeps the point estimate), so a range
 * stays meaningful when the GPU, region or price changes. `share`: the value itself
 * (restartOverhead is usually 0 in a plan, which no factor can widen).
 */
export const rangeUnits = {
  mfu: 'multiplier',
  loadFactor: 'multiplier',
  pricePerGpuHour: 'multiplier',
  pue: 'multiplier',
  carbonIntensity: 'multiplier',
  tokens: 'multiplier',
  restartOverhead: 'share',
  exchangeRate: 'multiplier',
} as const satisfies Record<(typeof uncertainInputIds)[number], 'multiplier' | 'share'>;

/** Largest restart/failure share accepted: beyond it a run makes almost no progress. */
export const MAX_RESTART_SHARE = 0.9;

export const uncertaintySchema = z
  .object({
    /** Ranges per input; see `rangeUnits` for what the numbers mean. */
    ranges: z.partialRecord(z.enum(uncertainInputIds), rangeSchema).default({}),
    samples: z
      .number()
      .int('samples must be a whole number')
      .min(100, 'samples must be at least 100')
      .max(1_000_000, 'samples above 1,000,000 are not needed')
      .default(10_000),
    seed: z.number().int('seed must be a whole number').default(1),
  })
  .superRefine((u, ctx) => {
    for (const [id, range] of Object.entries(u.ranges)) {
      if (!range) continue;
      const unit = rangeUnits[id as keyof typeof rangeUnits];
      if (unit === 'multiplier' && !(range.low > 0)) {
        ctx.addIssue({
          code: 'custom',
          path: ['ranges', id, 'low'],
          message: `${id} range is a multiplier of the scenario value and must stay above 0; found low = ${range.low}`,
        });
      }
      if (unit === 'share' && (range.low < 0 || range.high > MAX_RESTART_SHARE)) {
        ctx.addIssue({
          code: 'custom',
          path: ['ranges', id],
          message: `${id} range is a share of GPU time and must lie within 0–${MAX_RESTART_SHARE}; found ${range.low} / ${range.likely} / ${range.high}`,
        });
      }
    }
  });

export type Range = z.output<typeof rangeSchema>;
export type UncertaintySettings = z.output<typeof uncertaintySchema>;
export type UncertainInputId = (typeof uncertainInputIds)[number];

// The user's catalog edits, saved in the document so a file reopened on
// another machine gives the same numbers. Entries replace catalog entries by id, or add new ones.
import { z } from 'zod';

const sourced = {
  source: z.string().min(1, 'say where the figure comes from'),
  date: z.string().min(4, 'give the date of the figure'),
};
const positive = z.number().finite().positive();

export const gpuEntrySchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  vendor: z.enum(['NVIDIA', 'AMD', 'Intel', 'Google', 'Other']),
  generation: z.string(),
  memoryBytes: positive,
  bandwidthBytesPerS: positive,
  peakFlops: z.object({
    fp32: positive,
    tf32: positive.optional(),
    fp16: positive,
    bf16: positive.optional(),
    fp8: positive.optional(),
    int8: positive.optional(),
    int4: positive.optional(),
  }),
  tdpW: positive,
  defaultMfu: z.number().gt(0).max(1),
  mfuBasis: z.string(),
  embodiedKgCo2e: z.number().min(0).optional(),
  embodiedSource: z.string().optional(),
  purchasePriceUsd: z.number().min(0).optional(),
  purchasePriceSource: z.string().optional(),
  edge: z.boolean().optional(),
  ...sourced,
});

export const priceEntrySchema = z.object({
  id: z.string().min(1),
  gpu: z.string().min(1),
  provider: z.string(),
  region: z.string(),
  pricingModel: z.string(),
  pricePerGpuHour: z.number().finite().min(0),
  currency: z.string().regex(/^[A-Z]{3}$/),
  ...sourced,
});

export const regionEntrySchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  carbonIntensityKgPerKWh: z.number().finite().min(0).max(5),
  year: z.number().int(),
  ...sourced,
});

export const exchangeRateEntrySchema = z.object({
  currency: z.string().regex(/^[A-Z]{3}$/),
  perUsd: positive,
  ...sourced,
});

export const catalogOverridesSchema = z.object({
  gpus: z.array(gpuEntrySchema).default([]),
  prices: z.array(priceEntrySchema).default([]),
  regions: z.array(regionEntrySchema).default([]),
  exchangeRates: z.array(exchangeRateEntrySchema).default([]),
});

export type CatalogOverrides = z.output<typeof catalogOverridesSchema>;

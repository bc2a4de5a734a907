// Money: cloud rent per GPU-hour, or on-premises ownership per GPU-hour.
import type { Catalog } from '../catalog/types';

/** Units of `currency` per USD: the scenario's own rate wins, then the catalog's. */
export const ratePerUsd = (catalog: Catalog, currency: string, override?: number): number | undefined =>
  override ?? catalog.exchangeRates.find((r) => r.currency === currency)?.perUsd;

export const convert = (amount: number, fromPerUsd: number, toPerUsd: number): number => (amount / fromPerUsd) * toPerUsd;

/** Purchase price spread over the hours the GPU is busy in its life, plus operations. */
export const onPremPerGpuHour = (purchasePrice: number, lifetimeYears: number, utilization: number, operationsPerGpuHour: number): number =>
  purchasePrice / (lifetimeYears * 8760 * utilization) + operationsPerGpuHour;

export const cloudCost = (gpuHours: number, pricePerGpuHour: number): number => gpuHours * pricePerGpuHour;

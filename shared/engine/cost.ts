// Money: cloud rent per GPU-hour, or on-premises ownership per GPU-hour.
import type { Catalog } from '../catalog/types';

/** Units of `currency` per USD: the scenario's own rate wins, then the catalog's. */
export const ratePerUsd = (catalog: Catalog, currency: string, override?: number): number | undefined =>
  override ?? catalog.exchangeRates.find((r) => r.currency === currency)?.perUsd;

export const convert = (amount: number, fromPerUsd: number, toPerUsd: number): number =>
  (amount / fromPerUsd) * toPerUsd;

/** Purchase price spread over the hours the GPU is busy in its life, plus operations. */
export const onPremPerGpuHour = (
  purchasePrice: number,
  lifetimeYears: number,
  utilization: number,
  operationsPerGpuHour: number,
): number => purchasePrice / (lifetimeYears * 8760 * utilization) + operationsPerGpuHour;

export const cloudCost = (gpuHours: number, pricePerGpuHour: number): number => gpuHours * pricePerGpuHour;

/** Defaults for owned hardware, in USD, converted to the scenario currency when the user gives none. */
export const ON_PREM_DEFAULTS_USD = {
  /** Staff, network, storage and maintenance per busy GPU-hour (assumption). */
  operationsPerGpuHour: 0.3,
  /** Commercial electricity; the US average for commercial customers was about $0.13/kWh in 2024 (EIA), EU higher. */
  electricityPricePerKWh: 0.15,
} as const;

export interface OnPremRates {
  operationsPerGpuHour: number;
  electricityPricePerKWh: number;
}

/** Operations and electricity prices in the scenario currency: as given, else the USD defaults converted. */
export const onPremRates = (given: Partial<OnPremRates>, currencyPerUsd: number): OnPremRates => ({
  operationsPerGpuHour: given.operationsPerGpuHour ?? ON_PREM_DEFAULTS_USD.operationsPerGpuHour * currencyPerUsd,
  electricityPricePerKWh: given.electricityPricePerKWh ?? ON_PREM_DEFAULTS_USD.electricityPricePerKWh * currencyPerUsd,
});

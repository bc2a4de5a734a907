// Which catalog cloud price a run pays, in the scenario currency. One function for
// the engine, the search's hardware table and the uncertainty baseline, so none drifts.
import type { Catalog, Price } from '../catalog/types';
import { convert, ratePerUsd } from './cost';
import { findPrice } from '../catalog';

export interface CloudPriceChoice {
  price: Price;
  perGpuHour: number;
  /** Whether the entry was in another currency (then the exchange rate acts on it). */
  converted: boolean;
  /** Set when `priceId` named an entry for another GPU, which was therefore not used. */
  ignoredPriceId?: Price;
}

/** A catalog amount in `currency`: unchanged when already in it (a scenario's own rate must not re-convert it), else via USD. */
export const amountIn = (
  catalog: Catalog,
  amount: number,
  fromCurrency: string,
  currency: string,
  toPerUsd: number,
): number | undefined => {
  if (fromCurrency === currency) return amount;
  const fromPerUsd = ratePerUsd(catalog, fromCurrency);
  return fromPerUsd === undefined ? undefined : convert(amount, fromPerUsd, toPerUsd);
};

/** The named entry when it is for this GPU, else the cheapest entry for the GPU; undefined when none can be converted. */
export const chooseCloudPrice = (
  catalog: Catalog,
  gpuId: string,
  priceId: string | undefined,
  currency: string,
  toPerUsd: number,
): CloudPriceChoice | undefined => {
  const named = priceId === undefined ? undefined : findPrice(catalog, priceId);
  const useNamed = named !== undefined && named.gpu === gpuId;
  let best: CloudPriceChoice | undefined;
  for (const p of useNamed ? [named] : catalog.prices.filter((x) => x.gpu === gpuId)) {
    const perGpuHour = amountIn(catalog, p.pricePerGpuHour, p.currency, currency, toPerUsd);
    if (perGpuHour !== undefined && (best === undefined || perGpuHour < best.perGpuHour))
      best = { price: p, perGpuHour, converted: p.currency !== currency };
  }
  if (best && named && !useNamed) best.ignoredPriceId = named;
  return best;
};

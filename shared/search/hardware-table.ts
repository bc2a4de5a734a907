// Per-GPU and per-region constants of a search, resolved once from the catalog
// and the base scenario into flat arrays the evaluator indexes by candidate digit.
import type { Catalog, Gpu } from '../catalog/types';
import { trainingPrecisions } from '../engine/precision';
import { DEFAULT_TRAINING_LOAD_FACTOR, gpuPowerW } from '../engine/energy';
import { convert, onPremPerGpuHour, onPremRates, ratePerUsd } from '../engine/cost';
import { chooseCloudPrice } from '../engine/cloud-price';
import type { PrecisionId, Scenario } from '../schema/scenario';
import { findGpu, findRegion } from '../catalog';

export interface HardwareTable {
  gpuIds: string[];
  memoryBytes: Float64Array;
  /** [gpu × precision] peak FLOP/s; 0 where the GPU has no throughput for the format. */
  peakFlops: Float64Array;
  mfu: Float64Array;
  powerW: Float64Array;
  /** Cloud rent or on-premises ownership per GPU-hour, in the scenario currency. */
  pricePerGpuHour: Float64Array;
  /** Owned hardware pays its electricity on top (0 for cloud: it is in the rent). */
  electricityPricePerKWh: Float64Array;
  embodiedKgPerGpu: Float64Array;
  regionIds: string[];
  carbonIntensity: Float64Array;
  /** Notes about how GPUs were priced or why they were dropped. */
  excluded: string[];
}

interface GpuPrice {
  perGpuHour: number;
  electricityPerKWh: number;
  owned: boolean;
}

/** As account.ts prices a run: cloud price (given, the named entry for this GPU, or the cheapest), else owned hardware (amortised + operations + electricity). */
const gpuPrice = (catalog: Catalog, gpu: Gpu, base: Scenario, currencyPerUsd: number): GpuPrice => {
  const { pricing } = base;
  if (pricing.mode === 'cloud') {
    const cloud =
      pricing.pricePerGpuHour ??
      chooseCloudPrice(catalog, gpu.id, pricing.priceId, pricing.currency, currencyPerUsd)?.perGpuHour;
    if (cloud !== undefined) return { perGpuHour: cloud, electricityPerKWh: 0, owned: false };
  }
  const o = pricing.onPrem;
  const purchase =
    o.purchasePricePerGpu ??
    (gpu.purchasePriceUsd === undefined ? undefined : convert(gpu.purchasePriceUsd, 1, currencyPerUsd));
  if (purchase === undefined)
    throw new Error(
      `base.pricing.onPrem.purchasePricePerGpu: no purchase price for ${gpu.name} in the catalog; enter the purchase price per GPU`,
    );
  const rates = onPremRates(o, currencyPerUsd);
  return {
    perGpuHour: onPremPerGpuHour(purchase, o.lifetimeYears, o.utilization, rates.operationsPerGpuHour),
    electricityPerKWh: rates.electricityPricePerKWh,
    owned: true,
  };
};

export const buildHardwareTable = (
  catalog: Catalog,
  base: Scenario,
  gpuIds: string[],
  regionIds: string[],
  precisions: PrecisionId[],
): HardwareTable => {
  const currencyPerUsd = ratePerUsd(catalog, base.pricing.currency, base.pricing.exchangeRatePerUsd);
  if (currencyPerUsd === undefined)
    throw new Error(
      `base.pricing.currency: no exchange rate for ${base.pricing.currency}; give base.pricing.exchangeRatePerUsd`,
    );
  const excluded: string[] = [];
  const kept: { gpu: Gpu; price: GpuPrice }[] = [];
  for (const id of gpuIds) {
    const gpu = findGpu(catalog, id);
    if (!gpu)
      throw new Error(`space.gpus: unknown GPU "${id}"; the catalog has: ${catalog.gpus.map((g) => g.id).join(', ')}`);
    const price = gpuPrice(catalog, gpu, base, currencyPerUsd);
    if (price.owned && base.pricing.mode === 'cloud')
      excluded.push(
        `${id}: no cloud price in the catalog, costed as owned hardware (as the estimate does); add a price to compare rents`,
      );
    kept.push({ gpu, price });
  }
  const regions = regionIds.map((id) => {
    const r = findRegion(catalog, id);
    if (!r)
      throw new Error(
        `space.regions: unknown region "${id}"; the catalog has: ${catalog.regions.map((x) => x.id).join(', ')}`,
      );
    return r;
  });
  const loadFactor = base.energy.loadFactor ?? DEFAULT_TRAINING_LOAD_FACTOR;
  const peak = new Float64Array(kept.length * precisions.length);
  kept.forEach(({ gpu }, g) =>
    precisions.forEach((p, j) => {
      peak[g * precisions.length + j] = gpu.peakFlops[trainingPrecisions[p].computeFormat] ?? 0;
    }),
  );
  return {
    gpuIds: kept.map((k) => k.gpu.id),
    memoryBytes: Float64Array.from(kept, (k) => k.gpu.memoryBytes),
    peakFlops: peak,
    mfu: Float64Array.from(kept, (k) => base.hardware.mfu ?? k.gpu.defaultMfu),
    powerW: Float64Array.from(kept, (k) => base.energy.gpuPowerW ?? gpuPowerW(k.gpu.tdpW, loadFactor)),
    pricePerGpuHour: Float64Array.from(kept, (k) => k.price.perGpuHour),
    electricityPricePerKWh: Float64Array.from(kept, (k) => k.price.electricityPerKWh),
    embodiedKgPerGpu: Float64Array.from(kept, (k) => (base.energy.includeEmbodied ? (k.gpu.embodiedKgCo2e ?? 0) : 0)),
    regionIds,
    carbonIntensity: Float64Array.from(regions, (r) => r.carbonIntensityKgPerKWh),
    excluded,
  };
};

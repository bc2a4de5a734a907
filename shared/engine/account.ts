// From GPUs and hours to energy, CO2 and money, with derivation steps. Shared by
// every workload and method so the downstream arithmetic exists once.
import type { Catalog, Gpu } from '../catalog/types';
import type { Scenario } from '../schema/scenario';
import type { CostBreakdown, Estimate } from './types';
import { Derivation, input, type StepInput } from './derivation';
import { DEFAULT_TRAINING_LOAD_FACTOR, LOAD_FACTOR_SOURCE, energyKWh, facilityPowerKW, gpuPowerW } from './energy';
import { embodiedCo2eKg, operationalCo2eKg } from './carbon';
import { cloudCost, convert, onPremPerGpuHour, onPremRates, ratePerUsd } from './cost';
import { chooseCloudPrice } from './cloud-price';
import { errors } from './errors';
import { findRegion } from '../catalog';

/** The energy, carbon and cost part of an estimate. */
export type RunAccount = Pick<
  Estimate,
  'facilityPowerKW' | 'energyKWh' | 'co2eKg' | 'embodiedCo2eKg' | 'carbonIntensityKgPerKWh' | 'cost'
>;

const WORLD_REGION = 'world';

const carbonIntensity = (s: Scenario, catalog: Catalog, d: Derivation): number => {
  if (s.energy.carbonIntensityKgPerKWh !== undefined) {
    return d.add({
      id: 'carbon-intensity',
      label: 'Grid carbon intensity (as given)',
      formula: 'given',
      value: s.energy.carbonIntensityKgPerKWh,
      unit: 'kg CO2e/kWh',
      inputs: [],
    });
  }
  const regionId = s.energy.region ?? WORLD_REGION;
  const region = findRegion(catalog, regionId);
  if (!region)
    throw errors.unknownRegion(
      regionId,
      catalog.regions.map((r) => r.id),
    );
  return d.add({
    id: 'carbon-intensity',
    label: `Grid carbon intensity (${region.name}, ${region.year})`,
    formula: 'catalog',
    value: region.carbonIntensityKgPerKWh,
    unit: 'kg CO2e/kWh',
    inputs: [input({ key: 'region', name: 'region', value: region.name, unit: '' })],
    source: `${region.source} (${region.date})`,
  });
};

interface PriceChoice {
  perGpuHour: number;
  source: string;
  formula: string;
  inputs: StepInput[];
}

/** Cloud price in the scenario currency: as given, a named catalog entry for this GPU, or the cheapest for the GPU. */
const cloudPrice = (
  s: Scenario,
  catalog: Catalog,
  gpu: Gpu,
  toPerUsd: number,
  warnings: string[],
): PriceChoice | undefined => {
  if (s.pricing.pricePerGpuHour !== undefined)
    return { perGpuHour: s.pricing.pricePerGpuHour, source: 'as given', formula: 'given', inputs: [] };
  if (s.pricing.priceId !== undefined && !catalog.prices.some((p) => p.id === s.pricing.priceId))
    throw errors.unknownPrice(s.pricing.priceId);
  const choice = chooseCloudPrice(catalog, gpu.id, s.pricing.priceId, s.pricing.currency, toPerUsd);
  if (choice?.ignoredPriceId) {
    warnings.push(
      `Price entry "${choice.ignoredPriceId.id}" (pricing.priceId) is for ${choice.ignoredPriceId.gpu}, not ${gpu.name}: the cheapest catalog price for ${gpu.name} is used instead.`,
    );
  }
  if (!choice) return undefined;
  const best = choice.price;
  const formula = `${best.id === s.pricing.priceId ? 'chosen' : 'cheapest'} catalog price${choice.converted ? `, converted ${best.currency} → ${s.pricing.currency} via USD` : ''}`;
  const inputs = [
    input({ key: 'catalogPrice', name: 'catalog price', value: best.pricePerGpuHour, unit: `${best.currency}/GPU-h` }),
    ...(choice.converted
      ? [
          input({
            key: 'priceCurrencyPerUsd',
            name: `${best.currency} per USD`,
            value: ratePerUsd(catalog, best.currency) ?? Number.NaN,
            unit: '',
          }),
          input({ key: 'scenarioCurrencyPerUsd', name: `${s.pricing.currency} per USD`, value: toPerUsd, unit: '' }),
        ]
      : []),
  ];
  return {
    perGpuHour: choice.perGpuHour,
    formula,
    inputs,
    source: `${best.provider} ${best.region}, ${best.pricingModel}, ${best.pricePerGpuHour.toFixed(4)} ${best.currency}/GPU-h (${best.source}, ${best.date})`,
  };
};

const costOf = (
  s: Scenario,
  catalog: Catalog,
  gpu: Gpu,
  gpuHours: number,
  kWh: number,
  d: Derivation,
  warnings: string[],
): CostBreakdown => {
  const currency = s.pricing.currency;
  const toPerUsd = ratePerUsd(catalog, currency, s.pricing.exchangeRatePerUsd);
  if (toPerUsd === undefined)
    throw errors.invalid(
      'pricing.exchangeRatePerUsd',
      `no exchange rate for ${currency} in the catalog; enter one (units of ${currency} per USD)`,
    );
  const cloud = s.pricing.mode === 'cloud' ? cloudPrice(s, catalog, gpu, toPerUsd, warnings) : undefined;
  if (cloud) {
    const price = d.add({
      id: 'price-per-gpu-hour',
      label: 'Cloud price per GPU-hour',
      formula: cloud.formula,
      value: cloud.perGpuHour,
      unit: `${currency}/GPU-h`,
      inputs: cloud.inputs,
      source: cloud.source,
    });
    const compute = d.add({
      id: 'cost',
      label: 'Cost',
      formula: 'GPU-hours × price per GPU-hour',
      value: cloudCost(gpuHours, price),
      unit: currency,
      inputs: [
        input({ key: 'gpuHours', name: 'GPU-hours', value: gpuHours, unit: 'GPU-h', from: 'gpu-hours' }),
        input({ key: 'price', name: 'price', value: price, unit: `${currency}/GPU-h`, from: 'price-per-gpu-hour' }),
      ],
    });
    return {
      total: compute,
      currency,
      compute,
      electricity: 0,
      operations: 0,
      pricePerGpuHour: price,
      priceSource: cloud.source,
    };
  }
  if (s.pricing.mode === 'cloud')
    warnings.push(
      `No cloud price for ${gpu.name} in the catalog: costed as owned hardware instead. Enter a price per GPU-hour for a cloud quote.`,
    );
  const o = s.pricing.onPrem;
  const catalogPurchase = gpu.purchasePriceUsd === undefined ? undefined : convert(gpu.purchasePriceUsd, 1, toPerUsd);
  const purchase = o.purchasePricePerGpu ?? catalogPurchase;
  if (purchase === undefined)
    throw errors.invalid(
      'pricing.onPrem.purchasePricePerGpu',
      `no purchase price for ${gpu.name} in the catalog; enter the purchase price per GPU`,
    );
  const amortised = onPremPerGpuHour(purchase, o.lifetimeYears, o.utilization, 0);
  d.add({
    id: 'price-per-gpu-hour',
    label: 'Owned GPU cost per busy hour',
    formula: 'purchase ÷ (lifetime years × 8,760 h × utilization)',
    value: amortised,
    unit: `${currency}/GPU-h`,
    inputs: [
      input({ key: 'purchasePrice', name: 'purchase price', value: purchase, unit: currency }),
      input({ key: 'lifetime', name: 'lifetime', value: o.lifetimeYears, unit: 'years' }),
      input({ key: 'utilization', name: 'utilization', value: o.utilization, unit: '' }),
    ],
    source: o.purchasePricePerGpu === undefined ? gpu.purchasePriceSource : undefined,
  });
  const compute = d.add({
    id: 'cost-compute',
    label: 'Hardware (amortised)',
    formula: 'GPU-hours × amortised cost per GPU-hour',
    value: gpuHours * amortised,
    unit: currency,
    inputs: [input({ key: 'gpuHours', name: 'GPU-hours', value: gpuHours, unit: 'GPU-h', from: 'gpu-hours' })],
  });
  const rates = onPremRates(o, toPerUsd);
  const defaulted = (given: number | undefined) => (given === undefined ? 'default US$ rate converted' : undefined);
  const operations = d.add({
    id: 'cost-operations',
    label: 'Operations',
    formula: 'GPU-hours × operations per GPU-hour',
    value: gpuHours * rates.operationsPerGpuHour,
    unit: currency,
    inputs: [
      input({ key: 'gpuHours', name: 'GPU-hours', value: gpuHours, unit: 'GPU-h', from: 'gpu-hours' }),
      input({ key: 'operations', name: 'operations', value: rates.operationsPerGpuHour, unit: `${currency}/GPU-h` }),
    ],
    source: defaulted(o.operationsPerGpuHour),
  });
  const electricity = d.add({
    id: 'cost-electricity',
    label: 'Electricity',
    formula: 'energy × electricity price',
    value: kWh * rates.electricityPricePerKWh,
    unit: currency,
    inputs: [
      input({ key: 'energy', name: 'energy', value: kWh, unit: 'kWh', from: 'energy' }),
      input({ key: 'price', name: 'price', value: rates.electricityPricePerKWh, unit: `${currency}/kWh` }),
    ],
    source: defaulted(o.electricityPricePerKWh),
  });
  const total = d.add({
    id: 'cost',
    label: 'Cost',
    formula: 'hardware + operations + electricity',
    value: compute + operations + electricity,
    unit: currency,
    inputs: [
      input({ key: 'hardware', name: 'hardware', value: compute, unit: currency, from: 'cost-compute' }),
      input({ key: 'operations', name: 'operations', value: operations, unit: currency, from: 'cost-operations' }),
      input({ key: 'electricity', name: 'electricity', value: electricity, unit: currency, from: 'cost-electricity' }),
    ],
  });
  return {
    total,
    currency,
    compute,
    electricity,
    operations,
    pricePerGpuHour: amortised + rates.operationsPerGpuHour,
    priceSource: 'owned hardware (amortised purchase + operations)',
  };
};

export const accountRun = (
  s: Scenario,
  catalog: Catalog,
  gpu: Gpu,
  gpuCount: number,
  wallClockHours: number,
  gpuHours: number,
  d: Derivation,
  warnings: string[],
): RunAccount => {
  const e = s.energy;
  const loadFactor = e.loadFactor ?? DEFAULT_TRAINING_LOAD_FACTOR;
  const gpuW =
    e.gpuPowerW !== undefined
      ? d.add({
          id: 'gpu-power',
          label: 'GPU power (as given)',
          formula: 'given',
          value: e.gpuPowerW,
          unit: 'W',
          inputs: [],
        })
      : d.add({
          id: 'gpu-power',
          label: 'Average GPU power',
          formula: 'TDP × load factor',
          value: gpuPowerW(gpu.tdpW, loadFactor),
          unit: 'W',
          inputs: [
            input({ key: 'tdp', name: 'TDP', value: gpu.tdpW, unit: 'W' }),
            input({ key: 'loadFactor', name: 'load factor', value: loadFactor, unit: '' }),
          ],
          source: e.loadFactor === undefined ? LOAD_FACTOR_SOURCE : undefined,
        });
  const powerKW = d.add({
    id: 'facility-power',
    label: 'Facility power',
    formula: 'GPUs × (GPU power + server overhead per GPU) × PUE',
    value: facilityPowerKW(gpuCount, gpuW, e.serverOverheadWPerGpu, e.pue),
    unit: 'kW',
    inputs: [
      input({ key: 'gpus', name: 'GPUs', value: gpuCount, unit: '', from: 'gpu-count' }),
      input({ key: 'gpuPower', name: 'GPU power', value: gpuW, unit: 'W', from: 'gpu-power' }),
      input({ key: 'serverOverhead', name: 'server overhead', value: e.serverOverheadWPerGpu, unit: 'W/GPU' }),
      input({ key: 'pue', name: 'PUE', value: e.pue, unit: '' }),
    ],
  });
  const kWh = d.add({
    id: 'energy',
    label: 'Energy',
    formula: 'facility power × wall-clock hours',
    value: energyKWh(powerKW, wallClockHours),
    unit: 'kWh',
    inputs: [
      input({ key: 'facilityPower', name: 'facility power', value: powerKW, unit: 'kW', from: 'facility-power' }),
      input({ key: 'wallClock', name: 'wall-clock', value: wallClockHours, unit: 'h', from: 'wall-clock' }),
    ],
  });
  const intensity = carbonIntensity(s, catalog, d);
  const operational = d.add({
    id: 'co2e-operational',
    label: 'Operational emissions',
    formula: 'energy × intensity × (1 − renewable share)',
    value: operationalCo2eKg(kWh, intensity, e.renewableShare),
    unit: 'kg CO2e',
    inputs: [
      input({ key: 'energy', name: 'energy', value: kWh, unit: 'kWh', from: 'energy' }),
      input({ key: 'intensity', name: 'intensity', value: intensity, unit: 'kg CO2e/kWh', from: 'carbon-intensity' }),
      input({ key: 'renewableShare', name: 'renewable share', value: e.renewableShare, unit: '' }),
    ],
  });
  let embodied = 0;
  if (e.includeEmbodied) {
    const perGpu = gpu.embodiedKgCo2e ?? 0;
    if (gpu.embodiedKgCo2e === undefined)
      warnings.push(`No embodied-carbon figure for ${gpu.name} in the catalog: embodied emissions counted as 0.`);
    const o = s.pricing.onPrem;
    embodied = d.add({
      id: 'co2e-embodied',
      label: 'Embodied emissions (amortised)',
      formula: 'GPU-hours × embodied per GPU ÷ (lifetime × 8,760 h × utilization)',
      value: embodiedCo2eKg(gpuHours, perGpu, o.lifetimeYears, o.utilization),
      unit: 'kg CO2e',
      inputs: [
        input({ key: 'gpuHours', name: 'GPU-hours', value: gpuHours, unit: 'GPU-h', from: 'gpu-hours' }),
        input({ key: 'embodiedPerGpu', name: 'embodied per GPU', value: perGpu, unit: 'kg CO2e' }),
        input({ key: 'lifetime', name: 'lifetime', value: o.lifetimeYears, unit: 'years' }),
        input({ key: 'utilization', name: 'utilization', value: o.utilization, unit: '' }),
      ],
      source: gpu.source,
    });
  }
  const co2eKg = d.add({
    id: 'co2e',
    label: 'Emissions',
    formula: 'operational + embodied',
    value: operational + embodied,
    unit: 'kg CO2e',
    inputs: [
      input({ key: 'operational', name: 'operational', value: operational, unit: 'kg CO2e', from: 'co2e-operational' }),
      input({
        key: 'embodied',
        name: 'embodied',
        value: embodied,
        unit: 'kg CO2e',
        from: e.includeEmbodied ? 'co2e-embodied' : undefined,
      }),
    ],
  });
  const cost = costOf(s, catalog, gpu, gpuHours, kWh, d, warnings);
  return {
    facilityPowerKW: powerKW,
    energyKWh: kWh,
    co2eKg,
    embodiedCo2eKg: embodied,
    carbonIntensityKgPerKWh: intensity,
    cost,
  };
};

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
    return d.add(
      'carbon-intensity',
      'Grid carbon intensity (as given)',
      'given',
      s.energy.carbonIntensityKgPerKWh,
      'kg CO2e/kWh',
      [],
    );
  }
  const regionId = s.energy.region ?? WORLD_REGION;
  const region = findRegion(catalog, regionId);
  if (!region)
    throw errors.unknownRegion(
      regionId,
      catalog.regions.map((r) => r.id),
    );
  return d.add(
    'carbon-intensity',
    `Grid carbon intensity (${region.name}, ${region.year})`,
    'catalog',
    region.carbonIntensityKgPerKWh,
    'kg CO2e/kWh',
    [input('region', region.name, '')],
    `${region.source} (${region.date})`,
  );
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
    input('catalog price', best.pricePerGpuHour, `${best.currency}/GPU-h`),
    ...(choice.converted
      ? [
          input(`${best.currency} per USD`, ratePerUsd(catalog, best.currency) ?? Number.NaN, ''),
          input(`${s.pricing.currency} per USD`, toPerUsd, ''),
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
    const price = d.add(
      'price-per-gpu-hour',
      'Cloud price per GPU-hour',
      cloud.formula,
      cloud.perGpuHour,
      `${currency}/GPU-h`,
      cloud.inputs,
      cloud.source,
    );
    const compute = d.add('cost', 'Cost', 'GPU-hours × price per GPU-hour', cloudCost(gpuHours, price), currency, [
      input('GPU-hours', gpuHours, 'GPU-h', 'gpu-hours'),
      input('price', price, `${currency}/GPU-h`, 'price-per-gpu-hour'),
    ]);
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
  d.add(
    'price-per-gpu-hour',
    'Owned GPU cost per busy hour',
    'purchase ÷ (lifetime years × 8,760 h × utilization)',
    amortised,
    `${currency}/GPU-h`,
    [
      input('purchase price', purchase, currency),
      input('lifetime', o.lifetimeYears, 'years'),
      input('utilization', o.utilization, ''),
    ],
    o.purchasePricePerGpu === undefined ? gpu.purchasePriceSource : undefined,
  );
  const compute = d.add(
    'cost-compute',
    'Hardware (amortised)',
    'GPU-hours × amortised cost per GPU-hour',
    gpuHours * amortised,
    currency,
    [input('GPU-hours', gpuHours, 'GPU-h', 'gpu-hours')],
  );
  const rates = onPremRates(o, toPerUsd);
  const defaulted = (given: number | undefined) => (given === undefined ? 'default US$ rate converted' : undefined);
  const operations = d.add(
    'cost-operations',
    'Operations',
    'GPU-hours × operations per GPU-hour',
    gpuHours * rates.operationsPerGpuHour,
    currency,
    [
      input('GPU-hours', gpuHours, 'GPU-h', 'gpu-hours'),
      input('operations', rates.operationsPerGpuHour, `${currency}/GPU-h`),
    ],
    defaulted(o.operationsPerGpuHour),
  );
  const electricity = d.add(
    'cost-electricity',
    'Electricity',
    'energy × electricity price',
    kWh * rates.electricityPricePerKWh,
    currency,
    [input('energy', kWh, 'kWh', 'energy'), input('price', rates.electricityPricePerKWh, `${currency}/kWh`)],
    defaulted(o.electricityPricePerKWh),
  );
  const total = d.add(
    'cost',
    'Cost',
    'hardware + operations + electricity',
    compute + operations + electricity,
    currency,
    [
      input('hardware', compute, currency, 'cost-compute'),
      input('operations', operations, currency, 'cost-operations'),
      input('electricity', electricity, currency, 'cost-electricity'),
    ],
  );
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
      ? d.add('gpu-power', 'GPU power (as given)', 'given', e.gpuPowerW, 'W', [])
      : d.add(
          'gpu-power',
          'Average GPU power',
          'TDP × load factor',
          gpuPowerW(gpu.tdpW, loadFactor),
          'W',
          [input('TDP', gpu.tdpW, 'W'), input('load factor', loadFactor, '')],
          e.loadFactor === undefined ? LOAD_FACTOR_SOURCE : undefined,
        );
  const powerKW = d.add(
    'facility-power',
    'Facility power',
    'GPUs × (GPU power + server overhead per GPU) × PUE',
    facilityPowerKW(gpuCount, gpuW, e.serverOverheadWPerGpu, e.pue),
    'kW',
    [
      input('GPUs', gpuCount, '', 'gpu-count'),
      input('GPU power', gpuW, 'W', 'gpu-power'),
      input('server overhead', e.serverOverheadWPerGpu, 'W/GPU'),
      input('PUE', e.pue, ''),
    ],
  );
  const kWh = d.add(
    'energy',
    'Energy',
    'facility power × wall-clock hours',
    energyKWh(powerKW, wallClockHours),
    'kWh',
    [input('facility power', powerKW, 'kW', 'facility-power'), input('wall-clock', wallClockHours, 'h', 'wall-clock')],
  );
  const intensity = carbonIntensity(s, catalog, d);
  const operational = d.add(
    'co2e-operational',
    'Operational emissions',
    'energy × intensity × (1 − renewable share)',
    operationalCo2eKg(kWh, intensity, e.renewableShare),
    'kg CO2e',
    [
      input('energy', kWh, 'kWh', 'energy'),
      input('intensity', intensity, 'kg CO2e/kWh', 'carbon-intensity'),
      input('renewable share', e.renewableShare, ''),
    ],
  );
  let embodied = 0;
  if (e.includeEmbodied) {
    const perGpu = gpu.embodiedKgCo2e ?? 0;
    if (gpu.embodiedKgCo2e === undefined)
      warnings.push(`No embodied-carbon figure for ${gpu.name} in the catalog: embodied emissions counted as 0.`);
    const o = s.pricing.onPrem;
    embodied = d.add(
      'co2e-embodied',
      'Embodied emissions (amortised)',
      'GPU-hours × embodied per GPU ÷ (lifetime × 8,760 h × utilization)',
      embodiedCo2eKg(gpuHours, perGpu, o.lifetimeYears, o.utilization),
      'kg CO2e',
      [
        input('GPU-hours', gpuHours, 'GPU-h', 'gpu-hours'),
        input('embodied per GPU', perGpu, 'kg CO2e'),
        input('lifetime', o.lifetimeYears, 'years'),
        input('utilization', o.utilization, ''),
      ],
      gpu.source,
    );
  }
  const co2eKg = d.add('co2e', 'Emissions', 'operational + embodied', operational + embodied, 'kg CO2e', [
    input('operational', operational, 'kg CO2e', 'co2e-operational'),
    input('embodied', embodied, 'kg CO2e', e.includeEmbodied ? 'co2e-embodied' : undefined),
  ]);
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

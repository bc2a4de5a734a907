// Takes the engine's point estimate apart into the figures the fast model scales
// (see response.ts). Every figure is read from the estimate or its derivation
// steps; what is inferred (whether a price was converted) follows shared/engine/account.ts.
import type { Catalog } from '../catalog/types';
import type { Scenario } from '../schema/scenario';
import type { Estimate } from '../engine/types';
import type { InputKey, StepId } from '../engine/derivation';
import { DEFAULT_TRAINING_LOAD_FACTOR, gpuPowerW } from '../engine/energy';
import { ratePerUsd } from '../engine/cost';
import { chooseCloudPrice } from '../engine/cloud-price';
import type { UncertaintyBaseline } from './baseline';
import { findGpu } from '../catalog';

const stepValue = (estimate: Estimate, id: StepId) => estimate.steps.find((s) => s.id === id)?.value;

const facilityInput = (estimate: Estimate, key: InputKey): number | undefined => {
  const value = estimate.steps.find((st) => st.id === 'facility-power')?.inputs.find((i) => i.key === key)?.value;
  return typeof value === 'number' ? value : undefined;
};

/** GPU draw, server overhead and PUE as the engine used them (its `facility-power` step; the article's method replaces the scenario's). */
const powerParts = (s: Scenario, estimate: Estimate, catalog: Catalog) => {
  const tdpW = findGpu(catalog, estimate.gpu.id)?.tdpW ?? 0;
  return {
    gpuW:
      facilityInput(estimate, 'gpuPower') ??
      stepValue(estimate, 'gpu-power') ??
      s.energy.gpuPowerW ??
      gpuPowerW(tdpW, s.energy.loadFactor ?? DEFAULT_TRAINING_LOAD_FACTOR),
    serverW: facilityInput(estimate, 'serverOverhead') ?? s.energy.serverOverheadWPerGpu,
    pue: facilityInput(estimate, 'pue') ?? s.energy.pue,
  };
};

/** Whether the compute price came from a catalog entry in another currency (then the exchange rate acts on it). */
const computePriceConverted = (s: Scenario, estimate: Estimate, catalog: Catalog): boolean => {
  const currency = s.pricing.currency;
  if (s.pricing.mode === 'cloud' && s.pricing.pricePerGpuHour !== undefined) return false;
  const toPerUsd = ratePerUsd(catalog, currency, s.pricing.exchangeRatePerUsd);
  const cloud =
    s.pricing.mode === 'cloud' && toPerUsd !== undefined
      ? chooseCloudPrice(catalog, estimate.gpu.id, s.pricing.priceId, currency, toPerUsd)
      : undefined;
  // The same choice account.ts makes; without a cloud price the run is costed as owned hardware.
  if (cloud) return cloud.converted;
  // Owned hardware: only a catalog purchase price (in USD) is converted.
  return s.pricing.onPrem.purchasePricePerGpu === undefined && currency !== 'USD';
};

export const baselineFromEstimate = (s: Scenario, estimate: Estimate, catalog: Catalog): UncertaintyBaseline => {
  const { gpuW, serverW, pue } = powerParts(s, estimate, catalog);
  const itW = gpuW + serverW;
  const standard = estimate.method === 'standard';
  const training = estimate.workload !== 'inference';
  return {
    gpuHours: estimate.gpuHours,
    wallClockHours: estimate.wallClockHours,
    mfu: estimate.mfu,
    restartOverhead: s.training.restartOverhead,
    timeResponds: { mfu: standard && training, tokens: training, restart: standard && training },
    pueResponds: standard,
    energyKWh: estimate.energyKWh,
    gpuPowerShare: itW > 0 ? gpuW / itW : 0,
    pue,
    co2eKg: estimate.co2eKg,
    operationalCo2eKg: estimate.co2eKg - estimate.embodiedCo2eKg,
    embodiedCo2eKg: estimate.embodiedCo2eKg,
    cost: estimate.cost.total,
    computeCost: estimate.cost.compute,
    electricityCost: estimate.cost.electricity,
    operationsCost: estimate.cost.operations,
    priceConverted: computePriceConverted(s, estimate, catalog),
    // The US$ defaults for owned hardware are converted to the scenario currency (shared/engine/cost.ts onPremRates).
    electricityConverted: s.pricing.onPrem.electricityPricePerKWh === undefined && s.pricing.currency !== 'USD',
    operationsConverted: s.pricing.onPrem.operationsPerGpuHour === undefined && s.pricing.currency !== 'USD',
  };
};

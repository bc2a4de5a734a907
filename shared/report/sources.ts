// The catalog figures a report relies on, each with its source and date.
import type { Catalog } from '../catalog/types';
import type { Estimate } from '../engine/types';
import type { Scenario } from '../schema/scenario';
import type { SourceRow } from './types';
import { formatNumber } from './format';

const gpuRows = (catalog: Catalog, ids: Set<string>): SourceRow[] =>
  catalog.gpus
    .filter((g) => ids.has(g.id))
    .map((g) => ({
      kind: 'GPU',
      figure: g.name,
      value: `${formatNumber(g.memoryBytes / 1e9)} GB, ${formatNumber(g.tdpW)} W, default MFU ${g.defaultMfu}`,
      source: `${g.source}. MFU: ${g.mfuBasis}`,
      date: g.date,
    }));

const priceRows = (catalog: Catalog, sourcesUsed: Set<string>, gpuIds: Set<string>): SourceRow[] =>
  catalog.prices
    .filter((p) => sourcesUsed.has(p.id) || sourcesUsed.has(p.source) || gpuIds.has(p.gpu))
    .map((p) => ({
      kind: 'Price',
      figure: `${p.provider} ${p.region} ${p.pricingModel} (${p.gpu})`,
      value: `${formatNumber(p.pricePerGpuHour, 4)} ${p.currency}/GPU-hour`,
      source: p.source,
      date: p.date,
    }));

const regionRows = (catalog: Catalog, ids: Set<string>): SourceRow[] =>
  catalog.regions
    .filter((r) => ids.has(r.id))
    .map((r) => ({
      kind: 'Region',
      figure: r.name,
      value: `${r.carbonIntensityKgPerKWh} kg CO₂e/kWh (${r.year})`,
      source: r.source,
      date: r.date,
    }));

const rateRows = (catalog: Catalog, currencies: Set<string>): SourceRow[] =>
  catalog.exchangeRates
    .filter((r) => currencies.has(r.currency) && r.currency !== 'USD')
    .map((r) => ({
      kind: 'Exchange rate',
      figure: `${r.currency} per USD`,
      value: String(r.perUsd),
      source: r.source,
      date: r.date,
    }));

/** Sources named by derivation steps that are not catalog entries (engine constants, papers). */
const stepRows = (estimates: Estimate[], known: Set<string>): SourceRow[] => {
  const seen = new Map<string, SourceRow>();
  for (const e of estimates) {
    for (const s of e.steps) {
      if (!s.source || known.has(s.source) || seen.has(s.source)) continue;
      seen.set(s.source, {
        kind: 'Engine constant',
        figure: s.label,
        value: `${formatNumber(s.value, 4)} ${s.unit}`.trim(),
        source: s.source,
        date: e.catalogDate,
      });
    }
  }
  return [...seen.values()];
};

export const reportSources = (
  catalog: Catalog,
  scenarios: Scenario[],
  estimates: Estimate[],
  reportCurrency: string,
): SourceRow[] => {
  const gpuIds = new Set(estimates.map((e) => e.gpu.id));
  const priceKeys = new Set(estimates.map((e) => e.cost.priceSource));
  for (const s of scenarios) if (s.pricing.priceId) priceKeys.add(s.pricing.priceId);
  const regionIds = new Set(scenarios.flatMap((s) => (s.energy.region ? [s.energy.region] : [])));
  const currencies = new Set([
    reportCurrency,
    ...scenarios.map((s) => s.pricing.currency),
    ...catalog.prices.filter((p) => gpuIds.has(p.gpu)).map((p) => p.currency),
  ]);
  const catalogRows = [
    ...gpuRows(catalog, gpuIds),
    ...priceRows(catalog, priceKeys, gpuIds),
    ...regionRows(catalog, regionIds),
    ...rateRows(catalog, currencies),
  ];
  const known = new Set(catalogRows.map((r) => r.source));
  return [...catalogRows, ...stepRows(estimates, known)];
};

// Consistency checks for a catalog (the built-in one, or one with a user's overrides):
// every problem names the list, the entry and the field, and what was found.
import type { Catalog, Sourced } from './types';

export interface CatalogProblem {
  /** e.g. `gpus "h100-sxm"` or `prices[2]`. */
  entry: string;
  field: string;
  message: string;
}

type Check = (entry: string, field: string, message: string) => void;

const DATE_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/;

const entryName = (list: string, index: number, id: unknown) =>
  typeof id === 'string' && id.length > 0 ? `${list} "${id}"` : `${list}[${index}]`;

const checkSourced = (add: Check, entry: string, e: Sourced) => {
  if (typeof e.source !== 'string' || e.source.trim() === '')
    add(entry, 'source', 'source is missing: say where the figure comes from');
  if (typeof e.date !== 'string' || !DATE_PATTERN.test(e.date))
    add(entry, 'date', `date must be YYYY, YYYY-MM or YYYY-MM-DD (found ${JSON.stringify(e.date)})`);
};

const checkPositive = (add: Check, entry: string, field: string, value: unknown) => {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0)
    add(entry, field, `${field} must be a finite number greater than 0 (found ${String(value)})`);
};

const checkNonNegative = (add: Check, entry: string, field: string, value: unknown) => {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
    add(entry, field, `${field} must be a finite number of at least 0 (found ${String(value)})`);
};

const checkUnique = (add: Check, list: string, keys: string[], field: string) => {
  const seen = new Set<string>();
  keys.forEach((key, i) => {
    if (seen.has(key)) add(`${list}[${i}]`, field, `duplicate ${field} "${key}" in ${list}`);
    seen.add(key);
  });
};

/** All problems found in the catalog; an empty list means it is consistent. */
export const validateCatalog = (catalog: Catalog): CatalogProblem[] => {
  const problems: CatalogProblem[] = [];
  const add: Check = (entry, field, message) => problems.push({ entry, field, message: `${entry}: ${message}` });

  if (!DATE_PATTERN.test(catalog.date))
    add('catalog', 'date', `catalog date must be YYYY, YYYY-MM or YYYY-MM-DD (found ${JSON.stringify(catalog.date)})`);
  checkUnique(
    add,
    'gpus',
    catalog.gpus.map((g) => g.id),
    'id',
  );
  checkUnique(
    add,
    'prices',
    catalog.prices.map((p) => p.id),
    'id',
  );
  checkUnique(
    add,
    'regions',
    catalog.regions.map((r) => r.id),
    'id',
  );
  checkUnique(
    add,
    'pueDefaults',
    catalog.pueDefaults.map((p) => p.id),
    'id',
  );
  checkUnique(
    add,
    'exchangeRates',
    catalog.exchangeRates.map((r) => r.currency),
    'currency',
  );

  catalog.gpus.forEach((g, i) => {
    const entry = entryName('gpus', i, g.id);
    checkSourced(add, entry, g);
    for (const field of ['memoryBytes', 'bandwidthBytesPerS', 'tdpW'] as const)
      checkPositive(add, entry, field, g[field]);
    for (const [format, flops] of Object.entries(g.peakFlops))
      if (flops !== undefined) checkPositive(add, entry, `peakFlops.${format}`, flops);
    if (!(g.defaultMfu > 0 && g.defaultMfu <= 1))
      add(entry, 'defaultMfu', `defaultMfu must be in (0, 1] (found ${String(g.defaultMfu)})`);
    if (g.embodiedKgCo2e !== undefined) {
      checkNonNegative(add, entry, 'embodiedKgCo2e', g.embodiedKgCo2e);
      if (!g.embodiedSource?.trim())
        add(entry, 'embodiedSource', 'embodiedKgCo2e is given without embodiedSource: say how it was derived');
    }
    if (g.purchasePriceUsd !== undefined) {
      checkNonNegative(add, entry, 'purchasePriceUsd', g.purchasePriceUsd);
      if (!g.purchasePriceSource?.trim())
        add(
          entry,
          'purchasePriceSource',
          'purchasePriceUsd is given without purchasePriceSource: say where the price comes from',
        );
    }
  });

  const gpuIds = new Set(catalog.gpus.map((g) => g.id));
  const currencies = new Set(catalog.exchangeRates.map((r) => r.currency));
  catalog.prices.forEach((p, i) => {
    const entry = entryName('prices', i, p.id);
    checkSourced(add, entry, p);
    checkPositive(add, entry, 'pricePerGpuHour', p.pricePerGpuHour);
    if (!gpuIds.has(p.gpu)) add(entry, 'gpu', `unknown GPU "${p.gpu}"; the catalog has: ${[...gpuIds].join(', ')}`);
    if (!currencies.has(p.currency))
      add(entry, 'currency', `currency "${p.currency}" has no exchange rate in the catalog`);
  });

  catalog.regions.forEach((r, i) => {
    const entry = entryName('regions', i, r.id);
    checkSourced(add, entry, r);
    // Zero is allowed: a user may model a fully matched renewable supply.
    checkNonNegative(add, entry, 'carbonIntensityKgPerKWh', r.carbonIntensityKgPerKWh);
    if (r.carbonIntensityKgPerKWh > 2)
      add(
        entry,
        'carbonIntensityKgPerKWh',
        `carbonIntensityKgPerKWh ${r.carbonIntensityKgPerKWh} is above 2 kg/kWh: was g/kWh entered?`,
      );
    if (!Number.isInteger(r.year) || r.year < 1990 || r.year > 2100)
      add(entry, 'year', `year must be a whole year between 1990 and 2100 (found ${String(r.year)})`);
  });

  catalog.pueDefaults.forEach((p, i) => {
    const entry = entryName('pueDefaults', i, p.id);
    checkSourced(add, entry, p);
    if (!(Number.isFinite(p.pue) && p.pue >= 1)) add(entry, 'pue', `pue must be at least 1 (found ${String(p.pue)})`);
  });

  catalog.exchangeRates.forEach((r, i) => {
    const entry = entryName('exchangeRates', i, r.currency);
    checkSourced(add, entry, r);
    checkPositive(add, entry, 'perUsd', r.perUsd);
  });
  return problems;
};

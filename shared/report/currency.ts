// Costs of scenarios priced in different currencies are compared in the report currency.
import type { Catalog } from '../catalog/types';
import type { Scenario } from '../schema/scenario';

const perUsd = (catalog: Catalog, currency: string): number | undefined =>
  catalog.exchangeRates.find((r) => r.currency === currency)?.perUsd;

/** Converts a scenario's cost into the report currency via USD; the scenario's own rate wins. */
export const toReportCurrency = (
  amount: number,
  scenario: Scenario,
  catalog: Catalog,
  reportCurrency: string,
): number => {
  const from = scenario.pricing.currency;
  if (from === reportCurrency) return amount;
  const fromRate = scenario.pricing.exchangeRatePerUsd ?? perUsd(catalog, from);
  const toRate = perUsd(catalog, reportCurrency);
  if (fromRate === undefined || toRate === undefined) {
    throw new Error(
      `cannot convert ${from} to ${reportCurrency}: the catalog has no exchange rate for ${fromRate === undefined ? from : reportCurrency}`,
    );
  }
  return (amount / fromRate) * toRate;
};

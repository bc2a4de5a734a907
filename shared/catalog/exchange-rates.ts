// Units of a currency per 1 USD; users set their own rate in the scenario when it matters.
import type { ExchangeRate } from './types';

export const exchangeRates: ExchangeRate[] = [
  { currency: 'USD', perUsd: 1, source: 'identity', date: '2025-01-02' },
  {
    currency: 'EUR',
    perUsd: 0.9626,
    source: 'ECB euro reference rate 2 Jan 2025 (1 EUR = 1.0389 USD)',
    date: '2025-01-02',
  },
  {
    currency: 'GBP',
    perUsd: 0.7987,
    source: 'ECB reference rates 2 Jan 2025 (EUR/GBP 0.82975 ÷ EUR/USD 1.0389)',
    date: '2025-01-02',
  },
];

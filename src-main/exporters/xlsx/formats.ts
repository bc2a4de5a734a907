// Excel number formats: units live in the format, so every cell stays a number.
import type { Format } from './rows';

const symbols: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥' };

const money = (currency: string, decimals: number): string => {
  const digits = decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
  const symbol = symbols[currency];
  return symbol ? `"${symbol}"${digits}` : `${digits} "${currency}"`;
};

export const numberFormat = (format: Format, currency: string): string => {
  switch (format) {
    case 'count':
      return '#,##0';
    case 'decimal':
      return '#,##0.000';
    case 'share':
      return '0.0%';
    case 'scientific':
      return '0.000E+00';
    case 'money':
      return money(currency, 2);
    case 'money4':
      return money(currency, 4);
    case 'hours':
      return '#,##0.0 "h"';
    case 'kWh':
      return '#,##0 "kWh"';
    case 'kW':
      return '#,##0.0 "kW"';
    case 'kg':
      return '#,##0.0 "kg"';
    case 'watts':
      return '#,##0 "W"';
  }
};

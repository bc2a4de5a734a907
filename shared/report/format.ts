// Number formatting for reports. Locale-independent on purpose: the same
// document must give the same bytes on every machine, and tests search the text.

const groupThousands = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** Fixed decimals with thousands separators: 1234567.891 → "1,234,567.89". */
export const formatNumber = (value: number, decimals = 0): string => {
  if (!Number.isFinite(value)) return '—';
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole = '0', fraction] = fixed.split('.');
  const sign = value < 0 && Number(fixed) !== 0 ? '−' : '';
  return sign + groupThousands(whole) + (fraction ? `.${fraction}` : '');
};

/** Three significant figures, grouped: 0.01234 → "0.0123", 123456 → "123,000". */
export const formatSignificant = (value: number, digits = 3): string => {
  if (!Number.isFinite(value)) return '—';
  if (value === 0) return '0';
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const decimals = Math.max(0, digits - 1 - magnitude);
  const rounded = Number(value.toPrecision(digits));
  return formatNumber(rounded, Math.min(decimals, 12));
};

const currencySymbols: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', CHF: 'CHF ' };

/** Whole currency units for totals: "€2,410,628". */
export const formatMoney = (value: number, currency: string, decimals = 0): string => {
  const symbol = currencySymbols[currency];
  const amount = formatNumber(Math.abs(value), decimals);
  const sign = value < 0 ? '−' : '';
  return symbol ? `${sign}${symbol}${amount}` : `${sign}${amount} ${currency}`;
};

/** Scientific notation for FLOPs and token counts: 3.15e23 → "3.15 × 10²³". */
export const formatScientific = (value: number, digits = 3): string => {
  if (!Number.isFinite(value)) return '—';
  if (value === 0) return '0';
  const exponent = Math.floor(Math.log10(Math.abs(value)));
  if (exponent >= -2 && exponent < 6) return formatSignificant(value, digits);
  const mantissa = Number((value / 10 ** exponent).toPrecision(digits));
  const superscript = String(exponent).replace(/[-0-9]/g, (c) => '⁻⁰¹²³⁴⁵⁶⁷⁸⁹'['-0123456789'.indexOf(c)] ?? c);
  return `${mantissa} × 10${superscript}`;
};

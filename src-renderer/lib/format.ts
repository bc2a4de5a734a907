// Locale-aware number, currency, duration and size formatting (Intl), one place for every view.

export interface FormatOptions {
  locale: string;
  currency: string;
}

const cache = new Map<string, Intl.NumberFormat>();
const numberFormat = (locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat => {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    cache.set(key, format);
  }
  return format;
};

export const formatNumber = (value: number, locale: string, digits = 3): string => {
  if (!Number.isFinite(value)) return '—';
  const abs = Math.abs(value);
  if (abs !== 0 && (abs >= 1e15 || abs < 1e-3))
    return numberFormat(locale, { notation: 'scientific', maximumSignificantDigits: digits }).format(value);
  if (abs >= 1e6)
    return numberFormat(locale, {
      notation: 'compact',
      compactDisplay: 'short',
      maximumSignificantDigits: digits,
    }).format(value);
  return numberFormat(locale, { maximumSignificantDigits: Math.max(digits, Math.ceil(Math.log10(abs + 1))) }).format(
    value,
  );
};

export const formatInteger = (value: number, locale: string): string =>
  Number.isFinite(value) ? numberFormat(locale, { maximumFractionDigits: 0 }).format(value) : '—';

export const formatCurrency = (value: number, locale: string, currency: string): string => {
  if (!Number.isFinite(value)) return '—';
  const compact = Math.abs(value) >= 1e6;
  return numberFormat(locale, {
    style: 'currency',
    currency,
    ...(compact
      ? { notation: 'compact', maximumSignificantDigits: 3 }
      : { maximumFractionDigits: Math.abs(value) < 100 ? 2 : 0 }),
  }).format(value);
};

/** Signed change in %; the minus is a true minus sign (U+2212), as in the deltas beside it. */
export const formatPercent = (fraction: number, locale: string): string =>
  Number.isFinite(fraction)
    ? numberFormat(locale, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' })
        .format(fraction)
        .replace('-', '−')
    : '—';

/** Hours as the unit a person would say: minutes, hours, days or years. */
export const formatDuration = (hours: number, locale: string): string => {
  if (!Number.isFinite(hours)) return '—';
  const unit = (value: number, name: Intl.NumberFormatOptions['unit']) =>
    numberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'long', maximumSignificantDigits: 3 }).format(value);
  if (hours < 1) return unit(hours * 60, 'minute');
  if (hours < 48) return unit(hours, 'hour');
  if (hours < 24 * 730) return unit(hours / 24, 'day');
  return unit(hours / 8766, 'year');
};

export const formatBytes = (bytes: number, locale: string): string => {
  if (!Number.isFinite(bytes)) return '—';
  const units: [number, string][] = [
    [1e15, 'PB'],
    [1e12, 'TB'],
    [1e9, 'GB'],
    [1e6, 'MB'],
    [1e3, 'kB'],
  ];
  for (const [scale, name] of units)
    if (Math.abs(bytes) >= scale) return `${formatNumber(bytes / scale, locale)} ${name}`;
  return `${formatInteger(bytes, locale)} B`;
};

/** Energy in kWh, MWh or GWh. */
export const formatEnergy = (kWh: number, locale: string): string => {
  if (Math.abs(kWh) >= 1e6) return `${formatNumber(kWh / 1e6, locale)} GWh`;
  if (Math.abs(kWh) >= 1e3) return `${formatNumber(kWh / 1e3, locale)} MWh`;
  return `${formatNumber(kWh, locale)} kWh`;
};

/** CO2e in kg or tonnes. */
export const formatMass = (kg: number, locale: string): string =>
  Math.abs(kg) >= 1e3 ? `${formatNumber(kg / 1e3, locale)} t CO₂e` : `${formatNumber(kg, locale)} kg CO₂e`;

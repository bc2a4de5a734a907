// The savings of a technique as table rows: before, after, change, in the user's locale and currency.
import { savingMetricIds, type Savings, type SavingMetricId } from '../../shared/engine/techniques';
import {
  formatBytes,
  formatCurrency,
  formatDuration,
  formatEnergy,
  formatMass,
  formatNumber,
  formatPercent,
} from '../lib/format';

const labels: Record<SavingMetricId, string> = {
  gpuHours: 'GPU-hours',
  wallClockHours: 'Wall-clock time',
  energyKWh: 'Energy',
  co2eKg: 'CO₂e',
  cost: 'Cost',
  memoryPerGpuBytes: 'Memory per GPU',
};

const formatters = (locale: string, currency: string): Record<SavingMetricId, (v: number) => string> => ({
  gpuHours: (v) => formatNumber(v, locale),
  wallClockHours: (v) => formatDuration(v, locale),
  energyKWh: (v) => formatEnergy(v, locale),
  co2eKg: (v) => formatMass(v, locale),
  cost: (v) => formatCurrency(v, locale, currency),
  memoryPerGpuBytes: (v) => formatBytes(v, locale),
});

export interface SavingRow {
  id: SavingMetricId;
  label: string;
  before: string;
  after: string;
  change: string;
  saved: boolean;
  worse: boolean;
}

export const savingRows = (savings: Savings, locale: string, currency: string): SavingRow[] => {
  const f = formatters(locale, currency);
  return savingMetricIds.map((id) => {
    const s = savings[id];
    // savedPercent is positive for a saving; show it as the change of the figure (−40 % = 40 % less).
    return {
      id,
      label: labels[id],
      before: f[id](s.before),
      after: f[id](s.after),
      change: s.before === 0 ? '—' : formatPercent(-s.savedPercent / 100, locale),
      saved: s.saved > 0,
      worse: s.saved < 0,
    };
  });
};

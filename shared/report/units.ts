// Physical quantities formatted with a unit that keeps the number readable.
import { formatNumber, formatSignificant } from './format';

/** Hours, shown as days when longer than two days: "180.5 days". */
export const formatDuration = (hours: number): string =>
  hours >= 48 ? `${formatNumber(hours / 24, 1)} days` : `${formatNumber(hours, 1)} h`;

/** Energy in kWh, MWh or GWh. */
export const formatEnergy = (kWh: number): string => {
  if (kWh >= 1e6) return `${formatSignificant(kWh / 1e6)} GWh`;
  if (kWh >= 1e3) return `${formatSignificant(kWh / 1e3)} MWh`;
  return `${formatSignificant(kWh)} kWh`;
};

/** CO2-equivalent mass in kg or tonnes. */
export const formatCo2 = (kg: number): string =>
  kg >= 1e3 ? `${formatSignificant(kg / 1e3)} t CO₂e` : `${formatSignificant(kg)} kg CO₂e`;

/** Memory in GB (decimal, like the datasheets). */
export const formatGigabytes = (bytes: number): string => `${formatNumber(bytes / 1e9, 1)} GB`;

export const formatGpuHours = (gpuHours: number): string => `${formatNumber(gpuHours, 0)} GPU-hours`;

export const formatPercent = (fraction: number, decimals = 1): string => `${formatNumber(fraction * 100, decimals)}%`;

export const formatPower = (kW: number): string =>
  kW >= 1e3 ? `${formatSignificant(kW / 1e3)} MW` : `${formatSignificant(kW)} kW`;

// Catalog entries: every figure carries its source and the date it was read.

export interface Sourced {
  source: string;
  /** ISO date (YYYY-MM or YYYY-MM-DD) the figure was published or read. */
  date: string;
}

export interface PeakFlops {
  fp32: number;
  tf32?: number;
  fp16: number;
  bf16?: number;
  fp8?: number;
  int8?: number;
  int4?: number;
}

export interface Gpu extends Sourced {
  id: string;
  name: string;
  vendor: 'NVIDIA' | 'AMD' | 'Intel' | 'Google' | 'Other';
  generation: string;
  memoryBytes: number;
  bandwidthBytesPerS: number;
  /** Dense (no sparsity) peak FLOP/s (or OP/s for integers) per format. */
  peakFlops: PeakFlops;
  tdpW: number;
  /** Default model FLOPs utilization for training on this GPU, with how it was derived. */
  defaultMfu: number;
  mfuBasis: string;
  /** Embodied manufacturing emissions per GPU incl. its share of the server, kg CO2e. */
  embodiedKgCo2e?: number;
  /** How the embodied figure was derived (source and stated assumptions). */
  embodiedSource?: string;
  /** Typical purchase price per GPU, USD, for on-premises costing. */
  purchasePriceUsd?: number;
  /** Where the purchase price comes from (required with it). */
  purchasePriceSource?: string;
  /** Whether it suits edge/on-device use (low power, small form factor). */
  edge?: boolean;
}

export interface Price extends Sourced {
  id: string;
  gpu: string;
  provider: string;
  region: string;
  /** on-demand, reserved-1y, capacity-block, spot … */
  pricingModel: string;
  pricePerGpuHour: number;
  currency: string;
}

export interface Region extends Sourced {
  id: string;
  name: string;
  /** Location-based grid carbon intensity, kg CO2e per kWh. */
  carbonIntensityKgPerKWh: number;
  year: number;
}

export interface PueDefault extends Sourced {
  id: string;
  label: string;
  pue: number;
}

export interface ExchangeRate extends Sourced {
  currency: string;
  /** Units of this currency per 1 USD. */
  perUsd: number;
}

export interface Catalog {
  /** The date of the catalog as a whole: shown wherever its figures are used. */
  date: string;
  gpus: Gpu[];
  prices: Price[];
  regions: Region[];
  pueDefaults: PueDefault[];
  exchangeRates: ExchangeRate[];
}

// Which catalog figures the Catalog view shows and lets the user edit, per kind.
import type { CatalogKind } from '../stores/catalog';

export interface CatalogColumn {
  key: string;
  label: string;
  unit?: string;
  scale?: number;
  editable?: boolean;
  /** May be left empty (e.g. a GPU without bf16 support). */
  optional?: boolean;
}

export const catalogColumns: Record<CatalogKind, CatalogColumn[]> = {
  gpus: [
    { key: 'name', label: 'GPU' },
    { key: 'memoryBytes', label: 'Memory', unit: 'GB', scale: 1e-9, editable: true },
    { key: 'bandwidthBytesPerS', label: 'Bandwidth', unit: 'TB/s', scale: 1e-12, editable: true },
    { key: 'peakFlops.bf16', label: 'Peak bf16', unit: 'TFLOP/s', scale: 1e-12, editable: true, optional: true },
    { key: 'tdpW', label: 'TDP', unit: 'W', editable: true },
    { key: 'defaultMfu', label: 'Default MFU', unit: '%', scale: 100, editable: true },
  ],
  prices: [
    { key: 'provider', label: 'Provider' },
    { key: 'gpu', label: 'GPU' },
    { key: 'pricingModel', label: 'Model' },
    { key: 'region', label: 'Region' },
    { key: 'pricePerGpuHour', label: 'Price', unit: 'per GPU-hour', editable: true },
    { key: 'currency', label: 'Currency' },
  ],
  regions: [
    { key: 'name', label: 'Region' },
    { key: 'carbonIntensityKgPerKWh', label: 'Carbon intensity', unit: 'kg CO₂e/kWh', editable: true },
    { key: 'year', label: 'Year' },
  ],
};

export const catalogTabs: { id: CatalogKind; label: string }[] = [
  { id: 'gpus', label: 'GPUs' },
  { id: 'prices', label: 'Cloud prices' },
  { id: 'regions', label: 'Grid regions' },
];

// The rows of the Inputs and Results sheets: label, unit, number format, and
// for inputs the validation and the defined name a controller can refer to.

export type Format =
  'count' | 'decimal' | 'share' | 'scientific' | 'money' | 'money4' | 'hours' | 'kWh' | 'kW' | 'kg' | 'watts';

export interface Validation {
  min: number;
  max: number;
  /** Whether the minimum itself is allowed (MFU > 0, PUE ≥ 1). */
  minInclusive: boolean;
}

export interface InputRow {
  key: string;
  label: string;
  unit: string;
  format: Format;
  validation: Validation;
  /** Defined name spanning the scenario columns of this row. */
  name: string;
}

export interface ResultRow {
  key: string;
  label: string;
  unit: string;
  format: Format;
  name: string;
}

const v = (min: number, max: number, minInclusive = true): Validation => ({ min, max, minInclusive });
const input = (
  key: string,
  label: string,
  unit: string,
  format: Format,
  validation: Validation,
  name: string,
): InputRow => ({ key, label, unit, format, validation, name });
const BIG = 1e30;

export const inputRows: InputRow[] = [
  input('parameters', 'Parameters (article method)', 'parameters', 'scientific', v(0, BIG, false), 'Parameters'),
  input('flopsPerToken', 'FLOPs per token', 'FLOP', 'scientific', v(0, BIG, false), 'FlopsPerToken'),
  input('tokens', 'Training tokens', 'tokens', 'scientific', v(0, BIG, false), 'Tokens'),
  input('recomputeFactor', 'Recomputation factor', '×', 'decimal', v(1, 2), 'RecomputeFactor'),
  input('gpuCount', 'GPUs', 'GPUs', 'count', v(1, 1e7), 'GpuCount'),
  input('peakFlops', 'Peak throughput per GPU', 'FLOP/s', 'scientific', v(0, BIG, false), 'PeakFlops'),
  input('mfu', 'Model FLOPs utilization (MFU)', 'share', 'share', v(0, 1, false), 'MFU'),
  input('pipelineBubble', 'Pipeline bubble', 'share of compute', 'share', v(0, 100), 'PipelineBubble'),
  input('restartShare', 'Time lost to restarts', 'share', 'share', v(0, 1), 'RestartShare'),
  input(
    'gpuDaysPerPfsDay',
    'GPU-days per PF/s-day (article)',
    'GPU-days',
    'decimal',
    v(0, BIG, false),
    'GpuDaysPerPfsDay',
  ),
  input('servingHours', 'Serving period', 'h', 'hours', v(0, 1e7, false), 'ServingHours'),
  input('requestsPerSecond', 'Requests per second', '1/s', 'decimal', v(0, 1e9, false), 'RequestsPerSecond'),
  input('tokensPerRequest', 'Tokens per request (prompt + output)', 'tokens', 'count', v(1, 1e8), 'TokensPerRequest'),
  input('gpuPowerW', 'Average GPU power', 'W', 'watts', v(0, 1e5, false), 'GpuPowerW'),
  input('serverOverheadW', 'Server overhead per GPU', 'W', 'watts', v(0, 1e5), 'ServerOverheadW'),
  input('pue', 'PUE', '×', 'decimal', v(1, 5), 'PUE'),
  input('carbonIntensity', 'Grid carbon intensity', 'kg CO2e/kWh', 'decimal', v(0, 5), 'CarbonIntensity'),
  input('renewableShare', 'Renewable share', 'share', 'share', v(0, 1), 'RenewableShare'),
  input('embodiedPerGpu', 'Embodied emissions per GPU', 'kg CO2e', 'decimal', v(0, 1e6), 'EmbodiedPerGpu'),
  input('embodiedLifetime', 'GPU lifetime (embodied)', 'years', 'decimal', v(0, 50, false), 'EmbodiedLifetimeYears'),
  input('embodiedUtilization', 'GPU utilization (embodied)', 'share', 'share', v(0, 1, false), 'EmbodiedUtilization'),
  input('pricePerGpuHour', 'Cloud price per GPU-hour', 'currency/GPU-h', 'money4', v(0, 1e6), 'PricePerGpuHour'),
  input('purchasePrice', 'Purchase price per GPU', 'currency', 'money', v(0, 1e9), 'PurchasePricePerGpu'),
  input('lifetimeYears', 'Lifetime', 'years', 'decimal', v(0, 50, false), 'LifetimeYears'),
  input('utilization', 'Utilization over the lifetime', 'share', 'share', v(0, 1, false), 'Utilization'),
  input(
    'operationsPerGpuHour',
    'Operations per GPU-hour',
    'currency/GPU-h',
    'money4',
    v(0, 1e6),
    'OperationsPerGpuHour',
  ),
  input('electricityPrice', 'Electricity price', 'currency/kWh', 'money4', v(0, 100), 'ElectricityPrice'),
];

const result = (key: string, label: string, unit: string, format: Format, name: string): ResultRow => ({
  key,
  label,
  unit,
  format,
  name,
});

export const resultRows: ResultRow[] = [
  result('tokensServed', 'Tokens served', 'tokens', 'scientific', 'TokensServed'),
  result('trainingFlops', 'Compute', 'FLOP', 'scientific', 'TrainingFlops'),
  result('gpuDays', 'GPU-days (article)', 'GPU-days', 'decimal', 'GpuDays'),
  result('wallClockHours', 'Wall-clock time', 'h', 'hours', 'WallClockHours'),
  result('gpuHours', 'GPU-hours', 'GPU-h', 'hours', 'GpuHours'),
  result('facilityPowerKW', 'Facility power', 'kW', 'kW', 'FacilityPowerKW'),
  result('energyKWh', 'Energy', 'kWh', 'kWh', 'EnergyKWh'),
  result('co2eOperational', 'Operational emissions', 'kg CO2e', 'kg', 'Co2eOperationalKg'),
  result('co2eEmbodied', 'Embodied emissions', 'kg CO2e', 'kg', 'Co2eEmbodiedKg'),
  result('co2e', 'Emissions', 'kg CO2e', 'kg', 'Co2eKg'),
  result('costCompute', 'Cost: compute', 'currency', 'money', 'CostCompute'),
  result('costOperations', 'Cost: operations', 'currency', 'money', 'CostOperations'),
  result('costElectricity', 'Cost: electricity', 'currency', 'money', 'CostElectricity'),
  result('costTotal', 'Cost: total', 'currency', 'money', 'CostTotal'),
];

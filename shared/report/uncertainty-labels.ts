// Words for the uncertainty analysis in reports: what each input and output is, and in which unit.
import type { Estimate } from '../engine/types';
import type { UncertainInputId } from '../schema/uncertainty';
import { rangeUnits } from '../schema/uncertainty';
import type { OutputId } from '../uncertainty/response';
import { uncertainInputLabels } from './tornado-chart';

/** The same names as the tornado chart's rows. */
export const inputLabels: Record<UncertainInputId, string> = uncertainInputLabels;

/** "× scenario value" for multipliers, "share of GPU time" for the restart share. */
export const inputUnitText = (id: UncertainInputId): string =>
  rangeUnits[id] === 'multiplier' ? '× scenario value' : 'share of GPU time';

export const outputLabels: Record<OutputId, string> = {
  gpuHours: 'GPU-hours',
  wallClockHours: 'Wall-clock time',
  energyKWh: 'Energy',
  co2eKg: 'Emissions',
  cost: 'Cost',
};

/** Unit of each output as the workbook labels it; cost is in the scenario currency. */
export const outputUnits = (currency: string): Record<OutputId, string> => ({
  gpuHours: 'GPU-h',
  wallClockHours: 'h',
  energyKWh: 'kWh',
  co2eKg: 'kg CO2e',
  cost: currency,
});

/** Report order: money first, as on the summary. */
export const reportOutputOrder: OutputId[] = ['cost', 'wallClockHours', 'gpuHours', 'energyKWh', 'co2eKg'];

/** The engine's point estimate of an output (every input as planned). */
export const pointEstimate = (e: Estimate, output: OutputId): number => {
  switch (output) {
    case 'cost':
      return e.cost.total;
    case 'wallClockHours':
      return e.wallClockHours;
    case 'gpuHours':
      return e.gpuHours;
    case 'energyKWh':
      return e.energyKWh;
    case 'co2eKg':
      return e.co2eKg;
  }
};

// Turns one estimate into spreadsheet inputs and live formulas. The formulas
// restate the engine's own steps (shared/engine: estimate-training, article-method,
// estimate-inference, account) over the values those steps used, so Excel or
// LibreOffice recomputes the same numbers — and new ones when a controller edits an input.
import type { Estimate } from '../../../shared/engine/types';
import { findStep, stepInput, stepValue } from './steps';

/** `{key}` placeholders name an input or another result of the same scenario; no formula = a fixed value (a part that does not apply). */
export interface LiveResult {
  formula?: string;
  value: number;
}

const notApplicable: LiveResult = { value: 0 };

export interface LiveColumn {
  inputs: Record<string, number>;
  results: Record<string, LiveResult>;
}

type Upstream = Pick<LiveColumn, 'inputs'> & { results: Record<string, LiveResult> };

const standardTraining = (e: Estimate): Upstream => ({
  inputs: {
    flopsPerToken: stepValue(e, 'flops-per-token'),
    tokens: stepValue(e, 'tokens'),
    recomputeFactor: stepInput(e, 'wall-clock', 'recomputeFactor'),
    gpuCount: stepValue(e, 'gpu-count'),
    peakFlops: stepValue(e, 'peak-flops'),
    mfu: stepValue(e, 'mfu'),
    pipelineBubble: stepInput(e, 'wall-clock', 'pipelineBubble'),
    restartShare: stepInput(e, 'wall-clock', 'restartShare'),
  },
  results: {
    trainingFlops: { formula: '{flopsPerToken}*{tokens}', value: e.trainingFlops },
    // time.ts: computeSeconds × (1 + bubble), withRestartOverhead caps the lost share at 99%, hoursFromSeconds.
    wallClockHours: {
      formula:
        '{trainingFlops}*{recomputeFactor}/({gpuCount}*{peakFlops}*{mfu})*(1+{pipelineBubble})/(1-MIN({restartShare},0.99))/3600',
      value: e.wallClockHours,
    },
    gpuHours: { formula: '{gpuCount}*{wallClockHours}', value: e.gpuHours },
  },
});

const articleMethod = (e: Estimate): Upstream => ({
  inputs: {
    parameters: stepInput(e, 'training-flops', 'parameters'),
    tokens: stepValue(e, 'tokens'),
    gpuCount: stepValue(e, 'gpu-count'),
    gpuDaysPerPfsDay: stepInput(e, 'article-gpu-days', 'gpuDaysPerPfsDay'),
  },
  results: {
    trainingFlops: { formula: '6*{parameters}*{tokens}', value: e.trainingFlops },
    gpuDays: { formula: '{trainingFlops}/(10^15*86400)*{gpuDaysPerPfsDay}', value: stepValue(e, 'article-gpu-days') },
    wallClockHours: { formula: '{gpuDays}/{gpuCount}*24', value: e.wallClockHours },
    gpuHours: { formula: '{gpuDays}*24', value: e.gpuHours },
  },
});

const serving = (e: Estimate): Upstream => ({
  inputs: {
    gpuCount: stepValue(e, 'gpu-count'),
    servingHours: stepValue(e, 'wall-clock'),
    requestsPerSecond: stepInput(e, 'tokens', 'requestsPerSecondServed'),
    tokensPerRequest: stepInput(e, 'tokens', 'tokensPerRequest'),
    flopsPerToken: stepInput(e, 'prefill-throughput', 'flopsPerToken'),
  },
  results: {
    tokensServed: { formula: '{requestsPerSecond}*3600*{servingHours}*{tokensPerRequest}', value: e.tokens },
    trainingFlops: { formula: '{flopsPerToken}*{tokensServed}', value: e.trainingFlops },
    wallClockHours: { formula: '{servingHours}', value: e.wallClockHours },
    gpuHours: { formula: '{gpuCount}*{wallClockHours}', value: e.gpuHours },
  },
});

const upstream = (e: Estimate): Upstream => {
  if (findStep(e, 'article-gpu-days')) return articleMethod(e);
  if (e.workload === 'inference') return serving(e);
  return standardTraining(e);
};

/** account.ts: facility power, energy, emissions. */
const energyAndCarbon = (e: Estimate): Upstream => {
  const embodied = findStep(e, 'co2e-embodied');
  return {
    inputs: {
      gpuPowerW: stepValue(e, 'gpu-power'),
      serverOverheadW: stepInput(e, 'facility-power', 'serverOverhead'),
      pue: stepInput(e, 'facility-power', 'pue'),
      carbonIntensity: stepValue(e, 'carbon-intensity'),
      renewableShare: stepInput(e, 'co2e-operational', 'renewableShare'),
      ...(embodied
        ? {
            embodiedPerGpu: stepInput(e, 'co2e-embodied', 'embodiedPerGpu'),
            embodiedLifetime: stepInput(e, 'co2e-embodied', 'lifetime'),
            embodiedUtilization: stepInput(e, 'co2e-embodied', 'utilization'),
          }
        : {}),
    },
    results: {
      facilityPowerKW: { formula: '{gpuCount}*({gpuPowerW}+{serverOverheadW})*{pue}/1000', value: e.facilityPowerKW },
      energyKWh: { formula: '{facilityPowerKW}*{wallClockHours}', value: e.energyKWh },
      co2eOperational: {
        formula: '{energyKWh}*{carbonIntensity}*(1-{renewableShare})',
        value: stepValue(e, 'co2e-operational'),
      },
      co2eEmbodied: embodied
        ? {
            formula: '{gpuHours}*{embodiedPerGpu}/({embodiedLifetime}*8760*{embodiedUtilization})',
            value: e.embodiedCo2eKg,
          }
        : notApplicable,
      co2e: { formula: '{co2eOperational}+{co2eEmbodied}', value: e.co2eKg },
    },
  };
};

/** account.ts: cloud rent, or owned hardware (amortised purchase + operations + electricity). */
const money = (e: Estimate): Upstream => {
  const total = { formula: '{costCompute}+{costOperations}+{costElectricity}', value: e.cost.total };
  if (!findStep(e, 'cost-compute')) {
    return {
      inputs: { pricePerGpuHour: stepValue(e, 'price-per-gpu-hour') },
      results: {
        costCompute: { formula: '{gpuHours}*{pricePerGpuHour}', value: e.cost.compute },
        costOperations: notApplicable,
        costElectricity: notApplicable,
        costTotal: total,
      },
    };
  }
  return {
    inputs: {
      purchasePrice: stepInput(e, 'price-per-gpu-hour', 'purchasePrice'),
      lifetimeYears: stepInput(e, 'price-per-gpu-hour', 'lifetime'),
      utilization: stepInput(e, 'price-per-gpu-hour', 'utilization'),
      operationsPerGpuHour: stepInput(e, 'cost-operations', 'operations'),
      electricityPrice: stepInput(e, 'cost-electricity', 'price'),
    },
    results: {
      costCompute: {
        formula: '{gpuHours}*({purchasePrice}/({lifetimeYears}*8760*{utilization}))',
        value: e.cost.compute,
      },
      costOperations: { formula: '{gpuHours}*{operationsPerGpuHour}', value: e.cost.operations },
      costElectricity: { formula: '{energyKWh}*{electricityPrice}', value: e.cost.electricity },
      costTotal: total,
    },
  };
};

export const liveColumn = (e: Estimate): LiveColumn => {
  const parts = [upstream(e), energyAndCarbon(e), money(e)];
  return {
    inputs: Object.assign({}, ...parts.map((p) => p.inputs)),
    results: Object.assign({}, ...parts.map((p) => p.results)),
  };
};

/** Replaces `{key}` with the cell reference `ref(key)`; an unknown key is a bug worth naming. */
export const resolveFormula = (template: string, ref: (key: string) => string | undefined): string =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const address = ref(key);
    if (!address) throw new Error(`formula ${template} refers to "${key}", which this scenario has no cell for`);
    return address;
  });

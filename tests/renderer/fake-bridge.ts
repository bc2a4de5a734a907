// A fake bridge for store tests: records calls and answers each channel with a handler.
import type { Bridge } from '../../src-renderer/api/bridge';
import type { ChannelName, RequestOf, ResultOf } from '../../shared/ipc/contract';
import type { Estimate } from '../../shared/engine/types';
import type { Scenario } from '../../shared/schema/scenario';
import { scenarioSchema } from '../../shared/schema/scenario';
import { projectDocumentSchema, type ProjectDocument } from '../../shared/schema/document';

type Handlers = { [C in ChannelName]?: (payload: RequestOf<C>) => ResultOf<C> | Promise<ResultOf<C>> };

export const fakeBridge = (handlers: Handlers) => {
  const calls: { channel: ChannelName; payload: unknown }[] = [];
  const bridge: Bridge = {
    invoke: async (channel, payload) => {
      calls.push({ channel, payload });
      const handler = handlers[channel] as ((p: unknown) => unknown) | undefined;
      if (!handler) throw new Error(`no fake handler for ${channel}`);
      return JSON.parse(JSON.stringify(await handler(payload))) as never;
    },
    on: () => () => undefined,
  };
  return { bridge, calls };
};

export const scenario = (id: string, parameters = 7e9): Scenario =>
  scenarioSchema.parse({ id, name: `Scenario ${id}`, model: { parameters } });

export const projectDocument = (...scenarios: Scenario[]): ProjectDocument =>
  projectDocumentSchema.parse({ format: 'aiplan', version: 1, scenarios });

/** Test data shaped like an engine result; figures derive from the parameter count so changes are visible. */
export const estimateFor = (s: Scenario): Estimate => {
  const parameters = s.model.parameters ?? 1e9;
  return {
    scenarioId: s.id,
    name: s.name,
    workload: s.workload,
    method: s.method,
    parameters: { total: parameters, active: parameters, trainable: parameters, embedding: 0, fromArchitecture: false },
    tokens: 20 * parameters,
    trainingFlops: 120 * parameters * parameters,
    gpu: { id: s.hardware.gpu, name: 'GPU', memoryBytes: 80e9 },
    gpuCount: Math.ceil(parameters / 1e9),
    parallelism: { data: 1, tensor: 1, pipeline: 1 },
    memoryPerGpuBytes: {
      weights: 1,
      gradients: 1,
      optimizer: 1,
      activations: 1,
      kvCache: 0,
      overhead: 1,
      total: 5,
      usable: 72e9,
      capacity: 80e9,
      fits: true,
    },
    mfu: 0.4,
    gpuHours: parameters / 1e6,
    wallClockHours: 10,
    facilityPowerKW: 1,
    energyKWh: 2,
    co2eKg: 3,
    embodiedCo2eKg: 0,
    carbonIntensityKgPerKWh: 0.4,
    cost: {
      total: 4,
      currency: s.pricing.currency,
      compute: 4,
      electricity: 0,
      operations: 0,
      pricePerGpuHour: 2,
      priceSource: 'test',
    },
    warnings: [],
    steps: [],
    catalogDate: '2025-01-02',
  };
};

// Central error type and messages: every engine error names the field it concerns.

export type EngineErrorCode =
  'invalid-input' | 'unknown-gpu' | 'unknown-region' | 'unknown-price' | 'unsupported' | 'infeasible';

export class EngineError extends Error {
  constructor(
    readonly code: EngineErrorCode,
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'EngineError';
  }
}

export const errors = {
  unknownGpu: (id: string, known: string[]) =>
    new EngineError('unknown-gpu', 'hardware.gpu', `unknown GPU "${id}"; the catalog has: ${known.join(', ')}`),
  unknownRegion: (id: string, known: string[]) =>
    new EngineError('unknown-region', 'energy.region', `unknown region "${id}"; the catalog has: ${known.join(', ')}`),
  unknownPrice: (id: string) => new EngineError('unknown-price', 'pricing.priceId', `unknown price entry "${id}"`),
  parallelismMismatch: (gpus: number, tp: number, pp: number) =>
    new EngineError(
      'invalid-input',
      'hardware.gpuCount',
      `${gpus} GPUs cannot be split into tensor-parallel ${tp} × pipeline-parallel ${pp} groups: the count must be a multiple of ${tp * pp}`,
    ),
  invalid: (field: string, message: string) => new EngineError('invalid-input', field, message),
};

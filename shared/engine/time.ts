// Wall-clock time from work and throughput.

/** Seconds to do `flops` of work on `gpus` GPUs at `peakFlops` each, reaching `mfu` of peak. */
export const computeSeconds = (flops: number, gpus: number, peakFlops: number, mfu: number): number =>
  flops / (gpus * peakFlops * mfu);

/** 1F1B pipeline bubble: (p − 1) idle slots per m micro-batches (Narayanan et al. 2021). */
export const pipelineBubbleFraction = (pipelineParallel: number, microBatchesPerPipeline: number): number =>
  pipelineParallel <= 1 ? 0 : (pipelineParallel - 1) / microBatchesPerPipeline;

/** Stretch productive time for lost time: failures, restarts, checkpoint reloads. */
export const withRestartOverhead = (seconds: number, restartShare: number): number =>
  seconds / (1 - Math.min(restartShare, 0.99));

export const hoursFromSeconds = (seconds: number): number => seconds / 3600;

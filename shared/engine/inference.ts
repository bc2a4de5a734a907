// Serving: weights and KV cache in memory; prefill is compute-bound, decode is
// bandwidth-bound (each step reads the weights and the KV cache once).

/** Bytes of key and value cache per token: 2 × layers × KV heads × head dim × bytes. */
export const kvCacheBytesPerToken = (layers: number, kvHeads: number, headDim: number, bytesPerValue: number): number =>
  2 * layers * kvHeads * headDim * bytesPerValue;

/** Smallest power-of-two tensor-parallel group (at most `maxGroup`) that holds `bytes`. */
export const gpusPerReplica = (bytes: number, usablePerGpu: number, minGroup: number, maxGroup: number): number => {
  let group = Math.max(1, minGroup);
  while (bytes / group > usablePerGpu && group < maxGroup) group *= 2;
  return group;
};

/** Distinct experts a batch routes to per layer when each sequence picks `topK` of `experts` uniformly: E·(1 − (1 − k/E)^batch). */
export const expertsTouchedPerStep = (experts: number, topK: number, batch: number): number =>
  experts * (1 - (1 - topK / experts) ** batch);

/** Seconds per decode step: the slower of reading memory and computing the batch. */
export const decodeStepSeconds = (
  bytesReadPerGpu: number,
  bandwidthBytesPerS: number,
  bandwidthUtilization: number,
  flopsPerStepPerGpu: number,
  peakFlops: number,
  mfu: number,
): { seconds: number; bound: 'memory bandwidth' | 'compute' } => {
  const memory = bytesReadPerGpu / (bandwidthBytesPerS * bandwidthUtilization);
  const compute = flopsPerStepPerGpu / (peakFlops * mfu);
  return memory >= compute ? { seconds: memory, bound: 'memory bandwidth' } : { seconds: compute, bound: 'compute' };
};

/** Replicas to keep up with demand: each request occupies a replica for its prefill and its share of decode steps. */
export const replicasForDemand = (requestsPerSecond: number, replicaSecondsPerRequest: number): number =>
  Math.max(1, Math.ceil(requestsPerSecond * replicaSecondsPerRequest - 1e-9));

// How many GPUs a training run gets: as given, the fewest data-parallel replicas that
// fit memory, or enough to meet a deadline (within what the global batch allows).
import type { Scenario } from '../schema/scenario';
import { errors } from './errors';

export interface DataParallelChoice {
  s: Scenario;
  /** Fewest replicas whose memory fits, if any count does. */
  fitReplicas: number | undefined;
  maxReplicas: number;
  modelParallel: number;
  /** Wall-clock hours at a data-parallel size. */
  hoursAt: (dataParallel: number) => number;
  warnings: string[];
  maxGpus: number;
}

export const chooseDataParallel = ({
  s,
  fitReplicas,
  maxReplicas,
  modelParallel,
  hoursAt,
  warnings,
  maxGpus,
}: DataParallelChoice): { dataParallel: number; countRule: string } => {
  const t = s.training;
  const batchReplicaLimit =
    t.globalBatch !== undefined ? Math.max(1, Math.floor(t.globalBatch / t.microBatch)) : undefined;
  let dataParallel: number;
  let countRule: string;
  if (s.hardware.gpuCount !== undefined) {
    if (s.hardware.gpuCount % modelParallel !== 0)
      throw errors.parallelismMismatch(s.hardware.gpuCount, t.tensorParallel, t.pipelineParallel);
    dataParallel = s.hardware.gpuCount / modelParallel;
    countRule = 'given';
  } else {
    dataParallel = fitReplicas ?? 1;
    countRule = 'fewest that fit memory: tensor × pipeline × data-parallel replicas';
    if (s.hardware.deadlineHours !== undefined) {
      // Each replica needs at least one micro-batch of the global batch per step: more replicas would idle.
      const replicaLimit = Math.max(dataParallel, Math.min(maxReplicas, batchReplicaLimit ?? maxReplicas));
      // Hours never rise with more replicas (compute ÷ dp, plus a bubble that tends to a constant when the
      // global batch is fixed), so the fewest replicas that meet the deadline can be found by bisection.
      const deadline = s.hardware.deadlineHours;
      const meets = (dp: number) => hoursAt(dp) <= deadline * (1 + 1e-12);
      if (!meets(dataParallel)) {
        let lo = dataParallel + 1;
        let hi = replicaLimit;
        if (!meets(hi)) lo = hi;
        while (lo < hi) {
          const mid = Math.floor((lo + hi) / 2);
          if (meets(mid)) hi = mid;
          else lo = mid + 1;
        }
        dataParallel = lo;
      }
      countRule = 'enough to meet the deadline (and fit memory)';
      if (hoursAt(dataParallel) > s.hardware.deadlineHours * (1 + 1e-9) && dataParallel >= replicaLimit) {
        warnings.push(
          replicaLimit === batchReplicaLimit
            ? `The ${s.hardware.deadlineHours} h deadline (hardware.deadlineHours) cannot be met: the global batch of ${t.globalBatch} sequences ÷ micro-batch ${t.microBatch} allows at most ${replicaLimit} data-parallel replicas. Raise the global batch or relax the deadline.`
            : `The ${s.hardware.deadlineHours} h deadline (hardware.deadlineHours) cannot be met within the engine's limit of ${maxGpus.toLocaleString('en-US')} GPUs.`,
        );
      }
    }
  }
  if (batchReplicaLimit !== undefined && dataParallel > batchReplicaLimit) {
    warnings.push(
      `${dataParallel} data-parallel replicas exceed the global batch of ${t.globalBatch} sequences ÷ micro-batch ${t.microBatch} = ${batchReplicaLimit}: replicas beyond that would idle, so the time shown is optimistic.`,
    );
  }
  return { dataParallel, countRule };
};

// What every searched plan keeps from the scenario it started from: the data centre,
// pricing and framework settings. The search varies shape, plan, GPU and region, so
// those (and anything tied to one GPU, such as a fixed price per GPU-hour) stay out.
import type { Scenario } from '../../shared/schema/scenario';

/** Drops undefined entries: the spec is stored in the document as JSON. */
const defined = (o: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

export const searchBase = (s: Scenario): Record<string, unknown> => ({
  training: defined({
    masterWeights: s.training.masterWeights,
    sequenceParallel: s.training.sequenceParallel,
    flashAttention: s.training.flashAttention,
    attentionFlops: s.training.attentionFlops,
    frameworkOverheadBytes: s.training.frameworkOverheadBytes,
    restartOverhead: s.training.restartOverhead,
    globalBatch: s.training.globalBatch,
  }),
  hardware: defined({ mfu: s.hardware.mfu, memoryHeadroom: s.hardware.memoryHeadroom }),
  energy: defined({
    gpuPowerW: s.energy.gpuPowerW,
    loadFactor: s.energy.loadFactor,
    serverOverheadWPerGpu: s.energy.serverOverheadWPerGpu,
    pue: s.energy.pue,
    renewableShare: s.energy.renewableShare,
    includeEmbodied: s.energy.includeEmbodied,
  }),
  pricing: defined({
    mode: s.pricing.mode,
    currency: s.pricing.currency,
    exchangeRatePerUsd: s.pricing.exchangeRatePerUsd,
    onPrem: defined({ ...s.pricing.onPrem, purchasePricePerGpu: undefined }),
  }),
});

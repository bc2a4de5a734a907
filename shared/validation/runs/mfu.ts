// Published model FLOPs utilization claims used to sanity-check default MFU and recomputation cost.
import type { MfuClaim } from '../types';

const source = 'Korthikanti et al. 2022, "Reducing Activation Recomputation in Large Transformer Models", abstract';
const assumptions = [
  '530B-parameter GPT model, 2,240 A100 GPUs, tensor + sequence + pipeline parallelism',
  'MFU counts model FLOPs only (no recomputation)',
];

export const mfuClaims: MfuClaim[] = [
  {
    id: 'korthikanti-530b-selective',
    label: 'MT-NLG 530B, selective recomputation',
    parameters: 530e9,
    gpus: 2240,
    gpu: 'a100-80gb',
    recompute: 'selective',
    mfu: 0.542,
    source,
    assumptions,
  },
  {
    id: 'korthikanti-530b-full',
    label: 'MT-NLG 530B, full recomputation',
    parameters: 530e9,
    gpus: 2240,
    gpu: 'a100-80gb',
    recompute: 'full',
    mfu: 0.421,
    source,
    assumptions,
  },
];

// GPT-3 training compute (Brown et al. 2020, Table D.1): every size trained on 300B tokens.
import type { Gpt3ComputeRun } from '../types';

const source = 'Brown et al. 2020, "Language Models are Few-Shot Learners", Table D.1';
const assumptions = [
  '300B training tokens for every size',
  'compute = 6·N·D (attention FLOPs ignored)',
  '1 PF/s-day = 8.64e19 FLOPs',
];

const row = (id: string, label: string, parameters: number, pfsDays: number, flops: number): Gpt3ComputeRun => ({
  id,
  label,
  parameters,
  tokens: 300e9,
  pfsDays,
  flops,
  source,
  assumptions,
});

export const gpt3Compute: Gpt3ComputeRun[] = [
  row('gpt3-small', 'GPT-3 Small', 125e6, 2.6, 2.25e20),
  row('gpt3-medium', 'GPT-3 Medium', 356e6, 7.42, 6.41e20),
  row('gpt3-large', 'GPT-3 Large', 760e6, 15.8, 1.37e21),
  row('gpt3-xl', 'GPT-3 XL', 1.32e9, 27.5, 2.38e21),
  row('gpt3-2.7b', 'GPT-3 2.7B', 2.65e9, 55.2, 4.77e21),
  row('gpt3-6.7b', 'GPT-3 6.7B', 6.66e9, 139, 1.2e22),
  row('gpt3-13b', 'GPT-3 13B', 12.85e9, 268, 2.31e22),
  row('gpt3-175b', 'GPT-3 175B', 174.6e9, 3640, 3.14e23),
];

/** FLOPs in one petaflop/s-day. */
export const FLOPS_PER_PFS_DAY = 1e15 * 86_400;

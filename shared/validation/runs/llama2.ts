// Llama 2 pretraining (Touvron et al. 2023, Table 2 and the model card): A100-80GB, 2.0T tokens.
import type { Llama2Run, PublishedArchitecture } from '../types';

const source =
  'Touvron et al. 2023, "Llama 2: Open Foundation and Fine-Tuned Chat Models", Table 2; architecture from the released model configs';
const assumptions = [
  'A100-80GB GPUs, 2.0T training tokens, sequence length 4096',
  'power is "peak power capacity per GPU device adjusted for power usage efficiency"',
  'emissions exclude non-GPU server power, cooling and embodied carbon',
  'carbon intensity not stated; the table implies ≈ 0.4235 kg CO2e/kWh (tCO2e ÷ (GPU-h × kW))',
];

const arch = (layers: number, hidden: number, heads: number, ffn: number, kvHeads?: number): PublishedArchitecture => ({
  layers,
  hidden,
  heads,
  ffn,
  gatedFfn: true,
  vocab: 32_000,
  tiedEmbeddings: false,
  ...(kvHeads === undefined ? {} : { kvHeads }),
});

const run = (
  size: string,
  nominalParameters: number,
  architecture: PublishedArchitecture,
  gpuHours: number,
  powerW: number,
  tco2e: number,
): Llama2Run => ({
  id: `llama2-${size.toLowerCase()}`,
  label: `Llama 2 ${size}`,
  nominalParameters,
  architecture,
  seqLength: 4096,
  tokens: 2e12,
  gpu: 'a100-80gb',
  gpuHours,
  powerW,
  tco2e,
  source,
  assumptions,
});

export const llama2Runs: Llama2Run[] = [
  run('7B', 7e9, arch(32, 4096, 32, 11_008), 184_320, 400, 31.22),
  run('13B', 13e9, arch(40, 5120, 40, 13_824), 368_640, 400, 62.44),
  run('34B', 34e9, arch(48, 8192, 64, 22_016, 8), 1_038_336, 350, 153.9),
  run('70B', 70e9, arch(80, 8192, 64, 28_672, 8), 1_720_320, 400, 291.42),
];

/** Table 2's totals row. */
export const llama2Totals = { gpuHours: 3_311_616, tco2e: 539.0, source };

/** The grid intensity the Llama 2 table implies (kg CO2e/kWh). */
export const LLAMA2_IMPLIED_INTENSITY_KG_PER_KWH = 0.4235;

// Embodied (manufacturing) emissions per GPU, including its share of the host server.
// The only public per-part figures for data-centre GPUs come from the BLOOM study
// (Luccioni, Viguier & Ligozat 2022, JMLR 24(253), §3.1): 150 kg CO2e per A100 GPU and
// 2,500 kg CO2e per 8-GPU server node (HPE Apollo 6500 Gen10 Plus, taken from an LCA of a
// comparable Dell PowerEdge server). Other GPUs are scaled from it, stated as assumptions.

/** Luccioni et al. 2022: embodied emissions of one A100 GPU, kg CO2e. */
export const BLOOM_GPU_KG_CO2E = 150;
/** Luccioni et al. 2022: embodied emissions of one 8-GPU server node without its GPUs, kg CO2e. */
export const BLOOM_SERVER_KG_CO2E = 2_500;
export const GPUS_PER_SERVER = 8;
/** GA100 die area (NVIDIA A100 whitepaper): the reference for scaling by silicon area. */
export const A100_DIE_AREA_MM2 = 826;

export interface EmbodiedEstimate {
  kgCo2e: number;
  source: string;
}

const serverShareKg = BLOOM_SERVER_KG_CO2E / GPUS_PER_SERVER;
const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * Per-GPU embodied kg CO2e = GPU part + server ÷ 8. The GPU part is 150 kg scaled by
 * silicon area relative to the A100 die (ACT model, Gupta et al. 2022: chip manufacturing
 * emissions grow with die area); `dieAreaNote` says where the area comes from.
 */
export const embodiedFromDieArea = (dieAreaMm2: number, dieAreaNote: string): EmbodiedEstimate => {
  const gpuPartKg = BLOOM_GPU_KG_CO2E * (dieAreaMm2 / A100_DIE_AREA_MM2);
  const kgCo2e = round1(gpuPartKg + serverShareKg);
  const isA100 = dieAreaMm2 === A100_DIE_AREA_MM2;
  const gpuPart = isA100
    ? '150 kg per A100 GPU'
    : `150 kg per A100 GPU × ${dieAreaMm2} / ${A100_DIE_AREA_MM2} mm² die area = ${round1(gpuPartKg)} kg (assumption: scales with silicon area; HBM/board not modelled separately)`;
  return {
    kgCo2e,
    source: `Luccioni et al. 2022 (BLOOM): ${gpuPart} + 2,500 kg per 8-GPU server ÷ 8 = 312.5 kg${isA100 ? '' : ' (assumption: same server share)'}; die area: ${dieAreaNote}`,
  };
};

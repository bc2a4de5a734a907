// GPU datasheet figures: dense peak (no structured sparsity). Memory is the
// nominal datasheet capacity in decimal GB (1e9 bytes); the devices report a
// little more usable memory (an "80GB" A100 shows 81,920 MiB), so fits are conservative.
// Checked against reference/published-figures.md (tests/catalog/catalog-figures.test.ts);
// embodied emissions are derived in embodied.ts with their assumptions spelled out.
import type { Gpu } from './types';
import { embodiedFromDieArea } from './embodied';

const T = 1e12;

const embodied = (dieAreaMm2: number, dieAreaNote: string) => {
  const e = embodiedFromDieArea(dieAreaMm2, dieAreaNote);
  return { embodiedKgCo2e: e.kgCo2e, embodiedSource: e.source };
};

const embodiedBy = {
  volta: embodied(815, 'GV100 815 mm² (NVIDIA Volta architecture whitepaper)'),
  ampere: embodied(826, 'GA100 826 mm² (NVIDIA A100 whitepaper)'),
  hopper: embodied(814, 'GH100 814 mm² (NVIDIA Hopper architecture whitepaper)'),
  blackwell: embodied(2 * 814, 'assumption: two reticle-limited dies, counted as 2 × 814 mm² (NVIDIA does not publish the B200 die area)'),
  ad104: embodied(294.5, 'AD104 294.5 mm² (NVIDIA Ada Lovelace architecture whitepaper)'),
  ad102: embodied(608.5, 'AD102 608.5 mm² (NVIDIA Ada Lovelace architecture whitepaper)'),
  tu104: embodied(545, 'TU104 545 mm² (NVIDIA Turing architecture whitepaper)'),
  ga102: embodied(628.4, 'GA102 628.4 mm² (NVIDIA GA102 whitepaper)'),
  cdna2: embodied(2 * 826, 'assumption: two graphics compute dies counted as two A100-size dies (approximate; AMD publishes no comparable figure)'),
  cdna3: embodied(2_400, 'approximate: 8 compute + 4 I/O chiplets ≈ 2,400 mm² per press teardown reports (assumption)'),
};
const GB = 1e9;

/** The purchase prices are round planning figures, not quotes: the user's own price should replace them. */
const PURCHASE_PRICE_BASIS = 'Assumption: rounded typical price per GPU in 2024 (GPU only, without the server share), for planning; enter a quote for a budget';

const mfuBasis = {
  volta: 'Megatron-LM (Shoeybi et al. 2019): 39 TFLOP/s per V100 on one GPU, 76% weak-scaling efficiency at 512 GPUs → ≈ 0.24–0.31 of the 125 TFLOP/s tensor peak; 0.30 taken.',
  ampere: 'Llama 2 (Touvron et al. 2023, Table 2): 6·N·2T tokens ÷ (GPU-hours × 312 TFLOP/s) = 0.39 (7B) to 0.43 (70B); OPT-175B reported 147 TFLOP/s = 0.47. 0.40 taken.',
  hopper: 'Llama 3 (Dubey et al. 2024): 38–43% BF16 MFU on up to 16K H100; this project\'s H200 runs measured 0.32–0.48 (6N MFU, 0.35–1.3B models). 0.40 taken.',
  blackwell: 'No large public training report yet; software less mature than Hopper. 0.35 assumed.',
  cdna: 'Public MI250X/MI300X LLM training reports cluster around 30% of dense BF16 peak. 0.30 assumed.',
  inferenceClass: 'Inference-class GPU; small-model fine-tuning reaches ≈ 30% of dense peak. 0.30 assumed.',
};

export const gpus: Gpu[] = [
  {
    id: 'v100-32gb', name: 'NVIDIA V100 SXM2 32GB', vendor: 'NVIDIA', generation: 'Volta',
    memoryBytes: 32 * GB, bandwidthBytesPerS: 900 * GB,
    peakFlops: { fp32: 15.7 * T, fp16: 125 * T },
    tdpW: 300, defaultMfu: 0.3, mfuBasis: mfuBasis.volta, ...embodiedBy.volta, purchasePriceUsd: 10_000, purchasePriceSource: PURCHASE_PRICE_BASIS,
    source: 'NVIDIA V100 datasheet (SXM2; PCIe variant 250 W)', date: '2020-01',
  },
  {
    id: 'a100-40gb', name: 'NVIDIA A100 SXM 40GB', vendor: 'NVIDIA', generation: 'Ampere',
    memoryBytes: 40 * GB, bandwidthBytesPerS: 1555 * GB,
    peakFlops: { fp32: 19.5 * T, tf32: 156 * T, fp16: 312 * T, bf16: 312 * T, int8: 624 * T, int4: 1248 * T },
    tdpW: 400, defaultMfu: 0.4, mfuBasis: mfuBasis.ampere, ...embodiedBy.ampere, purchasePriceUsd: 10_000, purchasePriceSource: PURCHASE_PRICE_BASIS,
    source: 'NVIDIA A100 Tensor Core GPU datasheet', date: '2021-06',
  },
  {
    id: 'a100-80gb', name: 'NVIDIA A100 SXM 80GB', vendor: 'NVIDIA', generation: 'Ampere',
    memoryBytes: 80 * GB, bandwidthBytesPerS: 2039 * GB,
    peakFlops: { fp32: 19.5 * T, tf32: 156 * T, fp16: 312 * T, bf16: 312 * T, int8: 624 * T, int4: 1248 * T },
    tdpW: 400, defaultMfu: 0.4, mfuBasis: mfuBasis.ampere, ...embodiedBy.ampere, purchasePriceUsd: 15_000, purchasePriceSource: PURCHASE_PRICE_BASIS,
    source: 'NVIDIA A100 Tensor Core GPU datasheet (SXM; PCIe 300 W)', date: '2021-06',
  },
  {
    id: 'h100-sxm', name: 'NVIDIA H100 SXM 80GB', vendor: 'NVIDIA', generation: 'Hopper',
    memoryBytes: 80 * GB, bandwidthBytesPerS: 3350 * GB,
    peakFlops: { fp32: 67 * T, tf32: 494.7 * T, fp16: 989.4 * T, bf16: 989.4 * T, fp8: 1979 * T, int8: 1979 * T },
    tdpW: 700, defaultMfu: 0.4, mfuBasis: mfuBasis.hopper, ...embodiedBy.hopper, purchasePriceUsd: 30_000, purchasePriceSource: PURCHASE_PRICE_BASIS,
    source: 'NVIDIA H100 Tensor Core GPU datasheet (dense figures = half the sparsity figures)', date: '2023-09',
  },
  {
    id: 'h100-pcie', name: 'NVIDIA H100 PCIe 80GB', vendor: 'NVIDIA', generation: 'Hopper',
    memoryBytes: 80 * GB, bandwidthBytesPerS: 2000 * GB,
    peakFlops: { fp32: 51 * T, tf32: 378 * T, fp16: 756 * T, bf16: 756 * T, fp8: 1513 * T, int8: 1513 * T },
    tdpW: 350, defaultMfu: 0.4, mfuBasis: mfuBasis.hopper, ...embodiedBy.hopper, purchasePriceUsd: 25_000, purchasePriceSource: PURCHASE_PRICE_BASIS,
    source: 'NVIDIA H100 Tensor Core GPU datasheet (PCIe)', date: '2023-09',
  },
  {
    id: 'h200', name: 'NVIDIA H200 SXM 141GB', vendor: 'NVIDIA', generation: 'Hopper',
    memoryBytes: 141 * GB, bandwidthBytesPerS: 4800 * GB,
    peakFlops: { fp32: 67 * T, tf32: 494.7 * T, fp16: 989.4 * T, bf16: 989.4 * T, fp8: 1979 * T, int8: 1979 * T },
    tdpW: 700, defaultMfu: 0.4, mfuBasis: mfuBasis.hopper, ...embodiedBy.hopper, purchasePriceUsd: 32_000, purchasePriceSource: PURCHASE_PRICE_BASIS,
    source: 'NVIDIA H200 Tensor Core GPU datasheet', date: '2024-11',
  },
  {
    id: 'b200', name: 'NVIDIA B200 180GB (HGX)', vendor: 'NVIDIA', generation: 'Blackwell',
    memoryBytes: 180 * GB, bandwidthBytesPerS: 7700 * GB,
    peakFlops: { fp32: 75 * T, tf32: 1100 * T, fp16: 2250 * T, bf16: 2250 * T, fp8: 4500 * T, int8: 4500 * T, int4: 9000 * T },
    tdpW: 1000, defaultMfu: 0.35, mfuBasis: mfuBasis.blackwell, ...embodiedBy.blackwell, purchasePriceUsd: 40_000, purchasePriceSource: PURCHASE_PRICE_BASIS,
    source: 'NVIDIA HGX B200 datasheet (per-GPU dense = 1/8 of the 8-GPU board, half the sparsity figures; int4 = FP4)', date: '2025-03',
  },
  {
    id: 'l4', name: 'NVIDIA L4 24GB', vendor: 'NVIDIA', generation: 'Ada Lovelace',
    memoryBytes: 24 * GB, bandwidthBytesPerS: 300 * GB,
    peakFlops: { fp32: 30.3 * T, tf32: 60 * T, fp16: 121 * T, bf16: 121 * T, fp8: 242 * T, int8: 242 * T },
    tdpW: 72, defaultMfu: 0.3, mfuBasis: mfuBasis.inferenceClass, ...embodiedBy.ad104, purchasePriceUsd: 2_500, purchasePriceSource: PURCHASE_PRICE_BASIS, edge: true,
    source: 'NVIDIA L4 Tensor Core GPU datasheet', date: '2023-03',
  },
  {
    id: 'l40s', name: 'NVIDIA L40S 48GB', vendor: 'NVIDIA', generation: 'Ada Lovelace',
    memoryBytes: 48 * GB, bandwidthBytesPerS: 864 * GB,
    peakFlops: { fp32: 91.6 * T, tf32: 183 * T, fp16: 362 * T, bf16: 362 * T, fp8: 733 * T, int8: 733 * T },
    tdpW: 350, defaultMfu: 0.3, mfuBasis: mfuBasis.inferenceClass, ...embodiedBy.ad102, purchasePriceUsd: 8_000, purchasePriceSource: PURCHASE_PRICE_BASIS,
    source: 'NVIDIA L40S GPU datasheet', date: '2023-08',
  },
  {
    id: 't4', name: 'NVIDIA T4 16GB', vendor: 'NVIDIA', generation: 'Turing',
    memoryBytes: 16 * GB, bandwidthBytesPerS: 320 * GB,
    peakFlops: { fp32: 8.1 * T, fp16: 65 * T, int8: 130 * T, int4: 260 * T },
    tdpW: 70, defaultMfu: 0.3, mfuBasis: mfuBasis.inferenceClass, ...embodiedBy.tu104, purchasePriceUsd: 1_500, purchasePriceSource: PURCHASE_PRICE_BASIS, edge: true,
    source: 'NVIDIA T4 Tensor Core GPU datasheet', date: '2019-03',
  },
  {
    id: 'a10', name: 'NVIDIA A10 24GB', vendor: 'NVIDIA', generation: 'Ampere',
    memoryBytes: 24 * GB, bandwidthBytesPerS: 600 * GB,
    peakFlops: { fp32: 31.2 * T, tf32: 62.5 * T, fp16: 125 * T, bf16: 125 * T, int8: 250 * T, int4: 500 * T },
    tdpW: 150, defaultMfu: 0.3, mfuBasis: mfuBasis.inferenceClass, ...embodiedBy.ga102, purchasePriceUsd: 3_500, purchasePriceSource: PURCHASE_PRICE_BASIS, edge: true,
    source: 'NVIDIA A10 Tensor Core GPU datasheet', date: '2021-04',
  },
  {
    id: 'mi250x', name: 'AMD Instinct MI250X 128GB', vendor: 'AMD', generation: 'CDNA 2',
    memoryBytes: 128 * GB, bandwidthBytesPerS: 3277 * GB,
    peakFlops: { fp32: 95.7 * T, fp16: 383 * T, bf16: 383 * T, int8: 383 * T, int4: 383 * T },
    tdpW: 560, defaultMfu: 0.3, mfuBasis: mfuBasis.cdna, ...embodiedBy.cdna2, purchasePriceUsd: 12_000, purchasePriceSource: PURCHASE_PRICE_BASIS,
    source: 'AMD Instinct MI250X datasheet (fp32 = matrix)', date: '2021-11',
  },
  {
    id: 'mi300x', name: 'AMD Instinct MI300X 192GB', vendor: 'AMD', generation: 'CDNA 3',
    memoryBytes: 192 * GB, bandwidthBytesPerS: 5300 * GB,
    peakFlops: { fp32: 163.4 * T, tf32: 653.7 * T, fp16: 1307.4 * T, bf16: 1307.4 * T, fp8: 2614.9 * T, int8: 2614.9 * T },
    tdpW: 750, defaultMfu: 0.3, mfuBasis: mfuBasis.cdna, ...embodiedBy.cdna3, purchasePriceUsd: 20_000, purchasePriceSource: PURCHASE_PRICE_BASIS,
    source: 'AMD Instinct MI300X datasheet', date: '2023-12',
  },
];

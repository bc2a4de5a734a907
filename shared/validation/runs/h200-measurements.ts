// This project's own measurements on one NVIDIA H200 (PyTorch 2.11, bf16 autocast, fused AdamW,
// SDPA attention, seq 2048, vocab 32000, no biases, untied head), copied from
// shared/validation/data/h200-training-measurements.jsonl so the app ships them; nothing is parsed at run time.
import type { SourcedRecord } from '../types';

export type H200Mode = 'mixed_adamw' | 'bf16_adamw' | 'mixed_adamw_ckpt' | 'lora' | 'inference';

export interface H200Measurement {
  id: string;
  name: string;
  layers: number;
  hidden: number;
  heads: number;
  vocab: number;
  seqLength: number;
  microBatch: number;
  mode: H200Mode;
  params: number;
  paramsNonEmbedding: number;
  trainableParams: number;
  loraRank?: number;
  weightsBytes: number;
  /** Weights + optimizer states after a step, gradients freed. */
  staticBytes: number;
  /** Peak allocated during a step. */
  peakBytes: number;
  stepS: number;
  tokensPerS: number;
  /** 6·N_non-embedding·tokens/s ÷ 989 TFLOP/s. */
  mfu6N: number;
  hfu: number;
  avgPowerW: number;
  joulesPerToken: number;
}

export const H200_SOURCE = "This project's measurements on one NVIDIA H200 (PyTorch 2.11, bf16, 2026)";

export const h200Device: SourcedRecord & {
  device: string;
  torch: string;
  matmulTflops: number;
  powerLimitW: number;
  idlePowerW: number;
  totalMemoryBytes: number;
} = {
  device: 'NVIDIA H200',
  torch: '2.11.0+cu130',
  matmulTflops: 786.4301062546775,
  powerLimitW: 700.0,
  idlePowerW: 105.799,
  totalMemoryBytes: 150109880320,
  source: H200_SOURCE,
  assumptions: [
    'one GPU, no parallelism',
    'mixed_adamw keeps fp32 weights + fp32 Adam states (PyTorch autocast); bf16_adamw keeps everything in bf16',
    'lora: frozen bf16 base, rank-16 adapters on the fused QKV, output, FFN-in and FFN-out linear layers',
  ],
};

export const h200Measurements: H200Measurement[] = [
  {
    id: 'h200-350m-mixed-adamw',
    name: '350M',
    layers: 24,
    hidden: 1024,
    heads: 16,
    vocab: 32000,
    seqLength: 2048,
    microBatch: 8,
    mode: 'mixed_adamw',
    params: 367626240,
    paramsNonEmbedding: 334858240,
    trainableParams: 367626240,
    weightsBytes: 1470504960,
    staticBytes: 4411877376,
    peakBytes: 27055508480,
    stepS: 0.10441043099999803,
    tokensPerS: 156919.18750915135,
    mfu6N: 0.3187806852469833,
    hfu: 0.41461083258963166,
    avgPowerW: 578.4757647058823,
    joulesPerToken: 0.004206565856933594,
  },
  {
    id: 'h200-350m-bf16-adamw',
    name: '350M',
    layers: 24,
    hidden: 1024,
    heads: 16,
    vocab: 32000,
    seqLength: 2048,
    microBatch: 8,
    mode: 'bf16_adamw',
    params: 367626240,
    paramsNonEmbedding: 334858240,
    trainableParams: 367626240,
    weightsBytes: 736301056,
    staticBytes: 2207168512,
    peakBytes: 22530825216,
    stepS: 0.09116119000000111,
    tokensPerS: 179725.60472279706,
    mfu6N: 0.36511182819258753,
    hfu: 0.47486979632397225,
    avgPowerW: 605.5895333333334,
    joulesPerToken: 0.004205116271972656,
  },
  {
    id: 'h200-350m-mixed-adamw-ckpt',
    name: '350M',
    layers: 24,
    hidden: 1024,
    heads: 16,
    vocab: 32000,
    seqLength: 2048,
    microBatch: 8,
    mode: 'mixed_adamw_ckpt',
    params: 367626240,
    paramsNonEmbedding: 334858240,
    trainableParams: 367626240,
    weightsBytes: 1470504960,
    staticBytes: 4411877376,
    peakBytes: 13528853504,
    stepS: 0.12740446400000138,
    tokensPerS: 128598.31975746017,
    mfu6N: 0.26124695867102327,
    hfu: 0.45304216580617346,
    avgPowerW: 622.8630952380952,
    joulesPerToken: 0.005270492553710937,
  },
  {
    id: 'h200-350m-lora',
    name: '350M',
    layers: 24,
    hidden: 1024,
    heads: 16,
    vocab: 32000,
    seqLength: 2048,
    microBatch: 8,
    mode: 'lora',
    params: 367626240,
    paramsNonEmbedding: 334858240,
    trainableParams: 6291456,
    loraRank: 16,
    weightsBytes: 761466880,
    staticBytes: 812158976,
    peakBytes: 21131457536,
    stepS: 0.09286106799999772,
    tokensPerS: 176435.61885375262,
    mfu6N: 0.35842823540553137,
    hfu: 0.3107846783753161,
    avgPowerW: 580.0207333333333,
    joulesPerToken: 0.003687248229980469,
  },
  {
    id: 'h200-350m-inference',
    name: '350M',
    layers: 24,
    hidden: 1024,
    heads: 16,
    vocab: 32000,
    seqLength: 2048,
    microBatch: 8,
    mode: 'inference',
    params: 367626240,
    paramsNonEmbedding: 334858240,
    trainableParams: 367626240,
    weightsBytes: 736301056,
    staticBytes: 736563200,
    peakBytes: 1919356928,
    stepS: 0.030841443999996443,
    tokensPerS: 531233.2327890318,
    mfu6N: 0.3597327105384135,
    hfu: 0.4678736370445393,
    avgPowerW: 553.4456,
    joulesPerToken: 0.0016522064208984374,
  },
  {
    id: 'h200-1.3b-mixed-adamw',
    name: '1.3B',
    layers: 24,
    hidden: 2048,
    heads: 16,
    vocab: 32000,
    seqLength: 2048,
    microBatch: 4,
    mode: 'mixed_adamw',
    params: 1339232256,
    paramsNonEmbedding: 1273696256,
    trainableParams: 1339232256,
    weightsBytes: 5356929024,
    staticBytes: 16071018496,
    peakBytes: 36900023296,
    stepS: 0.14850407100000496,
    tokensPerS: 55163.47090578902,
    mfu6N: 0.4262578747866637,
    hfu: 0.49363425658860705,
    avgPowerW: 646.895,
    joulesPerToken: 0.012561309814453124,
  },
  {
    id: 'h200-1.3b-bf16-adamw',
    name: '1.3B',
    layers: 24,
    hidden: 2048,
    heads: 16,
    vocab: 32000,
    seqLength: 2048,
    microBatch: 4,
    mode: 'bf16_adamw',
    params: 1339232256,
    paramsNonEmbedding: 1273696256,
    trainableParams: 1339232256,
    weightsBytes: 2679513088,
    staticBytes: 8036673536,
    peakBytes: 24674520064,
    stepS: 0.13251162800000316,
    tokensPerS: 61820.98977758997,
    mfu6N: 0.47770169800969037,
    hfu: 0.5532095393807056,
    avgPowerW: 657.197,
    joulesPerToken: 0.011501907348632812,
  },
  {
    id: 'h200-1.3b-mixed-adamw-ckpt',
    name: '1.3B',
    layers: 24,
    hidden: 2048,
    heads: 16,
    vocab: 32000,
    seqLength: 2048,
    microBatch: 4,
    mode: 'mixed_adamw_ckpt',
    params: 1339232256,
    paramsNonEmbedding: 1273696256,
    trainableParams: 1339232256,
    weightsBytes: 5356929024,
    staticBytes: 16071018496,
    peakBytes: 22462468096,
    stepS: 0.18618511200000398,
    tokensPerS: 43999.22159189519,
    mfu6N: 0.3399897501021917,
    hfu: 0.5249735663681322,
    avgPowerW: 673.2906,
    // eslint-disable-next-line no-loss-of-precision -- false positive: the literal round-trips exactly (tests/accuracy/published-runs.test.ts compares with the JSONL)
    joulesPerToken: 0.015634536743164062,
  },
  {
    id: 'h200-1.3b-lora',
    name: '1.3B',
    layers: 24,
    hidden: 2048,
    heads: 16,
    vocab: 32000,
    seqLength: 2048,
    microBatch: 4,
    mode: 'lora',
    params: 1339232256,
    paramsNonEmbedding: 1273696256,
    trainableParams: 12582912,
    loraRank: 16,
    weightsBytes: 2729844736,
    staticBytes: 2830737408,
    peakBytes: 19451675648,
    stepS: 0.11325641800000597,
    tokensPerS: 72331.4417378057,
    mfu6N: 0.5589178151619327,
    hfu: 0.4315087126068523,
    avgPowerW: 638.247947368421,
    joulesPerToken: 0.00944384765625,
  },
  {
    id: 'h200-1.3b-inference',
    name: '1.3B',
    layers: 24,
    hidden: 2048,
    heads: 16,
    vocab: 32000,
    seqLength: 2048,
    microBatch: 4,
    mode: 'inference',
    params: 1339232256,
    paramsNonEmbedding: 1273696256,
    trainableParams: 1339232256,
    weightsBytes: 2679513088,
    staticBytes: 2679644160,
    peakBytes: 3338149888,
    stepS: 0.043352461000004894,
    tokensPerS: 188962.7442372666,
    mfu6N: 0.4867161574489222,
    hfu: 0.5636488678882681,
    avgPowerW: 270.53985714285716,
    joulesPerToken: 0.00449859619140625,
  },
];

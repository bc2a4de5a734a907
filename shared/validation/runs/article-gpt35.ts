// The source article's GPT-3.5 worked example (its stated method, reproduced exactly).
import type { SourcedRecord } from '../types';

export interface ArticleGpt35 extends SourcedRecord {
  parameters: number;
  bytesPerParameter: number;
  memoryGb: number;
  usableGbPerGpu: number;
  gpusByMemory: number;
  gpus: number;
  pfsDays: number;
  v100DaysPerPfsDay: number;
  gpuDays: number;
  durationDays: number;
  powerWPerGpu: number;
  powerKW: number;
  energyKWh: number;
  pricePerGpuHourEur: number;
  hourlyCostEur: number;
  /** €556.47 × 24 × 180.5: the article's "~€2.41 million" (its "€2,403,738.88" is an arithmetic slip). */
  totalCostEur: number;
  gpu: string;
  priceId: string;
}

export const articleGpt35: ArticleGpt35 = {
  parameters: 175e9,
  bytesPerParameter: 24,
  memoryGb: 4_200,
  usableGbPerGpu: 30,
  gpusByMemory: 140,
  gpus: 164,
  pfsDays: 3_700,
  v100DaysPerPfsDay: 8,
  gpuDays: 29_600,
  durationDays: 180.5,
  powerWPerGpu: 500,
  powerKW: 82,
  energyKWh: 355_224,
  pricePerGpuHourEur: 3.3926,
  hourlyCostEur: 556.47,
  totalCostEur: 556.47 * 24 * 180.5,
  gpu: 'v100-32gb',
  priceId: 'azure-nc-v100-westeurope',
  source: 'Source article, "GPT-3.5 Full Model" calculation',
  assumptions: [
    '24 bytes of training memory per parameter; 30 GB usable per V100 32GB',
    '140 GPUs by memory "adjusted for practical efficiency" to 164',
    '3,700 PF/s-days; 1 PF/s-day = 8 V100-days',
    '500 W per GPU including server overhead; no PUE',
    'Azure NC-series V100, West Europe, €3.3926 per GPU-hour',
    'the stated total €2,403,738.88 does not equal €556.47 × 24 × 180.5 = €2,410,628; the table\'s "~€2.41 million" does',
  ],
};

// Cloud prices per GPU-hour, dated: prices move, so the date is shown wherever a price is used.
import type { Price } from './types';

export const prices: Price[] = [
  {
    id: 'azure-nc-v100-westeurope', gpu: 'v100-32gb', provider: 'Azure', region: 'West Europe', pricingModel: 'on-demand',
    pricePerGpuHour: 3.3926, currency: 'EUR',
    source: 'Source article (Azure NC-series V100 lease, West Europe)', date: '2024-01',
  },
  {
    id: 'aws-p4d-a100-capacity-block', gpu: 'a100-40gb', provider: 'AWS', region: 'us-east-1', pricingModel: 'capacity-block',
    pricePerGpuHour: 14.75 / 8, currency: 'USD',
    source: 'AWS EC2 Capacity Blocks price list: p4d.24xlarge 8×A100 $14.75/h', date: '2025-01-01',
  },
  {
    id: 'aws-p5-h100-capacity-block', gpu: 'h100-sxm', provider: 'AWS', region: 'us-east-1', pricingModel: 'capacity-block',
    pricePerGpuHour: 39.33 / 8, currency: 'USD',
    source: 'AWS EC2 Capacity Blocks price list: p5.48xlarge 8×H100 $39.33/h', date: '2025-01-01',
  },
  {
    id: 'aws-p5e-h200-capacity-block', gpu: 'h200', provider: 'AWS', region: 'us-east-1', pricingModel: 'capacity-block',
    pricePerGpuHour: 43.26 / 8, currency: 'USD',
    source: 'AWS EC2 Capacity Blocks price list: p5e 8×H200 $43.26/h', date: '2025-01-01',
  },
  // AWS on-demand list prices (us-east-1, Linux), whole instance ÷ GPUs; they include the host's
  // CPUs, memory and storage. AWS cut P4/P5 on-demand prices by up to 45 % in June 2025: check before use.
  {
    id: 'aws-p3dn-v100-on-demand', gpu: 'v100-32gb', provider: 'AWS', region: 'us-east-1', pricingModel: 'on-demand',
    pricePerGpuHour: 31.212 / 8, currency: 'USD',
    source: 'AWS EC2 on-demand pricing: p3dn.24xlarge 8×V100 32GB $31.212/h', date: '2024-12',
  },
  {
    id: 'aws-p4d-a100-on-demand', gpu: 'a100-40gb', provider: 'AWS', region: 'us-east-1', pricingModel: 'on-demand',
    pricePerGpuHour: 32.7726 / 8, currency: 'USD',
    source: 'AWS EC2 on-demand pricing: p4d.24xlarge 8×A100 40GB $32.7726/h (before the June 2025 reduction)', date: '2024-12',
  },
  {
    id: 'aws-p4de-a100-80gb-on-demand', gpu: 'a100-80gb', provider: 'AWS', region: 'us-east-1', pricingModel: 'on-demand',
    pricePerGpuHour: 40.9657 / 8, currency: 'USD',
    source: 'AWS EC2 on-demand pricing: p4de.24xlarge 8×A100 80GB $40.9657/h (before the June 2025 reduction; entered from the published list, verify before quoting)', date: '2024-12',
  },
  {
    id: 'aws-p5-h100-on-demand', gpu: 'h100-sxm', provider: 'AWS', region: 'us-east-1', pricingModel: 'on-demand',
    pricePerGpuHour: 98.32 / 8, currency: 'USD',
    source: 'AWS EC2 on-demand pricing: p5.48xlarge 8×H100 $98.32/h (before the June 2025 reduction)', date: '2024-12',
  },
  {
    id: 'aws-g4dn-t4-on-demand', gpu: 't4', provider: 'AWS', region: 'us-east-1', pricingModel: 'on-demand',
    pricePerGpuHour: 0.526, currency: 'USD',
    source: 'AWS EC2 on-demand pricing: g4dn.xlarge 1×T4 $0.526/h (4 vCPU)', date: '2024-12',
  },
  {
    id: 'aws-g6-l4-on-demand', gpu: 'l4', provider: 'AWS', region: 'us-east-1', pricingModel: 'on-demand',
    pricePerGpuHour: 0.8048, currency: 'USD',
    source: 'AWS EC2 on-demand pricing: g6.xlarge 1×L4 $0.8048/h (4 vCPU)', date: '2024-12',
  },
];

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
];

// Power usage effectiveness: facility energy ÷ IT energy.
import type { PueDefault } from './types';

export const pueDefaults: PueDefault[] = [
  {
    id: 'hyperscale',
    label: 'Hyperscale cloud data centre',
    pue: 1.1,
    source: 'Google data centre fleet-wide trailing-twelve-month PUE 1.10 (2023 environmental report)',
    date: '2023-07',
  },
  {
    id: 'industry-average',
    label: 'Industry average data centre',
    pue: 1.58,
    source: 'Uptime Institute Global Data Center Survey 2023 (average annual PUE 1.58)',
    date: '2023-07',
  },
  {
    id: 'on-prem-server-room',
    label: 'On-premises server room',
    pue: 2.0,
    source: 'Assumption: small server rooms without hot/cold aisle containment commonly run PUE 1.8–2.5',
    date: '2024-01',
  },
];

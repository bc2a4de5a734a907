// Cloud-based AI services: rent the same GPUs in a hyperscale data centre instead
// of running them on premises. PUE and pricing change; the run itself does not.
import { z } from 'zod';
import { pueDefaults } from '../../catalog/pue';
import { errors } from '../errors';
import { allOf, refuse } from './guards';
import { withHistory } from './history';
import { blankAsUnset } from './option-schemas';
import type { Technique } from './types';

const HYPERSCALE = pueDefaults.find((p) => p.id === 'hyperscale') ?? {
  pue: 1.1,
  source: 'assumed hyperscale PUE',
  date: '',
};

const options = z.object({
  /** A catalog price entry for the scenario's GPU; unset = the cheapest. */
  priceId: blankAsUnset(z.string({ error: 'priceId must be a catalog price id' })),
});

export const cloudMigration: Technique<typeof options> = {
  id: 'cloud',
  label: 'Cloud-based AI services',
  description:
    'Rent the same GPUs from a hyperscale cloud instead of owning them: a more efficient data centre, a rental price instead of purchase and operations.',
  source: 'Source article, "Cloud-Based AI Services"; catalog prices and PUE defaults',
  options,
  fields: (catalog) => [
    {
      id: 'priceId',
      label: 'Cloud price',
      kind: 'select',
      default: '',
      optional: true,
      choices: [
        { value: '', label: 'cheapest for the GPU' },
        ...catalog.prices.map((p) => ({
          value: p.id,
          label: `${p.provider} ${p.region} ${p.pricingModel} (${p.gpu})`,
        })),
      ],
    },
  ],
  applicable: (s, catalog) =>
    allOf(
      () =>
        s.pricing.mode === 'on-prem'
          ? { ok: true }
          : refuse(
              `"${s.name}" is already costed at cloud prices; use Green computing to compare data centres or regions.`,
            ),
      () =>
        catalog.prices.some((p) => p.gpu === s.hardware.gpu)
          ? { ok: true }
          : refuse(
              `the catalog has no cloud price for ${s.hardware.gpu}; add one in the catalog or choose another GPU.`,
            ),
    ),
  apply: (s, o, catalog) => {
    const price =
      o.priceId === undefined ? undefined : catalog.prices.find((p) => p.id === o.priceId && p.gpu === s.hardware.gpu);
    if (o.priceId !== undefined && !price) {
      const ids = catalog.prices.filter((p) => p.gpu === s.hardware.gpu).map((p) => p.id);
      throw errors.invalid(
        'options.priceId',
        `"${o.priceId}" is not a catalog price for ${s.hardware.gpu}; prices for it: ${ids.join(', ')}`,
      );
    }
    const pue = Math.min(s.energy.pue, HYPERSCALE.pue);
    const summary = `On-premises → cloud (${price ? `${price.provider} ${price.region}, ${price.pricingModel}` : 'cheapest catalog price'}); PUE ${s.energy.pue} → ${pue}.`;
    const scenario = withHistory(
      {
        ...s,
        energy: { ...s.energy, pue },
        pricing: { ...s.pricing, mode: 'cloud', priceId: price?.id, pricePerGpuHour: undefined },
      },
      { id: 'cloud', label: 'Cloud-based AI services', detail: summary },
    );
    const assumptions = [
      `Hyperscale PUE ${HYPERSCALE.pue}: ${HYPERSCALE.source} (${HYPERSCALE.date}).`,
      'The cloud price includes electricity, cooling and operations; the owned-hardware cost (amortised purchase, operations, electricity) is what it replaces.',
      'Same GPUs, same run: time and GPU-hours do not change. The grid region is unchanged (set it with Green computing).',
    ];
    return { scenario, summary, assumptions, extraRuns: [], details: [] };
  },
};

// Green computing: a more efficient data centre (lower PUE), a cleaner grid region,
// or a share of renewable electricity. Time and GPU-hours stay; energy and CO2 move.
import { z } from 'zod';
import type { Catalog } from '../../catalog/types';
import { pueDefaults } from '../../catalog/pue';
import { errors } from '../errors';
import { OK } from './guards';
import { withHistory } from './history';
import { blankAsUnset, shareOption } from './option-schemas';
import type { Technique } from './types';
import { findRegion } from '../../catalog';

// The catalog's hyperscale figure; the fallback only guards against an edited catalog.
const HYPERSCALE = pueDefaults.find((p) => p.id === 'hyperscale') ?? {
  pue: 1.1,
  source: 'assumed hyperscale PUE',
  date: '',
};

const options = z.object({
  pue: z
    .number({ error: 'pue must be a number between 1 and 5' })
    .finite('pue must be a finite number')
    .min(1, 'pue must be at least 1')
    .max(5, 'pue above 5 is not plausible')
    .default(HYPERSCALE.pue),
  /** Catalog region id; unset keeps the current grid. */
  region: blankAsUnset(
    z.string({ error: 'region must be a catalog region id' }).min(1, 'region must be a catalog region id'),
  ),
  renewableShare: blankAsUnset(shareOption('renewableShare', 0, 1)),
});

const regionOf = (catalog: Catalog, id: string) => {
  const region = findRegion(catalog, id);
  if (!region)
    throw errors.unknownRegion(
      id,
      catalog.regions.map((r) => r.id),
    );
  return region;
};

const currentIntensity = (s: { energy: { carbonIntensityKgPerKWh?: number; region?: string } }, catalog: Catalog) =>
  s.energy.carbonIntensityKgPerKWh ?? regionOf(catalog, s.energy.region ?? 'world').carbonIntensityKgPerKWh;

export const greenComputing: Technique<typeof options> = {
  id: 'green-computing',
  label: 'Green computing',
  description:
    'Run in a more efficient data centre (lower PUE), on a cleaner grid, or with a share of renewable electricity.',
  source: 'Source article, "Green Computing in AI" and "Cloud-Based AI Services"; catalog regions and PUE defaults',
  options,
  fields: (catalog) => [
    { id: 'pue', label: 'PUE', kind: 'number', default: HYPERSCALE.pue },
    {
      id: 'region',
      label: 'Region',
      kind: 'select',
      default: '',
      optional: true,
      choices: [
        { value: '', label: 'unchanged' },
        ...[...catalog.regions]
          .sort((a, b) => a.carbonIntensityKgPerKWh - b.carbonIntensityKgPerKWh)
          .map((r) => ({ value: r.id, label: `${r.name} (${Math.round(r.carbonIntensityKgPerKWh * 1000)} g/kWh)` })),
      ],
    },
    { id: 'renewableShare', label: 'Renewable share', kind: 'number', default: '', optional: true },
  ],
  applicable: () => OK,
  apply: (s, o, catalog) => {
    // Never make the data centre worse by default: keep the current PUE when it is already lower.
    const pue = Math.min(s.energy.pue, o.pue);
    const region = o.region === undefined ? undefined : regionOf(catalog, o.region);
    const intensityBefore = currentIntensity(s, catalog);
    const energy = {
      ...s.energy,
      pue,
      ...(region ? { region: region.id, carbonIntensityKgPerKWh: undefined } : {}),
      ...(o.renewableShare === undefined ? {} : { renewableShare: o.renewableShare }),
    };
    const changes = [
      pue !== s.energy.pue ? `PUE ${s.energy.pue} → ${pue}` : '',
      region
        ? `grid ${intensityBefore.toFixed(3)} → ${region.carbonIntensityKgPerKWh.toFixed(3)} kg CO2e/kWh (${region.name})`
        : '',
      o.renewableShare !== undefined && o.renewableShare !== s.energy.renewableShare
        ? `renewable share ${s.energy.renewableShare} → ${o.renewableShare}`
        : '',
    ].filter(Boolean);
    const summary =
      changes.length > 0
        ? `${changes.join('; ')}.`
        : `No change: PUE already ${s.energy.pue} or lower, region and renewable share unchanged.`;
    const scenario = withHistory(
      { ...s, energy },
      { id: 'green-computing', label: 'Green computing', detail: summary },
    );
    const assumptions = [
      `PUE ${HYPERSCALE.pue} by default: ${HYPERSCALE.source} (${HYPERSCALE.date}).${o.pue > s.energy.pue ? ` The scenario's PUE ${s.energy.pue} is already lower and is kept.` : ''}`,
      ...(region
        ? [
            `Location-based intensity of ${region.name}: ${region.source} (${region.year}).`,
            "Cloud prices are not tied to a region in the catalog: cost is unchanged by the move; check the provider's price there.",
            ...(s.energy.carbonIntensityKgPerKWh !== undefined
              ? [
                  `The scenario's own intensity (${s.energy.carbonIntensityKgPerKWh} kg CO2e/kWh) is replaced by the region's.`,
                ]
              : []),
          ]
        : []),
      ...(o.renewableShare !== undefined
        ? [
            'Renewable share: emissions count only the non-renewable share of the energy (market-based view of a renewable supply contract).',
          ]
        : []),
      ...(s.method === 'article'
        ? ["The article's method fixes PUE at 1: only the region and renewable share change its figures."]
        : []),
      'On-premises electricity cost scales with energy; embodied emissions do not change.',
    ];
    return { scenario, summary, assumptions, extraRuns: [], details: [] };
  },
};

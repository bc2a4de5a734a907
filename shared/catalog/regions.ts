// Location-based grid carbon intensity (kg CO2e per kWh of electricity consumed).
// Country figures are Ember's lifecycle intensities of generation for 2023 (Ember yearly
// electricity data, as republished by Our World in Data / Statista in 2024); where a figure
// is remembered rather than read from the table it says "approximate". US grid subregions
// are EPA eGRID2022 total output emission rates, all approximate (converted from lb/MWh).
import type { Region } from './types';

const ember2023 = 'Ember yearly electricity data, 2023 lifecycle intensity of generation';
const ember = (id: string, name: string, kgPerKWh: number, note = '') => ({
  id,
  name,
  carbonIntensityKgPerKWh: kgPerKWh,
  year: 2023,
  source: `${ember2023}${note}`,
  date: '2024-07',
});
const egrid = (id: string, name: string, kgPerKWh: number, subregion: string) => ({
  id,
  name,
  carbonIntensityKgPerKWh: kgPerKWh,
  year: 2022,
  source: `EPA eGRID2022, subregion ${subregion} total output CO2e rate (approximate, converted from lb/MWh)`,
  date: '2024-01',
});

export const regions: Region[] = [
  ember('world', 'World average', 0.481, ' (Ember Global Electricity Review 2024: 481 gCO2/kWh)'),
  ember('us', 'United States (average)', 0.369, ' (approximate)'),
  egrid('us-virginia', 'US Virginia / Carolinas (SRVC; AWS us-east-1, Azure East US)', 0.28, 'SRVC'),
  egrid('us-oregon', 'US Pacific Northwest (NWPP; AWS us-west-2, GCP us-west1)', 0.29, 'NWPP'),
  egrid('us-california', 'US California (CAMX)', 0.23, 'CAMX'),
  egrid('us-texas', 'US Texas (ERCT)', 0.37, 'ERCT'),
  ember('eu', 'European Union (average)', 0.244, ' (approximate; Ember European Electricity Review 2024)'),
  ember('france', 'France', 0.056),
  ember('sweden', 'Sweden', 0.041, ' (40.7 gCO2/kWh)'),
  ember('norway', 'Norway', 0.03),
  ember('finland', 'Finland', 0.079),
  ember('germany', 'Germany', 0.381),
  ember('poland', 'Poland', 0.662),
  ember('netherlands', 'Netherlands', 0.268, ' (approximate)'),
  ember('ireland', 'Ireland', 0.291),
  ember('belgium', 'Belgium', 0.138),
  ember('uk', 'United Kingdom', 0.238, ' (approximate)'),
  ember('india', 'India', 0.713),
  ember('china', 'China', 0.582),
  ember('japan', 'Japan', 0.485, ' (approximate)'),
  ember('australia', 'Australia', 0.549),
  ember('canada', 'Canada (average)', 0.17),
  ember('brazil', 'Brazil', 0.098),
  {
    id: 'singapore',
    name: 'Singapore',
    carbonIntensityKgPerKWh: 0.417,
    year: 2022,
    source:
      'Energy Market Authority of Singapore, grid emission factor 2022 (0.4168 kg CO2/kWh; approximate, combustion only)',
    date: '2023-10',
  },
  {
    id: 'canada-quebec',
    name: 'Canada – Quebec (hydro)',
    carbonIntensityKgPerKWh: 0.002,
    year: 2022,
    source:
      'Canada National Inventory Report 2024, Quebec electricity generation intensity ≈ 1.7 g CO2e/kWh (approximate; combustion only, hydro lifecycle emissions not included)',
    date: '2024-04',
  },
];

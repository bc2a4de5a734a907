// Location-based grid carbon intensity (kg CO2e per kWh of electricity consumed).
import type { Region } from './types';

export const regions: Region[] = [
  { id: 'world', name: 'World average', carbonIntensityKgPerKWh: 0.481, year: 2023, source: 'Ember, Global Electricity Review 2024 (2023 world average, 481 gCO2/kWh)', date: '2024-05' },
  { id: 'us', name: 'United States (average)', carbonIntensityKgPerKWh: 0.369, year: 2023, source: 'Ember, yearly electricity data (2023)', date: '2024-05' },
  { id: 'eu', name: 'European Union (average)', carbonIntensityKgPerKWh: 0.244, year: 2023, source: 'Ember, European Electricity Review 2024 (2023)', date: '2024-02' },
  { id: 'france', name: 'France', carbonIntensityKgPerKWh: 0.056, year: 2023, source: 'Ember, yearly electricity data (2023)', date: '2024-05' },
  { id: 'sweden', name: 'Sweden', carbonIntensityKgPerKWh: 0.041, year: 2023, source: 'Ember, yearly electricity data (2023)', date: '2024-05' },
  { id: 'germany', name: 'Germany', carbonIntensityKgPerKWh: 0.381, year: 2023, source: 'Ember, yearly electricity data (2023)', date: '2024-05' },
  { id: 'poland', name: 'Poland', carbonIntensityKgPerKWh: 0.662, year: 2023, source: 'Ember, yearly electricity data (2023)', date: '2024-05' },
];

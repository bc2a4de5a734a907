// Chart colours per theme; one palette for every chart so a component keeps its colour everywhere.
export interface Palette {
  text: string;
  grid: string;
  series: string[];
  capacity: string;
  danger: string;
}

export const palettes: Record<'light' | 'dark', Palette> = {
  light: {
    text: '#334155',
    grid: '#e2e8f0',
    series: ['#2563eb', '#0d9488', '#d97706', '#7c3aed', '#db2777', '#64748b', '#16a34a'],
    capacity: '#0f172a',
    danger: '#dc2626',
  },
  dark: {
    text: '#cbd5e1',
    grid: '#334155',
    series: ['#60a5fa', '#2dd4bf', '#fbbf24', '#a78bfa', '#f472b6', '#94a3b8', '#4ade80'],
    capacity: '#f8fafc',
    danger: '#f87171',
  },
};

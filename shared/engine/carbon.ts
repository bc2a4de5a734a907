// Operational (location-based, less a renewable share) and embodied emissions.

export const operationalCo2eKg = (kWh: number, intensityKgPerKWh: number, renewableShare: number): number =>
  kWh * intensityKgPerKWh * (1 - renewableShare);

/** Manufacturing emissions amortised over the GPU's productive hours. */
export const embodiedCo2eKg = (
  gpuHours: number,
  embodiedKgPerGpu: number,
  lifetimeYears: number,
  utilization: number,
): number => (gpuHours * embodiedKgPerGpu) / (lifetimeYears * 8760 * utilization);

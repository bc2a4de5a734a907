// Facility energy: (GPU + server share) per GPU × GPUs × PUE × hours.

/**
 * Default GPU draw as a share of TDP during training: this project's H200 runs
 * averaged 578–673 W (mean 625 W) under a 700 W limit across eight training
 * configurations → 0.89.
 */
export const DEFAULT_TRAINING_LOAD_FACTOR = 0.89;
export const LOAD_FACTOR_SOURCE =
  "This project's measurements on one NVIDIA H200 (2026): mean 625 W of a 700 W limit over eight training runs";

export const gpuPowerW = (tdpW: number, loadFactor: number): number => tdpW * loadFactor;

export const facilityPowerKW = (gpus: number, gpuW: number, serverOverheadWPerGpu: number, pue: number): number =>
  (gpus * (gpuW + serverOverheadWPerGpu) * pue) / 1000;

export const energyKWh = (powerKW: number, hours: number): number => powerKW * hours;

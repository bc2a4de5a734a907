// The point estimate taken apart into the figures the fast model scales: what
// each output is made of, so a draw of the uncertain inputs changes only the
// parts it acts on. Read from `estimateScenario`'s result, never recomputed.

export interface UncertaintyBaseline {
  gpuHours: number;
  wallClockHours: number;
  mfu: number;
  /** Share of GPU time lost to failures and restarts in the point estimate. */
  restartOverhead: number;
  /**
   * Which inputs GPU-hours respond to. Standard training and fine-tuning: all three.
   * The source article's method: tokens only (it assumes 100% of peak and no failures).
   * Serving: none (the hours are the serving period; the replica count is held as planned).
   */
  timeResponds: { mfu: boolean; tokens: boolean; restart: boolean };
  /** Whether the method applies a PUE (the article's method does not). */
  pueResponds: boolean;
  energyKWh: number;
  /** Share of IT power drawn by the GPUs themselves (the rest: CPUs, memory, network per GPU). */
  gpuPowerShare: number;
  pue: number;
  co2eKg: number;
  /** Operational (grid) emissions and embodied (manufacturing) emissions, kg CO2e. */
  operationalCo2eKg: number;
  embodiedCo2eKg: number;
  /** Total cost and its parts, in the scenario currency. */
  cost: number;
  computeCost: number;
  electricityCost: number;
  operationsCost: number;
  /** Whether the compute price was converted from another currency (then the exchange rate matters). */
  priceConverted: boolean;
  /** Whether the electricity price was converted from another currency (the US$ default is). */
  electricityConverted: boolean;
  /** Whether the operations cost per GPU-hour was converted from another currency (the US$ default is). */
  operationsConverted: boolean;
}

// Default ranges, each with the evidence it rests on. Multipliers act on the value
// the engine used for the scenario (see `rangeUnits` in the schema); they were set
// from the sources quoted here, not fitted to the published runs they are checked against.
import type { Range, UncertainInputId } from '../schema/uncertainty';
import { MAX_RESTART_SHARE } from '../schema/uncertainty';

export interface DefaultRange {
  range: Range;
  basis: string;
}

const fixedDefaults: Record<Exclude<UncertainInputId, 'restartOverhead'>, DefaultRange> = {
  mfu: {
    range: { low: 0.7, likely: 1, high: 1.2, distribution: 'lognormal' },
    basis:
      'Published large-run MFU as a multiple of the catalog default for the generation (0.30 Volta, 0.40 Ampere/Hopper, and 0.40 for TPU runs): ' +
      'GPT-3 on V100 0.21 → 0.71×, Megatron-Turing NLG 0.30 → 0.76×, Gopher 0.33 → 0.81× (PaLM paper, Table 3), Llama 2 ' +
      '0.39–0.43 → 0.98–1.08×, Llama 3 0.38–0.43 → 0.95–1.08×, OPT-175B 0.47 → 1.18×, PaLM 0.46 → 1.16×, Megatron 530B with ' +
      "selective recomputation 0.54 → 1.36×. Log-normal with P10 0.7× and P90 1.2× holds all but the last; this project's H200 " +
      'runs (0.26–0.56, small models on one GPU) fall mostly inside. Plans tend to overestimate MFU, hence the longer lower side.',
  },
  loadFactor: {
    range: { low: 0.85, likely: 1, high: 1.1, distribution: 'triangular' },
    basis:
      "GPU average power in training on this project's H200 (700 W limit): 578–673 W across the training modes measured " +
      "(average board power); 520–690 W under training load. On the engine's " +
      'default 0.89 × 700 W = 623 W, 0.85–1.1× spans 530–685 W. Long runs add checkpoint and evaluation pauses, which pull the ' +
      'average down more than up.',
  },
  pricePerGpuHour: {
    range: { low: 0.7, likely: 1, high: 1.3, distribution: 'triangular' },
    basis:
      'Catalog prices are dated list prices. Committed-use and negotiated rates commonly run 25–40% below list; list prices ' +
      'themselves move (AWS cut P4/P5 on-demand prices by up to 45% in June 2025), and scarce capacity can force a dearer ' +
      'pricing model. An assumption from public price lists, not a measured spread.',
  },
  pue: {
    range: { low: 0.92, likely: 1, high: 1.3, distribution: 'triangular' },
    basis:
      "Around the scenario PUE (default 1.2): Google's fleet-wide 1.10 (2023 environmental report) as the best case, " +
      'the Uptime Institute 2023 survey average 1.58 as the bad case. Never below 1.',
  },
  carbonIntensity: {
    range: { low: 0.8, likely: 1, high: 1.25, distribution: 'lognormal' },
    basis:
      'Annual grid averages (Ember) hide seasonal and year-to-year change: national averages moved 5–15% a year in 2022–2023 ' +
      '(Germany 0.43 → 0.38 kg/kWh), and a run of weeks sees one season. Log-normal, P10 0.8×, P90 1.25×.',
  },
  tokens: {
    range: { low: 0.95, likely: 1, high: 1.15, distribution: 'triangular' },
    basis:
      'Planned token counts are mostly fixed; runs retrain tokens after loss-spike rollbacks (PaLM restarted about 100 steps ' +
      'back skipping 200–500 batches; the OPT-175B logbook records repeated rollbacks) and extend training. An assumption.',
  },
  exchangeRate: {
    range: { low: 0.9, likely: 1, high: 1.1, distribution: 'triangular' },
    basis:
      'EUR/USD moves about 7–9% a year (annualised volatility of ECB reference rates) and fell 16% within 2022 (1.14 → 0.96). ' +
      'Applies only when a price is converted between currencies.',
  },
};

const RESTART_LIKELY_EXTRA = 0.02;
const RESTART_HIGH_EXTRA = 0.1;

/** Failures only add time, so the default range starts at the planned share and reaches 10 points above it. */
const restartDefault = (plannedShare: number): DefaultRange => ({
  range: {
    low: plannedShare,
    likely: Math.min(MAX_RESTART_SHARE, plannedShare + RESTART_LIKELY_EXTRA),
    high: Math.min(MAX_RESTART_SHARE, plannedShare + RESTART_HIGH_EXTRA),
    distribution: 'triangular',
  },
  basis:
    'Llama 3 (Dubey et al. 2024, §3.3.4): 466 job interruptions (419 unexpected) in 54 days on up to 16K H100, still above 90% ' +
    'effective training time, so up to ≈ 10% lost; OPT-175B (Zhang et al. 2022 and its logbook): at least 35 manual restarts and ' +
    'over 100 hosts cycled in about two months. Share of GPU time: planned share + 0 to 10 points, most likely + 2.',
});

export const defaultRanges = (plannedRestartShare: number): Record<UncertainInputId, DefaultRange> => ({
  ...fixedDefaults,
  restartOverhead: restartDefault(plannedRestartShare),
});

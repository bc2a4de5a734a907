// Runs a search: visits every candidate (or a seeded sample when the space is
// larger than spec.maxCandidates), keeps the streaming Pareto frontier, the top-k,
// the best-loss plan and a fixed-size scatter sample, and counts rejections.
// Work is done in chunks so a caller can report progress and cancel in between.
import type { Catalog } from '../catalog/types';
import { describeCandidate, type CandidateResult } from './candidate';
import { compileSearch, type CompiledSearch } from './compile';
import { CandidateEvaluator } from './evaluator';
import { ParetoFrontier } from './frontier';
import { Metric, METRIC_COUNT, objectiveSlot, Status, STATUS_COUNT, statusLabels } from './metrics';
import { SeededPermutation } from './permutation';
import { chinchillaCheck, type ChinchillaCheck } from './chinchilla-check';
import { defaultRankBy, searchSpecSchema, type ObjectiveId, type SearchSpec, type SearchSpecInput } from './spec';
import { TopK } from './top-k';

export interface SearchProgress {
  evaluated: number;
  planned: number;
  feasible: number;
  frontierSize: number;
}

export interface SearchResult {
  /** Candidates in the space, and how many were evaluated (fewer when sampled or cancelled). */
  spaceSize: number;
  planned: number;
  evaluated: number;
  sampled: boolean;
  cancelled: boolean;
  feasible: number;
  /** Candidates rejected, by reason. */
  rejected: Record<string, number>;
  frontierObjectives: ObjectiveId[];
  frontier: CandidateResult[];
  rankBy: ObjectiveId;
  top: CandidateResult[];
  /** A deterministic sample of feasible candidates for a scatter chart. */
  scatter: CandidateResult[];
  chinchilla: ChinchillaCheck | null;
  /** GPUs left out (no price …). */
  notes: string[];
}

export interface SearchOptions {
  scatterSize?: number;
}

export class SearchRun {
  readonly compiled: CompiledSearch;
  readonly planned: number;
  private readonly permutation: SeededPermutation | null;
  private readonly evaluator: CandidateEvaluator;
  private readonly metrics = new Float64Array(METRIC_COUNT);
  private readonly point: Float64Array;
  private readonly slots: Int32Array;
  private readonly frontier: ParetoFrontier;
  private readonly top: TopK;
  private readonly bestLoss = new TopK(1);
  private readonly rankSlot: number;
  private readonly rankBy: ObjectiveId;
  private readonly rejected = new Float64Array(STATUS_COUNT);
  private readonly scatterIds: Float64Array;
  private scatterCount = 0;
  private scatterStride = 1;
  private next = 0;
  private feasible = 0;

  constructor(spec: SearchSpec, catalog: Catalog, options: SearchOptions = {}) {
    this.compiled = compileSearch(spec, catalog);
    const total = this.compiled.total;
    this.planned = Math.min(total, spec.maxCandidates);
    this.permutation = this.planned < total ? new SeededPermutation(total, spec.seed) : null;
    this.evaluator = new CandidateEvaluator(this.compiled);
    this.slots = Int32Array.from(spec.frontier, (o) => objectiveSlot[o]);
    this.point = new Float64Array(this.slots.length);
    this.frontier = new ParetoFrontier(this.slots.length);
    this.top = new TopK(spec.topK);
    this.rankBy = spec.rankBy ?? defaultRankBy(spec.goal);
    this.rankSlot = objectiveSlot[this.rankBy];
    this.scatterIds = new Float64Array(2 * Math.max(1, Math.ceil((options.scatterSize ?? 400) / 2)));
  }

  get done(): boolean {
    return this.next >= this.planned;
  }

  progress(): SearchProgress {
    return { evaluated: this.next, planned: this.planned, feasible: this.feasible, frontierSize: this.frontier.size };
  }

  /** Evaluates up to `count` more candidates; the hot loop allocates nothing. */
  step(count: number): void {
    const end = Math.min(this.planned, this.next + count);
    const m = this.metrics;
    const point = this.point;
    const slots = this.slots;
    const scatter = this.scatterIds;
    const ev = this.evaluator;
    const permutation = this.permutation;
    if (!permutation && this.next < end) ev.decode(this.next);
    for (let i = this.next; i < end; i++) {
      let status: number;
      let id = i;
      if (permutation) {
        id = permutation.at(i);
        status = ev.evaluate(id, m);
      } else {
        status = ev.evaluateDigits(m);
        ev.advance();
      }
      if (status !== Status.ok) {
        this.rejected[status]!++;
        continue;
      }
      this.feasible++;
      // Float32 rounding (≈ 7 digits) so plans equal up to floating-point noise tie, and the earlier one wins.
      for (let j = 0; j < slots.length; j++) point[j] = Math.fround(m[slots[j]!]!);
      this.frontier.offer(point, id);
      // Equal losses (same size and tokens on other hardware) rank by cost.
      this.top.offer(m[this.rankSlot]!, id, this.rankBy === 'cost' ? 0 : m[Metric.cost]!);
      this.bestLoss.offer(m[Metric.loss]!, id);
      // Systematic scatter sample: keep every k-th feasible plan, thinning by half when full.
      if ((this.feasible - 1) % this.scatterStride === 0) {
        if (this.scatterCount === scatter.length) this.thinScatter();
        if ((this.feasible - 1) % this.scatterStride === 0) scatter[this.scatterCount++] = id;
      }
    }
    this.next = end;
  }

  /** Keeps every other sampled plan and doubles the stride: the sample stays evenly spread. */
  private thinScatter(): void {
    const s = this.scatterIds;
    for (let i = 0; i < s.length / 2; i++) s[i] = s[2 * i]!;
    this.scatterCount = s.length / 2;
    this.scatterStride *= 2;
  }

  result(cancelled = false): SearchResult {
    const c = this.compiled;
    const rejected: Record<string, number> = {};
    for (let s = 1; s < STATUS_COUNT; s++) if (this.rejected[s]! > 0) rejected[statusLabels[s]!] = this.rejected[s]!;
    const describe = (id: number) => describeCandidate(c, id);
    const frontier = this.frontier.candidateIds().map(describe);
    const best = this.bestLoss.candidateIds()[0];
    return {
      spaceSize: c.total,
      planned: this.planned,
      evaluated: this.next,
      sampled: this.permutation !== null,
      cancelled,
      feasible: this.feasible,
      rejected,
      frontierObjectives: [...c.spec.frontier],
      frontier,
      rankBy: this.rankBy,
      top: this.top.candidateIds().map(describe),
      scatter: Array.from(this.scatterIds.subarray(0, this.scatterCount), describe),
      chinchilla: best === undefined ? null : chinchillaCheck(describe(best), c.fit),
      notes: [...c.hardware.excluded],
    };
  }
}

/** Parses a spec (zod errors name the path), or throws. */
export const parseSearchSpec = (input: unknown): SearchSpec => {
  const parsed = searchSpecSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new Error(`${issue.path.join('.') || 'spec'}: ${issue.message}`);
};

/** Runs a whole search synchronously (tests, CLI without progress). */
export const runSearch = (spec: SearchSpecInput, catalog: Catalog, options: SearchOptions = {}): SearchResult => {
  const run = new SearchRun(parseSearchSpec(spec), catalog, options);
  while (!run.done) run.step(1 << 16);
  return run.result();
};

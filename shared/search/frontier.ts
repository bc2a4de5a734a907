// Streaming Pareto frontier (all objectives minimised). Memory holds only the
// non-dominated points, never the stream; offering a point allocates nothing
// except when the flat store doubles.

export class ParetoFrontier {
  private values: Float64Array;
  private ids: Float64Array;
  private count = 0;
  /** The point that last rejected an offer: dominated candidates tend to come in runs. */
  private lastDominator = -1;

  constructor(
    readonly objectives: number,
    initialCapacity = 256,
  ) {
    this.values = new Float64Array(initialCapacity * objectives);
    this.ids = new Float64Array(initialCapacity);
  }

  get size(): number {
    return this.count;
  }

  /** Whether the stored point `p` weakly dominates `v` (≤ in every objective): ties keep the earlier point. */
  private weaklyDominates(p: number, v: Float64Array): boolean {
    const m = this.objectives;
    const base = p * m;
    for (let j = 0; j < m; j++) if (this.values[base + j]! > v[j]!) return false;
    return true;
  }

  private dominatedBy(p: number, v: Float64Array): boolean {
    const m = this.objectives;
    const base = p * m;
    for (let j = 0; j < m; j++) if (v[j]! > this.values[base + j]!) return false;
    return true;
  }

  /** Offers candidate `id` with objective values `v[0..objectives)`; returns whether it joined the frontier. */
  offer(v: Float64Array, id: number): boolean {
    const last = this.lastDominator;
    if (last >= 0 && last < this.count && this.weaklyDominates(last, v)) return false;
    for (let p = 0; p < this.count; p++) {
      if (p !== last && this.weaklyDominates(p, v)) {
        this.lastDominator = p;
        return false;
      }
    }
    this.removeDominatedBy(v);
    this.append(v, id);
    return true;
  }

  private removeDominatedBy(v: Float64Array): void {
    const m = this.objectives;
    let write = 0;
    for (let p = 0; p < this.count; p++) {
      if (this.dominatedBy(p, v)) continue;
      if (write !== p) {
        this.values.copyWithin(write * m, p * m, p * m + m);
        this.ids[write] = this.ids[p]!;
      }
      write++;
    }
    this.count = write;
    this.lastDominator = -1;
  }

  private append(v: Float64Array, id: number): void {
    const m = this.objectives;
    if (this.count === this.ids.length) {
      const values = new Float64Array(this.values.length * 2);
      values.set(this.values);
      const ids = new Float64Array(this.ids.length * 2);
      ids.set(this.ids);
      this.values = values;
      this.ids = ids;
    }
    for (let j = 0; j < m; j++) this.values[this.count * m + j] = v[j]!;
    this.ids[this.count++] = id;
  }

  /** Candidate ids on the frontier, in ascending id order (enumeration order: deterministic). */
  candidateIds(): number[] {
    return Array.from(this.ids.subarray(0, this.count)).sort((a, b) => a - b);
  }
}

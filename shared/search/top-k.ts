// The k best candidates by one key (smaller is better; ties go to the smaller
// tie-break key, then the earlier candidate), kept in a bounded max-heap so memory stays k entries.

export class TopK {
  private readonly keys: Float64Array;
  private readonly ties: Float64Array;
  private readonly ids: Float64Array;
  private count = 0;

  constructor(readonly k: number) {
    this.keys = new Float64Array(k);
    this.ties = new Float64Array(k);
    this.ids = new Float64Array(k);
  }

  get size(): number {
    return this.count;
  }

  /** Whether entry a ranks worse than entry b (the heap keeps the worst at the root). */
  private worse(a: number, b: number): boolean {
    const ka = this.keys[a]!;
    const kb = this.keys[b]!;
    if (ka !== kb) return ka > kb;
    const ta = this.ties[a]!;
    const tb = this.ties[b]!;
    return ta > tb || (ta === tb && this.ids[a]! > this.ids[b]!);
  }

  private swap(a: number, b: number): void {
    const k = this.keys[a]!;
    this.keys[a] = this.keys[b]!;
    this.keys[b] = k;
    const t = this.ties[a]!;
    this.ties[a] = this.ties[b]!;
    this.ties[b] = t;
    const i = this.ids[a]!;
    this.ids[a] = this.ids[b]!;
    this.ids[b] = i;
  }

  offer(key: number, id: number, tie = 0): void {
    if (this.count < this.k) {
      this.keys[this.count] = key;
      this.ties[this.count] = tie;
      this.ids[this.count] = id;
      let c = this.count++;
      while (c > 0) {
        const parent = (c - 1) >> 1;
        if (!this.worse(c, parent)) break;
        this.swap(c, parent);
        c = parent;
      }
      return;
    }
    const rootKey = this.keys[0]!;
    const rootTie = this.ties[0]!;
    if (key > rootKey || (key === rootKey && (tie > rootTie || (tie === rootTie && id > this.ids[0]!)))) return;
    this.keys[0] = key;
    this.ties[0] = tie;
    this.ids[0] = id;
    this.siftDown(0);
  }

  private siftDown(start: number): void {
    let p = start;
    for (;;) {
      const l = 2 * p + 1;
      const r = l + 1;
      let worst = p;
      if (l < this.count && this.worse(l, worst)) worst = l;
      if (r < this.count && this.worse(r, worst)) worst = r;
      if (worst === p) return;
      this.swap(p, worst);
      p = worst;
    }
  }

  /** Ids best first. */
  candidateIds(): number[] {
    const order = Array.from({ length: this.count }, (_, i) => i);
    order.sort((a, b) => this.keys[a]! - this.keys[b]! || this.ties[a]! - this.ties[b]! || this.ids[a]! - this.ids[b]!);
    return order.map((i) => this.ids[i]!);
  }
}

// A seeded bijection of [0, n): the order a sampled search visits candidates.
// A 4-round Feistel network on the next even power of two, cycle-walking values
// ≥ n back into range (Black & Rogaway 2002), so no candidate is drawn twice and
// the same seed always gives the same sample, with no per-candidate allocation.

const mix = (x: number, key: number): number => {
  let h = Math.imul(x ^ key, 0x9e3779b1);
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca77);
  h ^= h >>> 13;
  return h >>> 0;
};

export class SeededPermutation {
  private readonly halfBits: number;
  private readonly halfSize: number;
  private readonly mask: number;
  private readonly keys: Int32Array;

  constructor(
    readonly n: number,
    seed: number,
  ) {
    const bits = Math.max(2, Math.ceil(Math.log2(Math.max(2, n))));
    this.halfBits = Math.ceil(bits / 2);
    this.halfSize = 2 ** this.halfBits;
    this.mask = this.halfSize - 1;
    this.keys = Int32Array.from({ length: 4 }, (_, i) => mix(seed + i * 0x632be5ab, 0x5bd1e995 + i));
  }

  private encrypt(x: number): number {
    let left = Math.floor(x / this.halfSize);
    let right = x - left * this.halfSize;
    for (let round = 0; round < 4; round++) {
      const next = (left ^ (mix(right, this.keys[round]!) & this.mask)) >>> 0;
      left = right;
      right = next;
    }
    return left * this.halfSize + right;
  }

  /** The i-th element of the permutation, for 0 ≤ i < n. */
  at(i: number): number {
    let x = this.encrypt(i);
    while (x >= this.n) x = this.encrypt(x);
    return x;
  }
}

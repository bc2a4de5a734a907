// Seeded pseudo-random numbers: the same seed gives the same ranges on every
// machine, so a saved plan reproduces its P10/P50/P90 exactly.
// xoshiro128** (Blackman & Vigna 2018) seeded through splitmix32: fast, 32-bit
// integer arithmetic only (Math.imul), no platform-dependent floating point.

export type Rng = () => number;

const splitmix32 = (seed: number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
};

const TWO_POW_32 = 4_294_967_296;

/** Uniform numbers strictly inside (0, 1), so inverse CDFs never see 0 or 1. */
export const createRng = (seed: number): Rng => {
  if (!Number.isInteger(seed)) throw new RangeError(`uncertainty.seed must be a whole number; found ${seed}`);
  const next = splitmix32(seed);
  let a = next();
  let b = next();
  let c = next();
  let d = next();
  return () => {
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return (result + 0.5) / TWO_POW_32;
  };
};

const rotl = (x: number, k: number) => (x << k) | (x >>> (32 - k));

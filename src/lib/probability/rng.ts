// The pseudo-random number generator: xoshiro128** (Blackman & Vigna, 2018).
//
// Why this one: 128 bits of state in four int32 fields, one output costs a handful of 32-bit
// integer operations (Math.imul, shifts, xors) that V8 keeps in registers, period 2^128 - 1, and it
// passes BigCrush. JavaScript has no fast 64-bit integers, so the 64-bit generators (xoshiro256,
// PCG64) would be slower; sfc32 is as fast but has no proven period.
//
// Seeding: every (seed, stream) pair gets its own state, the four words being lowbias32 hashes of
// distinct inputs (lowbias32 and multiplication by an odd constant are bijections on 32 bits, so
// the words are distinct and the state is never all zero). The simulator reseeds once per trial
// with stream = trial index: a trial's random numbers depend only on (seed, trial), which makes
// runs reproducible and gives common random numbers across evaluations of different funnel sizes.
// Seeds are taken modulo 2^32 after truncation.

/** Chris Wellons' lowbias32: a fast 32-bit integer hash with good avalanche (a bijection). */
export function hash32(x: number): number {
  x |= 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

const GOLDEN = 0x9e3779b9;
const TWO_POW_MINUS_32 = 1 / 4294967296;

/** A seeded xoshiro128** generator. */
export class Rng {
  // The state lives in a typed array, not in four fields: with V8's pointer compression a field
  // holds small integers only up to 2^30, so int32 state in fields would allocate a heap number
  // on most writes (and the garbage collector would take a tenth of the run).
  // The simulation kernel (kernel.ts) reads and writes this state directly.
  readonly s = new Int32Array(4);

  constructor(seed: number, stream = 0) {
    this.reseed(seed, stream);
  }

  /** Restart at the state of (seed, stream). */
  reseed(seed: number, stream = 0): void {
    const base = hash32(Math.trunc(seed) >>> 0);
    const k = Math.imul(stream >>> 0, 4);
    const s = this.s;
    s[0] = hash32(base + Math.imul(k + 1, GOLDEN));
    s[1] = hash32(base + Math.imul(k + 2, GOLDEN));
    s[2] = hash32(base + Math.imul(k + 3, GOLDEN));
    s[3] = hash32(base + Math.imul(k + 4, GOLDEN));
  }

  /** A generator at a raw xoshiro128** state (not all zero); for checking against reference vectors. */
  static fromState(s0: number, s1: number, s2: number, s3: number): Rng {
    if ((s0 | s1 | s2 | s3) === 0) throw new RangeError('xoshiro128** state must not be all zero');
    const rng = new Rng(0);
    rng.s[0] = s0;
    rng.s[1] = s1;
    rng.s[2] = s2;
    rng.s[3] = s3;
    return rng;
  }

  /** The next 32 random bits, as an unsigned integer in [0, 2^32). */
  nextUint32(): number {
    const s = this.s;
    const s0 = s[0];
    const s1 = s[1];
    const s2 = s[2] ^ s0;
    const s3 = s[3] ^ s1;
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9);
    s[0] = s0 ^ s3;
    s[1] = s1 ^ s2;
    s[2] = s2 ^ (s1 << 9);
    s[3] = rotl(s3, 11);
    return result >>> 0;
  }

  /**
   * Uniform on the open interval (0, 1): (k + 0.5) / 2^32, never 0 or 1, so log(u) is always finite.
   * (The generator step is repeated here rather than calling nextUint32, to keep the call tree
   * shallow enough for V8 to inline it into the samplers.)
   */
  uniform(): number {
    const s = this.s;
    const s0 = s[0];
    const s1 = s[1];
    const s2 = s[2] ^ s0;
    const s3 = s[3] ^ s1;
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9);
    s[0] = s0 ^ s3;
    s[1] = s1 ^ s2;
    s[2] = s2 ^ (s1 << 9);
    s[3] = rotl(s3, 11);
    return ((result >>> 0) + 0.5) * TWO_POW_MINUS_32;
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** A seeded generator; the same seed always gives the same sequence. */
export function createRng(seed: number): Rng {
  return new Rng(seed, 0);
}

/**
 * A small seeded pseudo-random generator, so that the generated indicator values are the same
 * on every run and every machine (demo screenshots, tests and documentation stay stable).
 */

/** A function returning the next number in [0, 1). */
export type Random = () => number;

/** FNV-1a hash of a string, as a 32-bit unsigned seed. */
function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Mulberry32, seeded from a string such as "S1|duelmen": the same key always yields the same
 * sequence.
 *
 * @example
 * const random = seededRandom("S1|duelmen");
 * random(); // always the same first number
 */
export function seededRandom(key: string): Random {
  let state = hashString(key);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * A factor around 1: `1 ± spread`, uniformly distributed.
 *
 * @example
 * jitter(random, 0.05); // between 0.95 and 1.05
 */
export function jitter(random: Random, spread: number): number {
  return 1 + (random() * 2 - 1) * spread;
}

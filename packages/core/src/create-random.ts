/**
 * A small seeded pseudo-random generator (mulberry32) returning numbers in [0, 1), so that bootstrap
 * intervals, synthetic populations and benchmark texts are reproducible from their seed alone. Not for
 * cryptography; a 2^32 period is ample for a few million draws.
 *
 * @example
 * const random = createRandom(42)
 * random() // the same sequence on every run and machine
 */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

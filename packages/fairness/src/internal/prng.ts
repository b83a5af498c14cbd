/**
 * A small seeded PRNG (mulberry32), so bootstrap intervals are reproducible from their seed alone.
 * Not for cryptography; fast and with a 2^32 period, ample for a few million draws.
 */
export function createPrng(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

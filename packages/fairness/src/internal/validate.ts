import { IncontroError } from '@incontro/core'

/** Throws `FAIRNESS_INVALID_INPUT` unless `value` is a positive integer. */
export function assertPositiveInteger(value: number, name: string, example: string): void {
  if (!Number.isInteger(value) || value < 1) {
    throw new IncontroError('FAIRNESS_INVALID_INPUT', `${name} must be a positive integer, e.g. ${example}.`, { [name]: value })
  }
}

/** Throws `FAIRNESS_INVALID_INPUT` unless `value` is strictly between 0 and 1. */
export function assertOpenUnit(value: number, name: string, example: string): void {
  if (!(value > 0 && value < 1)) {
    throw new IncontroError('FAIRNESS_INVALID_INPUT', `${name} must be strictly between 0 and 1, e.g. ${example}.`, { [name]: value })
  }
}

/** Throws `FAIRNESS_INVALID_INPUT` unless `value` is an unsigned 32-bit integer (a PRNG seed). */
export function assertSeed(seed: number): void {
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new IncontroError('FAIRNESS_INVALID_INPUT', 'The seed must be an integer between 0 and 2^32 - 1.', { seed })
  }
}

/** Throws `FAIRNESS_INVALID_INPUT` when a ranking lists an id twice; positions only, never ids, in the message. */
export function assertUniqueIds(ranking: readonly string[], name: string): void {
  const seen = new Set<string>()
  for (let i = 0; i < ranking.length; i += 1) {
    const id = ranking[i] as string
    if (seen.has(id)) {
      throw new IncontroError('FAIRNESS_INVALID_INPUT', `${name} lists an id twice (position ${i + 1}); a ranking lists each id once.`, {
        ranking: name,
        position: i + 1,
      })
    }
    seen.add(id)
  }
}

/** Compares strings by code unit, so group order does not depend on the locale. */
export function compareCodeUnits(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0
}

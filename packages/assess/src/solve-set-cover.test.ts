import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { harmonic, solveSetCover, type SetCoverInstance } from './solve-set-cover.js'

/** The optimum by trying every subset of sets (reference for small instances). */
function bruteForce(instance: SetCoverInstance): number {
  const coverable = new Set(instance.sets.flatMap((s) => s.covers))
  let best = Number.POSITIVE_INFINITY
  for (let mask = 0; mask < 1 << instance.sets.length; mask++) {
    let weight = 0
    const covered = new Set<number>()
    instance.sets.forEach((set, i) => {
      if ((mask & (1 << i)) === 0) return
      weight += set.weight
      for (const e of set.covers) covered.add(e)
    })
    if (covered.size === coverable.size && weight < best) best = weight
  }
  return best
}

const instanceArbitrary = fc
  .integer({ min: 1, max: 9 })
  .chain((elements) =>
    fc.record({
      elements: fc.constant(elements),
      sets: fc.array(fc.record({ weight: fc.integer({ min: 1, max: 50 }), covers: fc.uniqueArray(fc.integer({ min: 0, max: elements - 1 }), { minLength: 1, maxLength: 4 }) }), { minLength: 1, maxLength: 9 }),
    }),
  )

const covered = (instance: SetCoverInstance, chosen: readonly number[]) => new Set(chosen.flatMap((i) => instance.sets[i]?.covers ?? []))

describe('solveSetCover', () => {
  it('the exact solver finds the brute-force optimum and covers every coverable element', () => {
    fc.assert(
      fc.property(instanceArbitrary, (instance) => {
        const solution = solveSetCover(instance, { method: 'exact' })
        expect(solution.weight).toBe(bruteForce(instance))
        expect(covered(instance, solution.chosen).size).toBe(new Set(instance.sets.flatMap((s) => s.covers)).size)
        expect(solution.bound).toBe(1)
      }),
      { numRuns: 300 },
    )
  })

  it('greedy covers every coverable element within H(d) of the optimum, d being the largest set', () => {
    fc.assert(
      fc.property(instanceArbitrary, (instance) => {
        const solution = solveSetCover(instance, { method: 'greedy' })
        const d = Math.max(...instance.sets.map((s) => s.covers.length))
        expect(solution.bound).toBeCloseTo(harmonic(d))
        expect(solution.weight).toBeLessThanOrEqual(bruteForce(instance) * harmonic(d) + 1e-9)
        expect(covered(instance, solution.chosen).size).toBe(new Set(instance.sets.flatMap((s) => s.covers)).size)
      }),
      { numRuns: 300 },
    )
  })

  it('prefers two cheap sets to one dear set that covers all, and reports elements no set covers', () => {
    const solution = solveSetCover({ elements: 4, sets: [{ weight: 2, covers: [0, 1] }, { weight: 1, covers: [2] }, { weight: 5, covers: [0, 1, 2] }] })
    expect(solution).toMatchObject({ chosen: [0, 1], weight: 3, method: 'exact', uncovered: [3] })
  })

  it('breaks ties of weight by the secondary measure', () => {
    const solution = solveSetCover({ elements: 2, sets: [{ weight: 4, tie: 9, covers: [0, 1] }, { weight: 4, tie: 1, covers: [0, 1] }] })
    expect(solution.chosen).toEqual([1])
  })

  it('switches to greedy above the exact limit', () => {
    const sets = Array.from({ length: 40 }, (_, i) => ({ weight: 1 + (i % 3), covers: [i, (i + 1) % 40] }))
    expect(solveSetCover({ elements: 40, sets }).method).toBe('greedy')
  })

  it('refuses negative or non-finite weights with a typed error', () => {
    expect(() => solveSetCover({ elements: 1, sets: [{ weight: -1, covers: [0] }] })).toThrow(expect.objectContaining({ code: 'CORE_INVALID_INPUT' }))
    expect(() => solveSetCover({ elements: 1, sets: [{ weight: Number.NaN, covers: [0] }] })).toThrow(expect.objectContaining({ code: 'CORE_INVALID_INPUT' }))
  })
})

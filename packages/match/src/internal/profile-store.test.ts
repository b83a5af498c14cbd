import { describe, expect, it } from 'vitest'
import { createProfileStore } from './profile-store.js'
import { HOBBY_CREDIT, type ScoreInput } from './score-plan.js'

function input(seed: number, terms: number): ScoreInput {
  const ids = Array.from({ length: terms }, (_, i) => i * (1 + (seed % 5)) + (seed % 3) * 70_000)
  return {
    held: [seed % 17, 300 + seed, 2 ** 20 + seed],
    strength: [1, seed % 2 === 0 ? HOBBY_CREDIT : 1, 1],
    unevidenced: seed % 4 === 0 ? [300 + seed] : [],
    licences: seed % 2 === 0 ? ['B'] : [],
    languages: [{ code: 'it', rank: 7 }, ...(seed % 3 === 0 ? [{ code: 'en', rank: seed % 7 }] : [])],
    eqfLevel: seed % 5 === 0 ? undefined : 1 + (seed % 8),
    experienceMonths: seed * 3,
    occupations: seed % 3 === 0 ? [] : [5, -1, 9 + seed],
    occupationMonths: seed % 3 === 0 ? [] : [12, 0, 400],
    targets: seed % 6 === 0 ? [11] : [],
    terms: Uint32Array.from(ids),
    counts: Uint16Array.from(ids, (_, i) => (i === 0 ? 0xffff : 1 + (i % 200))),
    length: terms * 3 + seed,
  }
}

const plain = (value: ScoreInput) => ({ ...value, held: [...value.held], strength: [...value.strength], terms: [...value.terms], counts: [...value.counts] })

describe('createProfileStore', () => {
  it('gives back every record exactly, through updates, removals, slot reuse, compaction and a snapshot', () => {
    const store = createProfileStore()
    const expected = new Map<string, ScoreInput>()
    // Many rounds of rewrites make the arena mostly garbage, which forces compaction.
    for (let round = 0; round < 6; round++) {
      for (let i = 0; i < 400; i++) {
        if ((i + round) % 7 === 0) {
          store.remove(`p${i}`)
          expected.delete(`p${i}`)
          continue
        }
        const value = input(i * 31 + round, 20 + ((i + round) % 90))
        store.put(`p${i}`, value)
        expected.set(`p${i}`, value)
      }
    }
    expect(store.size).toBe(expected.size)
    const check = (s: ReturnType<typeof createProfileStore>) => {
      for (const [id, value] of expected) {
        const slot = s.slotOf(id) as number
        expect(s.idOf(slot)).toBe(id)
        expect(plain(s.copy(slot))).toEqual(plain(value))
        expect(plain(s.read(slot))).toEqual(plain(value))
        expect([...s.read(slot, false).terms]).toEqual([])
      }
    }
    check(store)
    // Freed slots are reused: the slot count never exceeds the most records held at once.
    expect(Math.max(...[...store.entries()].map(([, slot]) => slot))).toBeLessThan(400)
    check(createProfileStore(store.snapshot()))
  })

  it('refuses a credit share it cannot encode', () => {
    const store = createProfileStore()
    expect(() => store.put('x', { ...input(1, 3), strength: [0.5, 1, 1] })).toThrow(/credit share/)
  })
})

import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { isIncontroError, type Document } from '@incontro/core'
import { cvPairArbitrary } from '@incontro/fairness/testing'
import { builtinTaxonomy } from '@incontro/taxonomy'
import { createEngine, type CvInput } from './create-engine.js'

const engine = createEngine({ key: 'worker-test-key', today: '2026-11', index: 'exact', workers: 2 })
afterAll(() => engine.close())

const pairs = fc.sample(cvPairArbitrary(), { seed: 11, numRuns: 150 })
const items: CvInput[] = pairs.map((pair, i) => ({ input: i % 2 === 0 ? pair.female : new TextEncoder().encode(pair.male), sourceId: `cv-${i}` }))
// Typed failures in the middle of chunks: a Document that is not one, and an empty text.
items.splice(45, 0, { input: { text: 1 } as unknown as Document, sourceId: 'broken-document' })
items.splice(101, 0, { input: new Uint8Array([0xff, 0xfe, 0x00, 0x00, 0x01, 0x02]), sourceId: 'binary' })

describe('neutralizeCvsAsync over worker threads', () => {
  it('gives, byte for byte, what the one-thread call gives: same order, typed errors in place', async () => {
    const progress: number[] = []
    const pooled = await engine.neutralizeCvsAsync(items, { onProgress: (done) => progress.push(done) })
    const inThread = engine.neutralizeCvs(items)
    expect(pooled).toHaveLength(items.length)
    const serialize = (results: unknown[]) => JSON.stringify(results.map((r) => (isIncontroError(r) ? { code: r.code, message: r.message, details: r.details } : r)))
    expect(serialize(pooled)).toBe(serialize(inThread))
    // Not only the same JSON: the same values, with no property lost or added on the way back.
    pooled.forEach((result, i) => {
      if (!isIncontroError(result)) expect(result).toStrictEqual(inThread[i])
    })
    expect(isIncontroError(pooled[45], 'CORE_INVALID_INPUT')).toBe(true)
    expect(pooled.filter((r) => isIncontroError(r)).length).toBeGreaterThanOrEqual(1)
    // Progress counts up to every CV.
    expect(progress.at(-1)).toBe(items.length)
    expect([...progress].sort((a, b) => a - b)).toEqual(progress)
  })

  it('an engine given the built-in taxonomy explicitly gives the same results from its pool', async () => {
    const explicit = createEngine({ key: 'worker-test-key', today: '2026-11', index: 'exact', workers: 2, taxonomy: builtinTaxonomy() })
    try {
      const some = items.slice(0, 80)
      const pooled = await explicit.neutralizeCvsAsync(some)
      expect(JSON.stringify(pooled)).toBe(JSON.stringify(engine.neutralizeCvs(some)))
    } finally {
      await explicit.close()
    }
  })

  it('one worker runs in this thread with the same results; a bad workers value is a typed error', async () => {
    const some = items.slice(0, 70)
    const one = await engine.neutralizeCvsAsync(some, { workers: 1 })
    expect(JSON.stringify(one)).toBe(JSON.stringify(engine.neutralizeCvs(some)))
    await expect(engine.neutralizeCvsAsync(some, { workers: 0 })).rejects.toMatchObject({ code: 'ENGINE_CONFIG' })
    expect(() => createEngine({ key: 'k', workers: 1.5 })).toThrow(expect.objectContaining({ code: 'ENGINE_CONFIG' }))
  })

  it('refuses a batch with a repeated sourceId or an item without one, naming the item', async () => {
    await expect(engine.neutralizeCvsAsync([...items.slice(0, 3), { input: 'x', sourceId: 'cv-0' }])).rejects.toMatchObject({ code: 'CORE_INVALID_INPUT', details: { path: '[3].sourceId' } })
    await expect(engine.neutralizeCvsAsync([{ input: 'x' } as unknown as CvInput])).rejects.toMatchObject({ code: 'CORE_INVALID_INPUT', details: { path: '[0].sourceId' } })
  })
})

import { describe, expect, it } from 'vitest'
import { expectSwapInvariant } from './expect-swap-invariant.js'
import { femaleGivenNames, maleGivenNames, surnames } from './internal/names.js'

const anyName = new RegExp(`\\b(${[...femaleGivenNames, ...maleGivenNames, ...surnames].join('|')})\\b`, 'u')

describe('expectSwapInvariant', () => {
  it('passes for a pipeline whose output ignores gender cues', async () => {
    await expectSwapInvariant((text, sourceId) => ({ sourceId, lines: text.split('\n').length }), { numRuns: 50 })
  })

  it('leaves ignored keys out of the comparison', async () => {
    await expectSwapInvariant((text) => ({ id: text.length, blank: text.split('\n').filter((l) => l === '').length }), {
      numRuns: 50,
      ignore: ['id'],
    })
  })

  it('fails with the differing paths, a replay seed and no CV text', async () => {
    const failure = await expectSwapInvariant((text) => ({ header: { first: text.split('\n')[0] }, same: 1 }), {
      numRuns: 20,
      language: 'it',
    }).then(
      () => undefined,
      (error: unknown) => error as Error,
    )
    expect(failure).toBeInstanceOf(Error)
    const message = (failure as Error).message
    expect(message).toContain('$.header.first')
    expect(message).toMatch(/seed: -?\d+/)
    expect(message).toContain('language it')
    expect(message).not.toMatch(anyName)
    expect(message).not.toContain('@example')
    expect(message).not.toContain('Nome:')
  })

  it('reports a throwing pipeline with its error as cause', async () => {
    const boom = new Error('pipeline failed')
    const failure = await expectSwapInvariant(() => {
      throw boom
    }, { numRuns: 5 }).catch((error: unknown) => error as Error)
    expect(failure?.message).toContain('The pipeline threw')
    expect(failure?.cause).toBe(boom)
  })

  it('rejects a non-positive numRuns', async () => {
    await expect(expectSwapInvariant(() => 1, { numRuns: 0 })).rejects.toMatchObject({ code: 'FAIRNESS_INVALID_INPUT' })
  })
})

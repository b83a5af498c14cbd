import fc from 'fast-check'
import { samplePopulation, vacancyPairArbitrary } from '@incontro/fairness/testing'
import { describe, expect, it } from 'vitest'
import { createBm25Index } from './bm25-index.js'
import { bm25Tokens, createBm25Ranker } from './match-quality-bm25.js'

// The bias benchmark's BM25 rankers must give exactly what the wink baseline gives: same ids, same order,
// same scores to the last bit.
describe('createBm25Index', () => {
  const people = samplePopulation({ size: 150, seed: 7, correlations: { sector: 0.6 } })
  const queries = fc.sample(vacancyPairArbitrary(), { numRuns: 12, seed: 8 }).map((ad) => ad.masculine)

  it('ranks generated CVs as wink-bm25-text-search does, scores and tie order included', () => {
    const documents = people.flatMap((p) => [
      { id: `${p.sourceId}-a`, text: p.cv },
      { id: `${p.sourceId}-b`, text: p.counterfactual },
    ])
    const wink = createBm25Ranker(documents)
    const fast = createBm25Index(documents.map((d) => ({ id: d.id, tokens: bm25Tokens(d.text) })))
    for (const query of [...queries, people[0]?.cv as string, 'infermiera turni notturni', 'zzz-unknown']) {
      for (const depth of [1, 10, 1000]) expect(fast.search(bm25Tokens(query), depth)).toEqual(wink.search(query, depth))
    }
  })

  it('lists tied documents in the order of wink’s result object, numeric ids first', () => {
    // Identical texts tie; ids that are array indices come first in a JavaScript object, ascending.
    const documents = ['b', '10', 'a', '2', '07'].map((id) => ({ id, text: 'cuoco di linea, turni serali' }))
    documents.push({ id: 'x', text: 'saldatore a filo' }, { id: 'y', text: 'magazziniere con patentino' })
    const wink = createBm25Ranker(documents)
    const fast = createBm25Index(documents.map((d) => ({ id: d.id, tokens: bm25Tokens(d.text) })))
    const result = fast.search(bm25Tokens('cuoco per turni'), 10)
    expect(result).toEqual(wink.search('cuoco per turni', 10))
    expect(result.map((r) => r.id)).toEqual(['2', '10', 'b', 'a', '07'])
  })

  it('refuses two documents with one id', () => {
    expect(() => createBm25Index([{ id: 'a', tokens: ['x'] }, { id: 'a', tokens: ['y'] }, { id: 'b', tokens: [] }])).toThrow(/Duplicate/)
  })
})

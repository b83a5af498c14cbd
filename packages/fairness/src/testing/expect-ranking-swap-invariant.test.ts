import { describe, expect, it } from 'vitest'
import { expectRankingSwapInvariant, type RankedDocument } from './expect-ranking-swap-invariant.js'

/** Ranks by the number of ad words a CV shares, ties by id: blind to gender only when `words` drops cues. */
function overlapRanker(words: (text: string) => string[]) {
  return (cvs: readonly RankedDocument[], ad: RankedDocument): string[] => {
    const wanted = new Set(words(ad.text))
    const score = (text: string) => words(text).filter((w) => wanted.has(w)).length
    return [...cvs].sort((a, b) => score(b.text) - score(a.text) || (a.sourceId < b.sourceId ? -1 : 1)).map((d) => d.sourceId)
  }
}
const skillWords = (text: string) => (text.toLowerCase().match(/\p{L}{5,}/gu) ?? []).filter((w) => !/^(camerier|infermier|commess|cassier|magazzinier|operai|educat|impiegat|segretar|sviluppat|cuoc|addett|direttr|diretto|waitr|waiter|sales|barm|chair)/.test(w))

describe('expectRankingSwapInvariant', () => {
  it('passes for a ranker that ignores the ad title and gendered words', async () => {
    const ranker = overlapRanker((text) => skillWords(text.split('\n').slice(3).join('\n')).filter((w) => /^(tavoli|gestione|cassa|carrello|elevatore|controllo|qualità|table|service|handling|forklift|quality|control)$/.test(w)))
    await expectRankingSwapInvariant(ranker, { numRuns: 5, language: 'it' })
  })

  it('fails, naming the comparison and a replay seed, for a ranker that rewards a feminine cue', async () => {
    const biased = (cvs: readonly RankedDocument[]) =>
      [...cvs].sort((a, b) => Number(/\b(?:Nata|Laureata|She)\b/.test(b.text)) - Number(/\b(?:Nata|Laureata|She)\b/.test(a.text)) || (a.sourceId < b.sourceId ? -1 : 1)).map((d) => d.sourceId)
    const failure = await expectRankingSwapInvariant(biased, { numRuns: 10 }).catch((error: unknown) => error as Error)
    expect(failure).toBeInstanceOf(Error)
    expect(failure?.message).toContain('the gender cues of every CV were swapped')
    expect(failure?.message).toMatch(/seed: -?\d+/)
    expect(failure?.message).not.toMatch(/Requisiti|Nome:/)
  })

  it('rejects a non-positive top', async () => {
    await expect(expectRankingSwapInvariant(() => [], { top: 0 })).rejects.toMatchObject({ code: 'FAIRNESS_INVALID_INPUT' })
  })
})

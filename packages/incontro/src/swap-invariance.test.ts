import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { NeutralVacancy } from '@incontro/core'
import { cvPairArbitrary, expectSwapInvariant } from '@incontro/fairness/testing'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { defaultDataDir } from './commands/demo.js'
import { createEngine } from './create-engine.js'

const key = 'test-deployer-key'
const today = '2026-11'
const engine = createEngine({ key, today, index: 'exact' })

describe('guarantee 2: neutral by verification', () => {
  it('anonymized output is identical for both gender variants of generated Italian CVs (pseudonymous id included)', async () => {
    await expectSwapInvariant((text, sourceId) => engine.neutralizeCv(text, { sourceId }).profile, { numRuns: 1000, language: 'it' })
  })

  it('anonymized output is identical for both gender variants of generated English CVs', async () => {
    await expectSwapInvariant((text, sourceId) => engine.neutralizeCv(text, { sourceId }).profile, { numRuns: 1000, language: 'en' })
  })

  it('rankings over a generated population are identical after every CV is swapped to its other variant', async () => {
    const vacancyDir = join(defaultDataDir(), 'vacancies')
    const vacancyFiles = ['01-it-hospitality-cameriere-di-sala.txt', '02-it-logistics-addetto-magazzino.txt', '07-en-ict-software-developer.txt', '12-en-hospitality-cook.txt']
    const vacancies: NeutralVacancy[] = vacancyFiles.map((name) => engine.neutralizeVacancy(readFileSync(join(vacancyDir, name)), { sourceId: name }))
    const components = new Set<string>()
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(cvPairArbitrary(), { minLength: 8, maxLength: 24, selector: (pair) => pair.sourceId }),
        fc.infiniteStream(fc.boolean()),
        async (pairs, coins) => {
          // One population with a random mix of variants, the other with every CV swapped.
          const choice = pairs.map(() => coins.next().value as boolean)
          const rank = async (swap: boolean) => {
            const e = createEngine({ key, today, index: 'hnsw' })
            await e.addProfiles(pairs.map((pair, i) => e.neutralizeCv(choice[i] !== swap ? pair.female : pair.male, { sourceId: pair.sourceId }).profile))
            const out: string[] = []
            for (const vacancy of vacancies) {
              const results = await e.candidatesFor(vacancy, { k: 10 })
              for (const result of results) for (const component of result.components) components.add(component.name)
              out.push(JSON.stringify(results))
            }
            return out
          }
          expect(await rank(true)).toEqual(await rank(false))
        },
      ),
      { numRuns: 12 },
    )
    // The property covered every score component the population statistics feed, not only concepts.
    expect([...components]).toEqual(expect.arrayContaining(['essential', 'occupation', 'lexical']))
  })
})

import { isIncontroError, type Document } from '@incontro/core'
import { cvPairArbitrary } from '@incontro/fairness/testing'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createEngine, type CvInput } from './create-engine.js'

const italianCv = `CURRICULUM VITAE

ESPERIENZE PROFESSIONALI
03/2019 – 06/2023
Sviluppatrice software presso Esempio Srl, Milano
- Sviluppo di applicazioni web in JavaScript e TypeScript con Node.js e React
- Database SQL, Git, Docker

COMPETENZE
JavaScript, TypeScript, Node.js, React, SQL, Git, Docker, lavoro di squadra

LINGUE
Italiano: madrelingua
Inglese: C1
`

const kitchenCv = `ESPERIENZE PROFESSIONALI
2018 - 2023
Cuoco presso Trattoria Demo
- preparazione dei primi piatti, HACCP, gestione della cucina

LINGUE
Inglese: A2
`

const englishVacancy = `Software Developer (TypeScript)

Requirements:
- 3+ years of experience as a software developer
- TypeScript, Node.js and React
- SQL databases and Git

Nice to have:
- Docker

English C1
`

describe('createEngine', () => {
  it('refuses an empty deployer key with a typed error', () => {
    try {
      createEngine({ key: '' })
      expect.unreachable()
    } catch (error) {
      expect(isIncontroError(error, 'ENGINE_CONFIG')).toBe(true)
    }
  })

  it('matches an Italian CV against an English vacancy through shared concepts, and explains it', async () => {
    const engine = createEngine({ key: 'k', today: '2026-11', index: 'exact' })
    const developer = engine.neutralizeCv(italianCv, { sourceId: 'dev' }).profile
    const cook = engine.neutralizeCv(kitchenCv, { sourceId: 'cook' }).profile
    await engine.addProfiles([cook, developer])
    const vacancy = engine.neutralizeVacancy(englishVacancy, { sourceId: 'job' })
    const [first, second] = await engine.candidatesFor(vacancy, { k: 2 })
    expect(first?.profileId).toBe(developer.id)
    expect(second?.profileId).toBe(cook.id)
    expect(first?.score).toBeGreaterThan(second?.score ?? 1)
    const essential = first?.components.find((c) => c.name === 'essential')
    expect(essential?.matched.map((m) => m.required)).toEqual(expect.arrayContaining(['skill.typescript']))
    const gaps = engine.assess(cook, vacancy)
    expect(gaps.essential.missing.length).toBeGreaterThan(0)
  })

  it('finds vacancies for a candidate (the other direction)', async () => {
    const engine = createEngine({ key: 'k', today: '2026-11' })
    const vacancy = engine.neutralizeVacancy(englishVacancy, { sourceId: 'job' })
    await engine.addVacancies([vacancy])
    const developer = engine.neutralizeCv(italianCv, { sourceId: 'dev' }).profile
    const [best] = await engine.vacanciesFor(developer, { k: 1 })
    expect(best?.vacancyId).toBe(vacancy.id)
  })
})

describe('neutralizeCvs', () => {
  it('gives what neutralizeCv gives one by one, in order, across batches, with a typed error in place of a bad input', () => {
    const engine = createEngine({ key: 'k', today: '2026-11', index: 'exact' })
    const pairs = fc.sample(cvPairArbitrary(), { seed: 7, numRuns: 80 })
    const items: CvInput[] = pairs.map((pair, i) => ({ input: i % 2 === 0 ? pair.female : pair.male, sourceId: `cv-${i}` }))
    // A Document that is not one: parseCv refuses it with CORE_INVALID_INPUT.
    items.splice(70, 0, { input: { text: 1 } as unknown as Document, sourceId: 'broken' })
    const batch = engine.neutralizeCvs(items)
    expect(batch).toHaveLength(items.length)
    items.forEach((item, i) => {
      const result = batch[i]
      if (item.sourceId === 'broken') {
        expect(isIncontroError(result, 'CORE_INVALID_INPUT')).toBe(true)
        return
      }
      expect(result).toEqual(engine.neutralizeCv(item.input, { sourceId: item.sourceId }))
    })
  })
})

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { cvPairArbitrary } from '@incontro/fairness/testing'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { defaultDataDir } from './commands/demo.js'
import { createEngine } from './create-engine.js'

const engine = createEngine({ key: 'test-deployer-key', today: '2026-11', index: 'exact' })
const vacancyDir = join(defaultDataDir(), 'vacancies')
const vacancies = ['03-it-care-operatore-socio-sanitario.txt', '10-en-manufacturing-cnc-operator-welder.txt'].map((name) =>
  engine.neutralizeVacancy(readFileSync(join(vacancyDir, name)), { sourceId: name }),
)

/** Everything assess gives for one CV text: competences, gaps, occupation gaps, training paths and orientation. */
function assessAll(text: string, sourceId: string): string {
  const profile = engine.neutralizeCv(text, { sourceId }).profile
  const gaps = vacancies.map((vacancy) => engine.assess(profile, vacancy))
  const occupation = engine.assessOccupation(profile, 'occ.warehouse-worker')
  return JSON.stringify({
    competences: engine.competences(profile),
    gaps,
    occupation,
    training: [...gaps.map((g) => engine.train(g)), engine.train(occupation, { minimize: 'cost' })],
    orientation: engine.orient(profile, { limit: 5 }),
  })
}

describe('guarantee 2 for assessment: neutral by verification', () => {
  it('competence profiles, gaps, training paths and orientation are identical for both gender variants of generated CVs', () => {
    fc.assert(
      fc.property(cvPairArbitrary(), (pair) => {
        expect(assessAll(pair.male, pair.sourceId)).toBe(assessAll(pair.female, pair.sourceId))
      }),
      { numRuns: 60 },
    )
  })
})

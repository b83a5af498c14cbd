import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { isIncontroError } from '@incontro/core'
import { defaultDataDir } from 'incontro'
import { beforeAll, describe, expect, it } from 'vitest'
import { createPortal, type Portal } from './create-portal.js'

const data = defaultDataDir()
const cvNames = readdirSync(join(data, 'cvs')).sort()

describe('portal example', () => {
  let portal: Portal
  const idOf = new Map<string, string>()
  let careVacancy: string

  beforeAll(async () => {
    portal = createPortal({ key: 'portal-test-key-0123456789abcdef', today: '2026-11' })
    for (const name of cvNames) idOf.set(name, (await portal.submitCv(readFileSync(join(data, 'cvs', name)), name)).profileId)
    careVacancy = (await portal.publishVacancy(readFileSync(join(data, 'vacancies', '03-it-care-operatore-socio-sanitario.txt')), 'job-oss')).vacancyId
  })

  it('shortlists the care CVs first, both gender variants with the same score, and scores that add up', async () => {
    const rows = await portal.shortlist(careVacancy, 4)
    const top = rows.slice(0, 2).map((row) => row.profileId).sort()
    expect(top).toEqual([idOf.get('03-it-care.f.txt'), idOf.get('03-it-care.m.txt')].sort())
    expect(rows[0]!.score).toBe(rows[1]!.score)
    for (const row of rows) expect(Object.values(row.parts).reduce((a, b) => a + b, 0)).toBeCloseTo(row.score, 12)
  })

  it('shows the employer no name or contact of any candidate in the shortlist', async () => {
    const shown = JSON.stringify(await portal.shortlist(careVacancy, 24))
    expect(shown).not.toMatch(/@|example\.(com|org|net)|\+39|555/)
    for (const name of cvNames) expect(shown).not.toContain(name)
  })

  it('introduces a candidate only after their consent for that vacancy', async () => {
    const [first] = await portal.shortlist(careVacancy, 1)
    let refused: unknown
    try {
      portal.introduce(first!.profileId, careVacancy)
    } catch (error) {
      refused = error
    }
    expect(isIncontroError(refused, 'CORE_INVALID_INPUT')).toBe(true)
    portal.consent(first!.profileId, careVacancy)
    const { identity } = portal.introduce(first!.profileId, careVacancy)
    expect(identity.sourceId).toMatch(/^03-it-care\.[fm]\.txt$/)
    expect(identity.surnames.length).toBeGreaterThan(0)
  })
})

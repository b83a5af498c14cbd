import { describe, expect, it } from 'vitest'
import { isIncontroError as fromCore } from '@incontro/core'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createEngine, IncontroError, isIncontroError } from './index.js'
import { defaultDataDir } from './commands/demo.js'

const data = defaultDataDir()
const cv = readFileSync(join(data, 'cvs', '01-it-hospitality.f.txt'), 'utf8')
const vacancyText = readFileSync(join(data, 'vacancies', '01-it-hospitality-cameriere-di-sala.txt'), 'utf8')

/** Runs `call` and returns the IncontroError it throws or rejects with. */
async function typedError(call: () => unknown): Promise<IncontroError> {
  try {
    await call()
  } catch (error) {
    expect(isIncontroError(error), String(error)).toBe(true)
    return error as IncontroError
  }
  throw new Error('expected a typed error')
}

describe('engine API boundary: plain JavaScript gets typed errors', () => {
  const engine = createEngine({ key: 'boundary-test-key', today: '2026-11', index: 'exact' })
  const neutral = engine.neutralizeCv(cv, { sourceId: 'cv-1' })

  it('a parsed CV passed to addProfiles is CORE_SCHEMA_VIOLATION naming the item and field, never the content', async () => {
    const error = await typedError(() => engine.addProfiles([neutral.profile, neutral.parsed as never]))
    expect(error.code).toBe('CORE_SCHEMA_VIOLATION')
    expect(error.message).toMatch(/^addProfiles: \[1\]\.\w+/)
    expect(error.details.path).toMatch(/^\[1\]\./)
    // No CV text in the message: not the name, not a line of the CV.
    for (const line of cv.split('\n').filter((l) => l.trim().length > 8)) expect(error.message).not.toContain(line.trim())
    await expect(engine.addProfiles('nope' as never)).rejects.toMatchObject({ code: 'CORE_INVALID_INPUT' })
  })

  it('vacancies, rankings and assessments check their records and k', async () => {
    const vacancy = engine.neutralizeVacancy(vacancyText, { sourceId: 'job-1' })
    expect((await typedError(() => engine.addVacancies([{ ...vacancy, requirements: 'x' } as never]))).details.path).toBe('[0].requirements')
    expect((await typedError(() => engine.candidatesFor({} as never, { k: 3 }))).code).toBe('CORE_SCHEMA_VIOLATION')
    expect((await typedError(() => engine.candidatesFor(vacancy, { k: 0 }))).details.path).toBe('k')
    expect((await typedError(() => engine.vacanciesFor(neutral.parsed as never, { k: 3 }))).code).toBe('CORE_SCHEMA_VIOLATION')
    expect((await typedError(() => engine.assess(neutral.profile, neutral.profile as never))).message).toMatch(/^assess: /)
    expect((await typedError(() => engine.competences(null as never))).code).toBe('CORE_SCHEMA_VIOLATION')
  })

  it('parsing methods need a sourceId', async () => {
    expect((await typedError(() => engine.neutralizeCv(cv, {} as never))).details.path).toBe('sourceId')
    expect((await typedError(() => engine.parseCv(cv, undefined as never))).code).toBe('CORE_INVALID_INPUT')
    expect((await typedError(() => engine.neutralizeCvs([{ input: cv, sourceId: 'a' }, { input: cv } as never]))).details.path).toBe('[1].sourceId')
  })

  it('removeProfiles and removeVacancies report the ids they did not know, and remove the others', async () => {
    const other = engine.neutralizeCv(cv, { sourceId: 'cv-2' }).profile
    await engine.addProfiles([neutral.profile, other])
    const vacancy = engine.neutralizeVacancy(vacancyText, { sourceId: 'job-2' })
    await engine.addVacancies([vacancy])
    expect(await engine.removeProfiles([other.id, 'not-an-id-here'])).toEqual({ removed: 1, unknown: ['not-an-id-here'] })
    expect(await engine.removeProfiles([other.id])).toEqual({ removed: 0, unknown: [other.id] })
    const ranked = await engine.candidatesFor(vacancy, { k: 5 })
    expect(ranked.map((r) => r.profileId)).not.toContain(other.id)
    expect(await engine.removeVacancies([vacancy.id])).toEqual({ removed: 1, unknown: [] })
    expect(await engine.vacanciesFor(neutral.profile, { k: 5 })).toEqual([])
    expect((await typedError(() => engine.removeVacancies([42 as never]))).details.path).toBe('[0]')
  })

  it('the error helpers are exported from incontro itself, the same as from @incontro/core', () => {
    expect(isIncontroError).toBe(fromCore)
    expect(new IncontroError('CLI_IO', 'x')).toBeInstanceOf(Error)
  })
})

import { isIncontroError } from '@incontro/core'
import { describe, expect, it } from 'vitest'
import { createEngine } from './create-engine.js'

const cv = (job: string) => `Esperienze\n03/2019 – 06/2021 ${job} presso Esempio Srl, Milano\n\nLingue\nInglese B2\n`

describe('engine: pseudonymous ids never collide silently', () => {
  it('neutralizeCvs refuses a batch where two CVs share a sourceId', () => {
    const engine = createEngine({ key: 'engine-ids-test-key-0123' })
    let caught: unknown
    try {
      engine.neutralizeCvs([
        { input: cv('Cameriera'), sourceId: '01.txt' },
        { input: cv('Magazziniere'), sourceId: '01.txt' },
      ])
    } catch (error) {
      caught = error
    }
    expect(isIncontroError(caught, 'CORE_INVALID_INPUT')).toBe(true)
  })

  it('addProfiles refuses two profiles with one id in a call, and reports the ids it replaces', async () => {
    const engine = createEngine({ key: 'engine-ids-test-key-0123' })
    const a = engine.neutralizeCv(cv('Cameriera'), { sourceId: 'a' }).profile
    const b = engine.neutralizeCv(cv('Magazziniere'), { sourceId: 'b' }).profile
    const aAgain = engine.neutralizeCv(cv('Cuoca'), { sourceId: 'a' }).profile
    await expect(engine.addProfiles([a, aAgain])).rejects.toMatchObject({ code: 'CORE_INVALID_INPUT' })
    expect(await engine.addProfiles([a, b])).toEqual({ added: 2, replaced: [] })
    expect(await engine.addProfiles([aAgain])).toEqual({ added: 0, replaced: [a.id] })
    await engine.removeProfiles([a.id])
    expect(await engine.addProfiles([a])).toEqual({ added: 1, replaced: [] })
  })
})

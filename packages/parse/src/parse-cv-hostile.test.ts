import { describe, expect, it } from 'vitest'
import { MAX_PARSED_PHONE_CANDIDATES } from './internal/identity.js'
import { parseCv } from './parse-cv.js'
import { parseVacancy } from './parse-vacancy.js'

// Generated hostile CVs and vacancies (synthetic; no real person's data): the parsers stay correct where
// a hostile text makes a step costly, and nothing depends on the input's size through recursion or
// argument spreading. Their speed is measured in benchmarks/speed/fuzz-adversarial.ts.
describe('parseCv and parseVacancy on generated hostile texts', () => {
  it('past the budget of parsed phone candidates, numbers are still taken out as phones (year ranges are not)', () => {
    const count = MAX_PARSED_PHONE_CANDIDATES + 150
    const lines = Array.from({ length: count }, (_, i) => `Tel. 333 555 ${String(1000 + i)}, 2016 - 2019`)
    const profile = parseCv(`Contatti\n${lines.join('\n')}\n`, { sourceId: 'phones' })
    const phones = profile.identity.items.filter((item) => item.category === 'phone')
    expect(phones).toHaveLength(count)
    expect(phones.at(-1)?.value).toBe(`333 555 ${String(999 + count)}`)
    expect(profile.identity.items.some((item) => item.value.includes('2016'))).toBe(false)
  })

  it('thousands of honorific names in a header: names are capped with a diagnostic, not collected one copy at a time', () => {
    const lines = Array.from({ length: 3_000 }, (_, i) => `Sig.ra Nome${i.toString(36)} Cognome${i.toString(36)}`)
    const profile = parseCv(lines.join('\n'), { sourceId: 'names' })
    const names = profile.identity.givenNames.length + profile.identity.surnames.length
    expect(names).toBeGreaterThan(100)
    expect(names).toBeLessThanOrEqual(500)
    expect(profile.diagnostics.map((d) => d.code)).toContain('PARSE_TOO_MANY_ITEMS')
  })

  it('an education section of 130,000 entries is read without argument spreading (no stack overflow)', () => {
    const entries = Array.from({ length: 130_000 }, () => 'Laurea 2010').join('\n\n')
    const profile = parseCv(`Istruzione\n${entries}\n`, { sourceId: 'education' })
    expect(profile.education).toHaveLength(130_000)
    expect(profile.education[129_999]).toMatchObject({ eqfLevel: 6, year: 2010 })
  }, 120_000)

  it('the place of a vacancy of 20,000 lines is the first line naming one, as with a short ad', () => {
    const filler = 'cameriera\n'.repeat(20_000)
    expect(parseVacancy(`Cameriera\n${filler}Lavoro vicino a Bergamo\n`, { sourceId: 'v' }).place?.text).toBe('Bergamo')
    expect(parseVacancy(`Cameriera\n${filler}Milano (MI)\nTorino\n`, { sourceId: 'v' }).place?.text).toBe('Milano (MI)')
    // Within one line the list's order decides; a lowercase or glued name is no place.
    expect(parseVacancy(`Cameriera\n${filler}bergamo, Bergamasco, Milano o Bergamo\n`, { sourceId: 'v' }).place?.text).toBe('Milano')
  }, 120_000)
})

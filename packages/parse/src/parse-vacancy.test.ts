import { isIncontroError, ParsedVacancySchema, type ParsedVacancy } from '@incontro/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseVacancy } from './parse-vacancy.js'

const parse = (text: string): ParsedVacancy => parseVacancy(text, { sourceId: 'vacancy-test' })
const slice = (vacancy: ParsedVacancy, span: { start: number; end: number }): string => vacancy.document.text.slice(span.start, span.end)

const italianVacancy = `Cameriere/a di sala
Sede di lavoro: Milano (MI)

Descrizione
Ristorante in centro cerca cameriere/a per il servizio ai tavoli.

Requisiti:
- Esperienza di almeno 2 anni nel ruolo
- Diploma di scuola superiore
- Buona conoscenza della lingua inglese
- Patente B gradita

Costituisce titolo preferenziale:
- Conoscenza del francese (B1)
- Laurea in Scienze del turismo

Offriamo
Contratto a tempo determinato di 6 mesi, full-time.`

const englishVacancy = `Warehouse Operator
Location: Segrate

What we are looking for
- 3+ years of experience in a warehouse
- Forklift licence required
- English: fluent
- Italian B1 is a plus

What we offer
Permanent contract, part-time (30 hours).`

describe('parseVacancy', () => {
  it('takes the first line as title and finds the sections', () => {
    const vacancy = parse(italianVacancy)
    expect(vacancy.title.text).toBe('Cameriere/a di sala')
    expect(vacancy.sections.map((s) => s.kind)).toEqual(['header', 'description', 'requirements', 'preferred', 'offer'])
    expect(vacancy.language).toBe('it')
  })

  it('gives requirements the importance of their section', () => {
    const vacancy = parse(italianVacancy)
    expect(vacancy.requirements.map((r) => [r.text, r.importance])).toEqual([
      ['Esperienza di almeno 2 anni nel ruolo', 'essential'],
      ['Diploma di scuola superiore', 'essential'],
      ['Buona conoscenza della lingua inglese', 'essential'],
      ['Patente B gradita', 'preferred'],
      ['Conoscenza del francese (B1)', 'preferred'],
      ['Laurea in Scienze del turismo', 'preferred'],
    ])
    for (const requirement of vacancy.requirements) expect(slice(vacancy, requirement.span)).toBe(requirement.text)
  })

  it('lets words in a line override the section default, in any section', () => {
    const vacancy = parse(`Addetto/a pulizie
Requisiti
- Disponibilità nei weekend
- Esperienza nel settore gradita
Descrizione
Turni serali. Patente B indispensabile.
Inglese B1 nice to have`)
    expect(vacancy.requirements.map((r) => [r.text, r.importance])).toEqual([
      ['Disponibilità nei weekend', 'essential'],
      ['Esperienza nel settore gradita', 'preferred'],
      ['Turni serali. Patente B indispensabile', 'essential'],
      ['Inglese B1 nice to have', 'preferred'],
    ])
    expect(vacancy.licences.map((l) => [l.code, l.importance])).toEqual([['B', 'essential']])
    expect(vacancy.languages.map((l) => [l.code, l.level, l.importance])).toEqual([['en', 'B1', 'preferred']])
  })

  it('reads languages, education and licences with their importance', () => {
    const vacancy = parse(italianVacancy)
    expect(vacancy.languages.map((l) => [l.code, l.level, l.importance])).toEqual([
      ['en', 'B2', 'essential'],
      ['fr', 'B1', 'preferred'],
    ])
    expect(vacancy.education.map((e) => [e.eqfLevel, e.importance])).toEqual([
      [4, 'essential'],
      [6, 'preferred'],
    ])
    expect(vacancy.licences.map((l) => [l.code, l.importance])).toEqual([['B', 'preferred']])
  })

  it('takes the lowest level when a line offers alternatives', () => {
    expect(parse('Impiegata/o\nRequisiti\nDiploma o laurea in economia').education.map((e) => e.eqfLevel)).toEqual([4])
  })

  it('reads an English vacancy', () => {
    const vacancy = parse(englishVacancy)
    expect(vacancy.language).toBe('en')
    expect(vacancy.experienceMonths?.value).toBe(36)
    expect(vacancy.licences.map((l) => [l.code, l.importance])).toEqual([['forklift', 'essential']])
    expect(vacancy.languages.map((l) => [l.code, l.level, l.importance])).toEqual([
      ['en', 'C1', 'essential'],
      ['it', 'B1', 'preferred'],
    ])
    expect(vacancy.contract).toEqual(['permanent', 'part-time'])
    expect(vacancy.place?.text).toBe('Segrate')
  })

  it.each([
    ['almeno 2 anni di esperienza', 24],
    ['esperienza di 3 anni nel settore', 36],
    ['3+ years of experience', 36],
    ['minimum 2 years of experience', 24],
    ['esperienza di 6 mesi', 6],
    ['esperienza almeno triennale', 36],
    ['at least two years of experience', 24],
    ['2-3 anni di esperienza', 24],
  ])('reads "%s" as %i months of experience', (line, months) => {
    const vacancy = parse(`Magazziniere\nRequisiti\n- ${line}`)
    expect(vacancy.experienceMonths?.value).toBe(months)
    expect(slice(vacancy, vacancy.experienceMonths?.span ?? { start: 0, end: 0 }).length).toBeGreaterThan(0)
  })

  it('does not read a contract length as experience', () => {
    expect(parse('Magazziniere\nContratto di 6 mesi').experienceMonths).toBeUndefined()
  })

  it.each([
    ['Contratto a tempo indeterminato', ['permanent']],
    ['Contratto a tempo determinato', ['fixed-term']],
    ['Apprendistato professionalizzante', ['apprenticeship']],
    ['Contratto in somministrazione', ['temporary-agency']],
    ['Stage retribuito', ['internship']],
    ['Tirocinio extracurriculare', ['internship']],
    ['Internship, full-time', ['internship', 'full-time']],
    ['Part time 20 ore', ['part-time']],
    ['Tempo pieno', ['full-time']],
    ['Collaborazione con partita IVA', ['freelance']],
  ])('reads "%s" as contract %j', (line, contract) => {
    expect(parse(`Impiegato/a\n${line}`).contract).toEqual(contract)
  })

  it.each([
    ['Sede di lavoro: Milano', 'Milano'],
    ['Luogo di lavoro: Sesto San Giovanni', 'Sesto San Giovanni'],
    ['Location: Milan, Italy', 'Milan, Italy'],
    ['Ufficio a Rho (MI), zona Fiera', 'Rho (MI)'],
    ['Cerchiamo personale per il punto vendita di Monza', 'Monza'],
  ])('reads the place in "%s"', (line, place) => {
    const vacancy = parse(`Commesso/a\n${line}`)
    expect(vacancy.place?.text).toBe(place)
    expect(slice(vacancy, vacancy.place?.span ?? { start: 0, end: 0 })).toBe(place)
  })

  it('reads inline headings such as "Requisiti: …"', () => {
    const vacancy = parse('Barista\nRequisiti: esperienza nel ruolo, inglese B1\nSi offre: contratto part-time')
    expect(vacancy.requirements.map((r) => [r.text, r.importance])).toEqual([['esperienza nel ruolo, inglese B1', 'essential']])
    expect(vacancy.sections.map((s) => s.kind)).toEqual(['header', 'requirements', 'offer'])
    expect(vacancy.contract).toEqual(['part-time'])
  })

  it('reports an empty vacancy and never puts its text into diagnostics', () => {
    expect(parse('   \n  ').diagnostics.map((d) => d.code)).toContain('PARSE_EMPTY_DOCUMENT')
    const vacancy = parse('Segretissimo\nRequisiti\nKlingon richiesto')
    for (const diagnostic of vacancy.diagnostics) expect(diagnostic.message).not.toMatch(/Segretissimo|Klingon/)
  })

  it('property: random strings and bytes never throw anything but IncontroError, and the output passes the schema', () => {
    const vacancyLike = fc.array(
      fc.oneof(fc.string(), fc.constantFrom('Requisiti:', 'Offriamo', '- Inglese B2 richiesto', 'Patente B gradita', 'almeno 2 anni', 'Sede: Milano', 'tempo determinato')),
      { maxLength: 30 },
    )
    const check = (input: string | Uint8Array): void => {
      try {
        expect(ParsedVacancySchema.safeParse(parseVacancy(input, { sourceId: 'fuzz' })).success).toBe(true)
      } catch (error) {
        expect(isIncontroError(error)).toBe(true)
      }
    }
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), check), { numRuns: 200 })
    fc.assert(fc.property(vacancyLike.map((parts) => parts.join('\n')), check), { numRuns: 200 })
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), check), { numRuns: 200 })
  })

  it('parses 1 MB of adversarial text into a valid result', () => {
    for (const unit of ['a-', '1/', 'Via ', 'Requisiti: ', '(MI) ', '\\-', '#**x** ']) {
      const lines = `${unit.repeat(Math.ceil(1500 / unit.length))}\n`.repeat(700)
      const oneLine = unit.repeat(Math.ceil(1_000_000 / unit.length))
      for (const text of [lines, oneLine]) expect(ParsedVacancySchema.safeParse(parse(text)).success).toBe(true)
    }
  })
})

describe('parseVacancy: title → occupation concept', () => {
  it('maps masculine, feminine, split and English titles to one occupation concept, with the span of the title word', () => {
    for (const title of ['Cercasi cameriera di sala', 'Cameriere', 'Cameriere/a part-time', 'Waiter / Waitress']) {
      const vacancy = parseVacancy(`${title}\n\nRequisiti:\n- HACCP\n`, { sourceId: 'v' })
      expect(vacancy.occupation?.concept, title).toBe('occ.waiter')
      const { start, end } = vacancy.occupation!.span
      expect(vacancy.document.text.slice(start, end).toLowerCase()).toMatch(/camerier|wait/)
    }
  })

  it('leaves the occupation out when the title names none', () => {
    expect(parseVacancy('Opportunità a Milano\n\nRequisiti:\n- HACCP\n', { sourceId: 'v' }).occupation).toBeUndefined()
  })
})

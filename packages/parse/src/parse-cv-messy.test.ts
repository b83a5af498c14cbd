import type { ParsedProfile } from '@incontro/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fixMojibake } from './internal/mojibake.js'
import { parseCv } from './parse-cv.js'

const today = '2025-06'
const parse = (text: string): ParsedProfile => parseCv(text, { sourceId: 'cv-messy', today })
const at = (profile: ParsedProfile, span: { start: number; end: number } | undefined): string =>
  span ? profile.document.text.slice(span.start, span.end) : ''
const kinds = (profile: ParsedProfile): string[] => profile.sections.map((s) => s.kind)
const jobs = (profile: ParsedProfile): string[][] =>
  profile.experiences.map((e) => [e.title.text, e.employer?.text ?? '', `${e.start}..${e.end}`])

describe('parseCv: CVs flattened onto one line', () => {
  it('cuts an Italian one-line CV at its UPPERCASE headings, bullets and date ranges', () => {
    const cv = parse(
      'Chiara Neri ESPERIENZE LAVORATIVE 2019-2022 Cameriera presso Trattoria Il Pozzo • servizio ai tavoli • cassa 2016-2019 Barista presso Caffetteria Centrale ISTRUZIONE 2015 Diploma di maturità LINGUE Inglese B1 COMPETENZE HACCP, Excel HOBBY cucina, lettura',
    )
    expect(kinds(cv)).toEqual(['header', 'experience', 'education', 'languages', 'skills', 'interests'])
    expect(jobs(cv)).toEqual([
      ['Cameriera', 'Trattoria Il Pozzo', '2019-01..2022-12'],
      ['Barista', 'Caffetteria Centrale', '2016-01..2019-12'],
    ])
    expect(cv.education.map((e) => e.eqfLevel)).toEqual([4])
    expect(cv.languages.map((l) => `${l.code}:${l.level}`)).toEqual(['en:B1'])
  })

  it('reads an English one-line CV with dates after the titles and bullets between entries', () => {
    const cv = parse(
      'Sophie Turner sophie.turner@example.com PROFESSIONAL EXPERIENCE Sales Assistant at Harbour Fashion Ltd 2021 – 2024 • visual merchandising • till operation Retail Supervisor at Corner Market Group 2024 – present EDUCATION A-levels, Kingston College, 2020 HOBBIES drawing, tennis',
    )
    expect(kinds(cv)).toEqual(['header', 'experience', 'education', 'interests'])
    expect(jobs(cv)).toEqual([
      ['Sales Assistant', 'Harbour Fashion Ltd', '2021-01..2024-12'],
      ['Retail Supervisor', 'Corner Market Group', '2024-01..present'],
    ])
  })

  it('cuts Title Case headings with a colon inside a line ("… Istruzione: Diploma … Hobby: calcio")', () => {
    const cv = parse(
      'Francesca De Luca Obiettivo: Impiegata amministrativa Esperienze: 2018-2024 Impiegata amministrativa presso Studio Riva · fatturazione 2015-2018 Segretaria presso Agenzia Casa Bella Istruzione: Diploma di ragioneria (2014) Competenze: Excel, SAP Hobby: cucina indiana, calcio',
    )
    expect(kinds(cv)).toEqual(['header', 'objective', 'experience', 'education', 'skills', 'interests'])
    expect(cv.experiences.map((e) => e.title.text)).toEqual(['Impiegata amministrativa', 'Segretaria'])
    const interests = cv.sections.find((s) => s.kind === 'interests')
    expect(at(cv, interests?.span)).toContain('cucina indiana')
  })

  it('leaves a CV with a heading per line as it was: no cut inside ordinary prose', () => {
    const cv = parse('Luca Verdi\n\nProfilo\nHo esperienza di magazzino e formazione sulla sicurezza.\n\nEsperienze\n2019 - 2022 Magazziniere presso Logistica Nord Srl\n')
    expect(kinds(cv)).toEqual(['header', 'summary', 'experience'])
  })
})

describe('parseCv: messy entries', () => {
  it('repairs mojibake in the reader and every span points into the repaired text', () => {
    const cv = parse('Sara Colombo\n\nESPERIENZE\nâ€¢ 03/2020 â€“ oggi: Addetta alla cassa presso CaffÃ¨ Sole\n\nFORMAZIONE\nDiploma di maturitÃ  linguistica (2016)\n')
    expect(cv.document.text).toContain('• 03/2020 – oggi')
    expect(cv.document.text).toContain('Caffè Sole')
    expect(cv.document.text).toContain('maturità linguistica')
    expect(cv.diagnostics.map((d) => d.code)).toContain('PARSE_MOJIBAKE_REPAIRED')
    const [job] = cv.experiences
    expect([job?.title.text, at(cv, job?.title.span), job?.employer?.text, at(cv, job?.employer?.span)]).toEqual([
      'Addetta alla cassa', 'Addetta alla cassa', 'Caffè Sole', 'Caffè Sole',
    ])
    expect(cv.education[0]?.eqfLevel).toBe(4)
  })

  it('reads UPPERCASE entries with the employer on a "PRESSO" line, and U+FFFD bullets', () => {
    const cv = parse('MARTA GALLO\n\nESPERIENZE PROFESSIONALI\n2018 - 2020\nBADANTE\nPRESSO FAMIGLIA PRIVATA\n\nEXPERIENCE\n\uFFFD Care Assistant at Meadow View (2020 - 2024)\n')
    expect(jobs(cv)).toEqual([
      ['BADANTE', 'FAMIGLIA PRIVATA', '2018-01..2020-12'],
      ['Care Assistant', 'Meadow View', '2020-01..2024-12'],
    ])
  })

  it('takes a gender marker off a title and keeps "/a"', () => {
    const cv = parse('Esperienze\nAutista (m/f) – Trasporti Veloci Spa, 01/2016 - 12/2017\nMagazziniere/a presso Logistica Adriatica Srl (2018 - 2023)\n')
    expect(cv.experiences.map((e) => e.title.text)).toEqual(['Autista', 'Magazziniere/a'])
  })

  it('reads "Company — Title" with the title second, by company words or by the occupation named', () => {
    const cv = parse('Experience\n2021 – 2024  The Harbour Kitchen — Commis Chef\n2019 – 2021  Greenway Hotels plc — Kitchen Porter\n\nEsperienze\n2016 – 2019 | Pizzeria Vesuvio — Aiuto cuoco\n')
    expect(jobs(cv).map(([title, employer]) => [title, employer])).toEqual([
      ['Commis Chef', 'The Harbour Kitchen'],
      ['Kitchen Porter', 'Greenway Hotels plc'],
      ['Aiuto cuoco', 'Pizzeria Vesuvio'],
    ])
  })

  it('splits "Title, Company" and "Title c/o Company" and a tab between them', () => {
    const cv = parse('Work history\nForklift Operator, Pennine Logistics, 2019 - present\nAddetta vendite c/o Decathlon Italia — 09/2020 - 08/2024\nCarrellista\tBrivio Srl\t2015 - 2019\n')
    expect(jobs(cv).map(([title, employer]) => [title, employer])).toEqual([
      ['Forklift Operator', 'Pennine Logistics'],
      ['Addetta vendite', 'Decathlon Italia'],
      ['Carrellista', 'Brivio Srl'],
    ])
  })

  it('keeps an experience whole when a labelled line ("Competenze: …") sits inside it', () => {
    const cv = parse('Esperienze\n2019 - 2022 Cameriera presso Bar Roma\nCompetenze: servizio ai tavoli, cassa\n2016 - 2019 Commessa presso Coop\n')
    expect(cv.experiences.map((e) => e.title.text)).toEqual(['Cameriera', 'Commessa'])
    expect(kinds(cv)).toEqual(['experience', 'skills', 'experience'])
  })
})

describe('parseCv: objective', () => {
  it.each([
    ['Luca Bianchi\nObiettivo: Magazziniere con patente C\n\nEsperienze\n2019 - 2022 Carrellista presso Depositi Srl', 'Magazziniere', true],
    ['Tom Harris\n\nCareer Objective\nTo obtain a position as an Electrician.\n\nExperience\n2019 - 2022 Labourer at BuildRight', 'Electrician', true],
    ['MARTA GALLO\nCANDIDATURA PER: OPERATRICE SOCIO SANITARIA\n\nESPERIENZE\n2018 - 2020 BADANTE', 'OPERATRICE SOCIO SANITARIA', true],
    ['Olivia Grant\nSeeking a position as a Chef de Partie\n\nExperience\n2019 - 2022 Commis Chef at The Harbour', 'Chef de Partie', true],
    ['Priya Shah\nJunior Data Analyst\npriya.shah@example.com\n\nExperience\n2021 - 2023 Intern at Brightline', 'Data Analyst', false],
  ])('finds the occupation sought in %j', (text, occupation, section) => {
    const cv = parse(text)
    expect(at(cv, cv.objective?.occupation?.span)).toBe(occupation)
    expect(cv.objective?.occupation?.concept).toMatch(/^occ\./)
    expect(kinds(cv).includes('objective')).toBe(section)
  })

  it('finds the same occupation in both gender variants', () => {
    const female = parse('Anna Neri\nObiettivo: Cameriera di sala\n')
    const male = parse('Marco Neri\nObiettivo: Cameriere di sala\n')
    expect(female.objective?.occupation?.concept).toBeDefined()
    expect(female.objective?.occupation?.concept).toBe(male.objective?.occupation?.concept)
  })

  it('states no objective when none is written (a name, contacts and a town are no headline)', () => {
    const cv = parse('Giulia Ferri\nVia Roma 3, Milano\ngiulia.ferri@example.com\nMilano\n\nEsperienze\n2019 - 2022 Cameriera presso Bar Roma\n')
    expect(cv.objective).toBeUndefined()
  })
})

describe('parseCv: skills, interests, languages and references are not education', () => {
  it('reads "Lingue:", "Hobby:" and "Referenze" lines after the education as their own sections', () => {
    const cv = parse('Istruzione\nLicenza media, 2010\nQualifica professionale di operatore elettrico, 2014\n\nLingue: Inglese A1\nHobby: calcio\nReferenze disponibili su richiesta\n')
    expect(cv.education.map((e) => [e.title.text, e.eqfLevel])).toEqual([
      ['Licenza media', 1],
      ['Qualifica professionale di operatore elettrico', 3],
    ])
    expect(kinds(cv)).toEqual(['education', 'languages', 'interests', 'references'])
  })

  it('reads "References available on request" and "Languages:" after English education as no entry', () => {
    const cv = parse('Education\nBA (Hons) Business Studies, University of Salford, 2015\nLanguages: Spanish B1\nReferences available on request\n')
    expect(cv.education.map((e) => e.eqfLevel)).toEqual([6])
    expect(cv.languages.map((l) => `${l.code}:${l.level}`)).toEqual(['es:B1'])
  })

  it.each([
    ['BA (Hons) Early Childhood Studies', 6],
    ['BSc Mathematics', 6],
    ['MSc Data Science', 7],
    ['MBA', 7],
    ['Diploma di maturità tecnica', 4],
    ['Qualifica professionale OSS', 3],
    ['Licenza media', 1],
  ])('gives "%s" EQF %i', (title, level) => {
    expect(parse(`Education\n${title}, 2015`).education[0]?.eqfLevel).toBe(level)
  })

  it('reads a licence under its heading ("PATENTE" then "B")', () => {
    expect(parse('Esperienze\n2019 - 2022 Cameriera presso Bar Roma\n\nPATENTE\nB\n').licences.map((l) => l.code)).toEqual(['B'])
  })
})

describe('fixMojibake', () => {
  const mojibake = (text: string): string => new TextDecoder('windows-1252').decode(new TextEncoder().encode(text))
  const italian = fc.string({ unit: fc.constantFrom(...'abcèéàòùìEÈ ’“”•–—°€.,:\n'.split('')), maxLength: 60 })

  it('property: UTF-8 read as Windows-1252 is repaired to the original text', () => {
    fc.assert(
      fc.property(italian, (text) => {
        expect(fixMojibake(mojibake(text)).text).toBe(text)
      }),
    )
  })

  it('property: a text without mojibake is returned unchanged', () => {
    fc.assert(
      fc.property(italian, (text) => {
        expect(fixMojibake(text)).toEqual({ text, repaired: false })
      }),
    )
  })

  it('repairs "à" whose no-break space became a space', () => {
    expect(fixMojibake('maturitÃ  linguistica, perchÃ© sÃ¬').text).toBe('maturità linguistica, perché sì')
  })
})

describe('parseCv: labelled lines in the header', () => {
  it('keeps the lines under "Patente: B" in the header, where identity is looked for', () => {
    const cv = parse('Giulia Ferri\nPatente: B\nVia Roma 3, 20100 Milano\nTel: 02 0000 1234\n\nEsperienze\n2019 - 2022 Cameriera presso Bar Roma\n')
    expect(kinds(cv)).toEqual(['header', 'licences', 'header', 'experience'])
    expect(cv.licences.map((l) => l.code)).toEqual(['B'])
    expect(cv.identity.items.map((i) => i.category)).toEqual(expect.arrayContaining(['address', 'phone']))
  })
})

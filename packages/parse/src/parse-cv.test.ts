import { DocumentSchema, isIncontroError, ParsedProfileSchema, type ParsedProfile } from '@incontro/core'
import fc from 'fast-check'
import { findPhoneNumbersInText, isValidPhoneNumber } from 'libphonenumber-js'
import { describe, expect, it } from 'vitest'
import { codiceFiscaleCheckCharacter } from '@incontro/core'
import { copyDocument } from './internal/input.js'
import { parseCv } from './parse-cv.js'

const today = '2024-05'
const parse = (text: string): ParsedProfile => parseCv(text, { sourceId: 'cv-test', today })
const slice = (profile: ParsedProfile, span: { start: number; end: number } | undefined): string =>
  span ? profile.document.text.slice(span.start, span.end) : ''
const codiceFiscale = 'VRDGLI92M52F205' + codiceFiscaleCheckCharacter('VRDGLI92M52F205')

const italianCv = `GIULIA VERDI
Via Padova 12, 20127 Milano
Tel: +39 347 123 4567 · giulia.verdi@example.it · linkedin.com/in/giuliaverdi
Nata a Napoli il 12/08/1992 – Nazionalità: italiana – Stato civile: nubile
Codice fiscale: ${codiceFiscale}

1. Esperienze professionali:
03/2019 – 06/2021 Cameriera presso Bar Roma, Milano
- servizio ai tavoli
Commessa – Coop Lombardia (gennaio 2018 - dicembre 2018)
Gennaio 2022 – oggi
Addetta reception
Hotel Duomo, Milano

ISTRUZIONE E FORMAZIONE
Laurea triennale in Economia – Università Bicocca, 2015
Diploma di maturità scientifica
Liceo Einstein, Milano
2010

Lingue
Italiano: madrelingua
Inglese: B2; Francese (buono)
Tedesco

Patente B, automunita. Patentino muletto.
`

const englishCv = `Jane Smith
jane.smith@example.com | +44 20 7946 0958 | github.com/janesmith
Date of birth: 4 July 1992 · Place of birth: Leeds · Married · Age: 31

WORK EXPERIENCE
Software Developer at Acme Ltd, London
Jan 2020 – present
- built APIs

Junior Developer | Beta Srl
January 2018 - March 2019

EDUCATION
2011 - 2014 BSc in Computer Science, University of Leeds
A levels, Leeds Grammar School, 2011

LANGUAGES
English – native; Italian – C1
Spanish – basic
native speaker of Arabic

Driving licence: B. No forklift licence.
`

describe('parseCv: sections', () => {
  it('finds Italian headings: numbered, uppercase, with a trailing colon, plus the header', () => {
    expect(parse(italianCv).sections.map((section) => section.kind)).toEqual(['header', 'experience', 'education', 'languages'])
  })

  it('finds English headings', () => {
    // "Driving licence: B. No forklift licence." opens a licences section of its own.
    expect(parse(englishCv).sections.map((section) => section.kind)).toEqual(['header', 'experience', 'education', 'languages', 'licences'])
  })

  it.each([
    ['Esperienze lavorative', 'experience'],
    ['Employment history', 'experience'],
    ['Titoli di studio', 'education'],
    ['Education and Training:', 'education'],
    ['Competenze tecniche', 'skills'],
    ['Conoscenze linguistiche', 'languages'],
    ['Patenti', 'licences'],
    ['Corsi', 'certifications'],
    ['Chi sono', 'summary'],
    ['About me', 'summary'],
    ['Dati personali', 'personal'],
    ['Volontariato', 'volunteering'],
    ['HOBBY', 'interests'],
    ['Referenze', 'references'],
  ])('reads "%s" as a %s heading', (heading, kind) => {
    const profile = parse(`Nome Cognome\n${heading}\nqualcosa`)
    const section = profile.sections[1]
    expect(section?.kind).toBe(kind)
    expect(slice(profile, section?.heading)).toBe(heading)
  })

  it('reports PARSE_NO_SECTIONS when no heading is recognised', () => {
    expect(parse('solo testo senza titoli').diagnostics.map((d) => d.code)).toContain('PARSE_NO_SECTIONS')
  })
})

describe('parseCv: experiences', () => {
  it('reads title, employer, place, dates and months in three layouts', () => {
    const profile = parse(italianCv)
    const summary = profile.experiences.map((e) => ({
      title: e.title.text,
      employer: e.employer?.text,
      place: e.place?.text,
      start: e.start,
      end: e.end,
      months: e.months,
    }))
    expect(summary).toEqual([
      { title: 'Cameriera', employer: 'Bar Roma', place: 'Milano', start: '2019-03', end: '2021-06', months: 28 },
      { title: 'Commessa', employer: 'Coop Lombardia', place: undefined, start: '2018-01', end: '2018-12', months: 12 },
      { title: 'Addetta reception', employer: 'Hotel Duomo', place: 'Milano', start: '2022-01', end: 'present', months: 29 },
    ])
  })

  it('reads a title line followed by a date line (English)', () => {
    const [first, second] = parse(englishCv).experiences
    expect(first?.title.text).toBe('Software Developer')
    expect(first?.employer?.text).toBe('Acme Ltd')
    expect(first?.place?.text).toBe('London')
    expect([first?.start, first?.end, first?.months]).toEqual(['2020-01', 'present', 53])
    expect([second?.title.text, second?.employer?.text, second?.months]).toEqual(['Junior Developer', 'Beta Srl', 15])
  })

  it('gives every field a span that points at its text', () => {
    const profile = parse(italianCv)
    for (const experience of profile.experiences) {
      expect(slice(profile, experience.title.span)).toBe(experience.title.text)
      if (experience.employer) expect(slice(profile, experience.employer.span)).toBe(experience.employer.text)
    }
  })

  it.each([
    ['03/2019 – 06/2021', '2019-03', '2021-06', 28],
    ['3/2019-6/2021', '2019-03', '2021-06', 28],
    ['2019-2021', '2019-01', '2021-12', 36],
    ['2019 - oggi', '2019-01', 'present', 65],
    ['da marzo 2019 a oggi', '2019-03', 'present', 63],
    ['gennaio 2018 - dicembre 2020', '2018-01', '2020-12', 36],
    ['mar 2019 – giu 2021', '2019-03', '2021-06', 28],
    ['Jan 2020 – present', '2020-01', 'present', 53],
    ['January 2020 - March 2022', '2020-01', '2022-03', 27],
    ['10/2015 - in corso', '2015-10', 'present', 104],
    ['dal 2016 ad oggi', '2016-01', 'present', 101],
    ['09/2020 — attuale', '2020-09', 'present', 45],
    ['Sep 2021 ‑ current', '2021-09', 'present', 33],
    ['2023 - now', '2023-01', 'present', 17],
    ['06/2020', '2020-06', '2020-06', 1],
  ])('reads "%s" as %s … %s (%i months)', (dates, start, end, months) => {
    const [experience] = parse(`Esperienze\n${dates} Magazziniere presso Logi Srl`).experiences
    expect(experience?.title.text).toBe('Magazziniere')
    expect(experience?.employer?.text).toBe('Logi Srl')
    expect([experience?.start, experience?.end, experience?.months]).toEqual([start, end, months])
  })

  it('counts "present" against the today option', () => {
    const text = 'Esperienze\n01/2024 – oggi Barista'
    expect(parseCv(text, { sourceId: 'a', today: '2024-12' }).experiences[0]?.months).toBe(12)
    expect(parseCv(text, { sourceId: 'a', today: '2024-01' }).experiences[0]?.months).toBe(1)
  })

  it('reports unreadable dates with their place', () => {
    const profile = parse('Esperienze\n13/2019 – 06/2021 Cameriera\nBarista (06/2021 – 03/2019)')
    const unreadable = profile.diagnostics.filter((d) => d.code === 'PARSE_UNREADABLE_DATE')
    expect(unreadable.map((d) => slice(profile, d.place))).toEqual(['13/2019', '06/2021 – 03/2019'])
  })

  it('reports an experience section without dates', () => {
    expect(parse('Esperienze\nCameriera presso Bar Roma').diagnostics.map((d) => d.code)).toContain('PARSE_MISSING_DATES')
  })
})

describe('parseCv: education', () => {
  it('reads title, EQF level, qualification, institution and year', () => {
    const profile = parse(italianCv)
    expect(profile.education.map((e) => [e.title.text, e.eqfLevel, e.qualification, e.institution?.text, e.year])).toEqual([
      ['Laurea triennale in Economia', 6, 'laurea-triennale', 'Università Bicocca', 2015],
      ['Diploma di maturità scientifica', 4, 'diploma', 'Liceo Einstein, Milano', 2010],
    ])
  })

  it('reads English entries with dates before the title', () => {
    const profile = parse(englishCv)
    expect(profile.education.map((e) => [e.title.text, e.eqfLevel, e.institution?.text, e.year])).toEqual([
      ['BSc in Computer Science', 6, 'University of Leeds', 2014],
      ['A levels', 4, 'Leeds Grammar School', 2011],
    ])
  })

  it.each([
    ['Licenza media', 1, 'licenza-media'],
    ["Certificazione dell'obbligo di istruzione", 2, 'obbligo-di-istruzione'],
    ['Diploma di scuola secondaria superiore', 4, 'diploma'],
    ['Diploma universitario in Servizio sociale', 6, 'laurea-triennale'],
    ['Diploma di specializzazione in Pediatria', 8, 'specializzazione'],
    ['Master di I livello in Coordinamento', 7, 'master-primo-livello'],
    ['Master di II livello in Management sanitario', 8, 'master-secondo-livello'],
    ['Qualifica professionale IeFP di operatore della ristorazione', 3, 'qualifica-professionale'],
    ['Diploma professionale di tecnico di cucina', 4, 'diploma-professionale'],
    ['Diploma di maturità', 4, 'diploma'],
    ['Istituto tecnico commerciale', 4, 'diploma'],
    ['Diploma ITS in meccatronica', 5, 'its'],
    ['Laurea di primo livello in Lettere', 6, 'laurea-triennale'],
    ['Laurea magistrale in Ingegneria', 7, 'laurea-magistrale'],
    ['Laurea specialistica in Chimica', 7, 'laurea-magistrale'],
    ['Laurea vecchio ordinamento in Giurisprudenza', 7, 'laurea-magistrale'],
    ['Master universitario di primo livello in HR', 7, 'master-primo-livello'],
    ['Master di secondo livello in Diritto', 8, 'master-secondo-livello'],
    ['Dottorato di ricerca in Fisica', 8, 'dottorato'],
    ['PhD in Biology', 8, 'dottorato'],
    ["Master's degree in Economics", 7, 'laurea-magistrale'],
    ['MSc Data Science', 7, 'laurea-magistrale'],
    ['Bachelor of Arts in History', 6, 'laurea-triennale'],
    ['GCSEs', 3, 'gcse'],
    ['High school diploma', 4, 'upper-secondary'],
    // RQF level 3 is referenced to EQF 4; an NVQ without a level stays at 3.
    ['NVQ level 3 in Catering', 4, 'vocational-qualification'],
  ])('maps "%s" to EQF %i', (title, level, qualification) => {
    const [entry] = parse(`Istruzione\n${title} (2015)`).education
    expect([entry?.eqfLevel, entry?.qualification]).toEqual([level, qualification])
  })
})

describe('parseCv: languages', () => {
  it('reads CEFR codes and word levels in the languages section', () => {
    const profile = parse(italianCv)
    expect(profile.languages.map((l) => [l.code, l.level])).toEqual([
      ['it', 'native'],
      ['en', 'B2'],
      ['fr', 'B2'],
    ])
    expect(profile.diagnostics.find((d) => d.code === 'PARSE_UNKNOWN_LANGUAGE_LEVEL')).toBeDefined()
  })

  it('reads English layouts: "English – native", "native speaker of Arabic", "Spanish – basic"', () => {
    expect(parse(englishCv).languages.map((l) => [l.code, l.level])).toEqual([
      ['en', 'native'],
      ['it', 'C1'],
      ['es', 'A2'],
      ['ar', 'native'],
    ])
  })

  it.each([
    ['Inglese: ottimo', 'en', 'C1'],
    ['Spagnolo fluente', 'es', 'C1'],
    ['Tedesco discreto', 'de', 'B1'],
    ['Russo scolastico', 'ru', 'A2'],
    ['Cinese base', 'zh', 'A1'],
    ['Arabo: lingua madre', 'ar', 'native'],
    ['Rumeno – C2', 'ro', 'C2'],
    ['Albanese (madrelingua)', 'sq', 'native'],
    ['Ucraino: B1', 'uk', 'B1'],
    ['Tagalog: native', 'tl', 'native'],
    ['Bengalese - madrelingua', 'bn', 'native'],
    ['Cingalese madrelingua', 'si', 'native'],
    ['Wolof: fluent', 'wo', 'C1'],
    ['Portuguese – upper intermediate', 'pt', 'B2'],
    ['French: good', 'fr', 'B2'],
    ['Polish - beginner', 'pl', 'A1'],
  ])('reads "%s" as %s %s', (line, code, level) => {
    const [skill] = parse(`Lingue\n${line}`).languages
    expect([skill?.code, skill?.level]).toEqual([code, level])
  })

  it('does not read a nationality as a language', () => {
    expect(parse('Mario Bianchi\nNazionalità: italiana\ncittadinanza italiana').languages).toEqual([])
  })
})

describe('parseCv: licences', () => {
  it.each([
    ['Patente B', ['B']],
    ['patente di guida B', ['B']],
    ['Patente C + CQC', ['C', 'CQC']],
    ['patenti A e B', ['A', 'B']],
    ['Driving licence: B', ['B']],
    ['Patentino del carrello elevatore', ['forklift']],
    ['Patentino muletto', ['forklift']],
    ['Forklift licence', ['forklift']],
    ['Patente CE, ADR', ['CE', 'ADR']],
    ['senza patente', []],
    ['No driving licence', []],
    ['Patente: nessuna', []],
    ['Uso del muletto in magazzino', []],
  ])('reads "%s" as %j', (line, codes) => {
    expect(parse(`Mario Bianchi\n${line}`).licences.map((l) => l.code)).toEqual(codes)
  })
})

describe('parseCv: identity', () => {
  it('finds name, contacts and protected attributes in an Italian header', () => {
    const profile = parse(italianCv)
    const byCategory = Object.fromEntries(profile.identity.items.map((item) => [item.category, item.value]))
    expect(byCategory).toEqual({
      name: 'GIULIA VERDI',
      address: 'Via Padova 12, 20127 Milano',
      phone: '+39 347 123 4567',
      email: 'giulia.verdi@example.it',
      url: 'linkedin.com/in/giuliaverdi',
      birthplace: 'Napoli',
      'birth-date': '12/08/1992',
      nationality: 'italiana',
      'marital-status': 'nubile',
      'codice-fiscale': codiceFiscale,
    })
    expect(profile.identity.givenNames).toEqual(['GIULIA'])
    expect(profile.identity.surnames).toEqual(['VERDI'])
    expect(profile.identity.photo).toBe(false)
    for (const item of profile.identity.items) expect(slice(profile, item.span)).toBe(item.value)
  })

  it('finds identity items in an English header', () => {
    const profile = parse(englishCv)
    const categories = profile.identity.items.map((item) => [item.category, item.value])
    expect(categories).toEqual([
      ['name', 'Jane Smith'],
      ['email', 'jane.smith@example.com'],
      ['phone', '+44 20 7946 0958'],
      ['url', 'github.com/janesmith'],
      ['birth-date', '4 July 1992'],
      ['birthplace', 'Leeds'],
      ['marital-status', 'Married'],
      ['age', '31'],
    ])
  })

  it('uses "Nome:" and "Cognome:" fields for given names and surnames', () => {
    const profile = parse('Curriculum Vitae\nNome: Anna Maria\nCognome: De Luca\nEtà: 32\nIndirizzo: Corso Buenos Aires 5, Milano\nConiugata')
    expect(profile.identity.givenNames).toEqual(['Anna', 'Maria'])
    expect(profile.identity.surnames).toEqual(['De Luca'])
    const values = profile.identity.items.map((item) => [item.category, item.value])
    expect(values).toEqual([
      ['name', 'Anna Maria'],
      ['name', 'De Luca'],
      ['age', '32'],
      ['address', 'Corso Buenos Aires 5, Milano'],
      ['marital-status', 'Coniugata'],
    ])
  })

  it('splits a header name into given names and surname with its particles', () => {
    const profile = parse('Ana Lucia dos Santos\nEsperienze')
    expect(profile.identity.givenNames).toEqual(['Ana', 'Lucia'])
    expect(profile.identity.surnames).toEqual(['dos Santos'])
  })

  it('finds an age in the header, "born in" and "cittadinanza"', () => {
    const profile = parse('Omar Diallo\n29 anni, born in Dakar, cittadinanza senegalese')
    const values = profile.identity.items.map((item) => [item.category, item.value])
    expect(values).toContainEqual(['age', '29 anni'])
    expect(values).toContainEqual(['birthplace', 'Dakar'])
    expect(values).toContainEqual(['nationality', 'senegalese'])
  })

  it('keeps a codice fiscale only when its check character is right (or it is labelled)', () => {
    const wrong = codiceFiscale.slice(0, 15) + (codiceFiscale[15] === 'A' ? 'B' : 'A')
    expect(parse(`Mario Bianchi\n${codiceFiscale}`).identity.items.map((i) => i.category)).toContain('codice-fiscale')
    expect(parse(`Mario Bianchi\n${wrong}`).identity.items.map((i) => i.category)).not.toContain('codice-fiscale')
    const labelled = parse(`Mario Bianchi\nC.F.: ${wrong}`)
    expect(labelled.identity.items.map((i) => i.category)).toContain('codice-fiscale')
    expect(labelled.diagnostics.map((d) => d.code)).toContain('PARSE_INVALID_CODICE_FISCALE')
  })

  it('does not read dates as phone numbers', () => {
    const profile = parse('Esperienze\n03/2019 - 06/2021 Cameriera\n2015 - 2019 Barista')
    expect(profile.identity.items.filter((item) => item.category === 'phone')).toEqual([])
  })

  it('finds no phone number in any range of two years, so the phone search may skip them', () => {
    // identity.ts does not hand "2015 - 2019" to libphonenumber: no Italian number has eight digits
    // starting with 1 or 2. Should libphonenumber's metadata ever change that, this fails.
    const valid: string[] = []
    for (let from = 1950; from <= 2100; from++) {
      for (let to = 1950; to <= 2100; to++) if (isValidPhoneNumber(`${from}${to}`, 'IT')) valid.push(`${from}${to}`)
    }
    expect(valid).toEqual([])
    const found: string[] = []
    for (let from = 1950; from <= 2100; from += 3) {
      for (let to = 1950; to <= 2100; to += 7) {
        for (const separator of ['-', ' - ', '/', ' ', '.', ') (']) {
          const text = `${from}${separator}${to}`
          for (const number of findPhoneNumbersInText(text, { defaultCountry: 'IT' })) found.push(text.slice(number.startsAt, number.endsAt))
        }
      }
    }
    expect(found.filter((raw) => raw.replace(/\D/g, '').length >= 8)).toEqual([])
  })

  it('never puts document text into diagnostics', () => {
    const profile = parse(`Giulia Verdi\nEsperienze\n13/2019 – 06/2021 Segretissima\nLingue\nKlingon`)
    for (const diagnostic of profile.diagnostics) {
      expect(diagnostic.message).not.toMatch(/Giulia|Verdi|Segretissima|Klingon/)
    }
  })
})

describe('parseCv: names in both gender variants (regressions)', () => {
  const names = (text: string) => parse(text).identity
  it.each([
    ['Curriculum vitae della Sig.ra Gaia Ferri\nProfilo', 'Curriculum vitae del Sig. Ugo Ferri\nProfilo', ['Gaia'], ['Ugo']],
    ['CURRICULUM VITAE - Ms Gaia Ferri, Nurse\nProfile', 'CURRICULUM VITAE - Mr Ugo Ferri, Nurse\nProfile', ['Gaia'], ['Ugo']],
    ['Gaia Ferri - Saleswoman / Sales Assistant\nAbout me', 'Ugo Ferri - Salesman / Sales Assistant\nAbout me', ['Gaia'], ['Ugo']],
    ['Gaia Ferri, Cameriera\nProfilo', 'Ugo Ferri, Cameriere\nProfilo', ['Gaia'], ['Ugo']],
    ['Gaia Ferri | Barista\nProfilo', 'Ugo Ferri | Barista\nProfilo', ['Gaia'], ['Ugo']],
    ['Dott.ssa Gaia Ferri\nProfilo', 'Dott. Ugo Ferri\nProfilo', ['Gaia'], ['Ugo']],
  ])('finds the name in "%s" and in its other variant', (female, male, given, otherGiven) => {
    expect(names(female)).toMatchObject({ givenNames: given, surnames: ['Ferri'] })
    expect(names(male)).toMatchObject({ givenNames: otherGiven, surnames: ['Ferri'] })
  })

  it("reads a surname with an elided particle (D'Angelo, D'ANGELO) as a name word", () => {
    expect(names("Gaia D'Angelo\nProfilo")).toMatchObject({ givenNames: ['Gaia'], surnames: ["D'Angelo"] })
    expect(names("Ugo D'ANGELO\nProfilo")).toMatchObject({ givenNames: ['Ugo'], surnames: ["D'ANGELO"] })
  })

  it('adds names written after an honorific in the header to the known names', () => {
    const identity = names('Milan, Italy | +39 320 555 0000\nPersonal details: Ms Gaia Ferri, born 1992 in Monza\nSummary')
    expect(identity).toMatchObject({ givenNames: ['Gaia'], surnames: ['Ferri'] })
  })

  it('does not take a job title for a name when it is not the first line', () => {
    expect(names('Via Esempio 3, Milano\nAddetta Vendite - Milano\nProfilo').givenNames).toEqual([])
  })

  it('finds the birth date after a birthplace with its country in brackets', () => {
    for (const participle of ['Nata', 'Nato']) {
      const values = parse(`Ugo Ferri\n${participle} a Dakar (Senegal) il 05/01/2003`).identity.items.map((item) => [item.category, item.value])
      expect(values).toContainEqual(['birth-date', '05/01/2003'])
    }
  })
})

describe('parseCv: JSON Resume', () => {
  const resume = {
    meta: { language: 'it' },
    basics: {
      name: 'Luca Bianchi',
      label: 'Magazziniere',
      email: 'luca@example.it',
      phone: '+39 333 1234567',
      image: 'https://example.it/foto.jpg',
      location: { address: 'Via Roma 1', postalCode: '20100', city: 'Milano' },
      profiles: [{ network: 'LinkedIn', url: 'https://www.linkedin.com/in/lucabianchi' }],
      summary: 'Magazziniere con esperienza nella logistica.',
    },
    work: [
      { name: 'Logistica Srl', position: 'Magazziniere', startDate: '2019-03-01', endDate: '2021-06-30', highlights: ['carico e scarico'] },
      { name: 'Depositi Spa', position: 'Mulettista', startDate: '2021-07' },
    ],
    education: [{ institution: 'ITIS Feltrinelli', studyType: 'Diploma', area: 'Meccanica', startDate: '2007', endDate: '2012' }],
    languages: [{ language: 'Inglese', fluency: 'Discreto' }],
    certificates: [{ name: 'Patentino muletto', issuer: 'Ente Formazione', date: '2019-05' }],
  }

  it('renders the resume and extracts fields with spans into the rendered text', () => {
    const profile = parseCv(JSON.stringify(resume), { sourceId: 'jr', today })
    expect(profile.document.format).toBe('json-resume')
    expect(profile.sections.map((s) => s.kind)).toEqual(['header', 'summary', 'experience', 'education', 'languages', 'certifications'])
    expect(profile.experiences.map((e) => [e.title.text, e.employer?.text, e.start, e.end, e.months])).toEqual([
      ['Magazziniere', 'Logistica Srl', '2019-03', '2021-06', 28],
      ['Mulettista', 'Depositi Spa', '2021-07', 'present', 35],
    ])
    expect(profile.education.map((e) => [e.title.text, e.eqfLevel, e.institution?.text, e.year])).toEqual([
      ['Diploma in Meccanica', 4, 'ITIS Feltrinelli', 2012],
    ])
    expect(profile.languages.map((l) => [l.code, l.level])).toEqual([['en', 'B1']])
    expect(profile.licences.map((l) => l.code)).toEqual(['forklift'])
    expect(profile.identity.photo).toBe(true)
    expect(profile.identity.givenNames).toEqual(['Luca'])
    const categories = profile.identity.items.map((item) => item.category)
    expect(categories).toEqual(expect.arrayContaining(['name', 'email', 'phone', 'address', 'url']))
    for (const item of profile.identity.items) expect(slice(profile, item.span)).toBe(item.value)
  })

  it('uses English headings for an English resume', () => {
    const english = { ...resume, meta: { language: 'en' }, languages: [{ language: 'English', fluency: 'Native speaker' }] }
    const profile = parseCv(new TextEncoder().encode(JSON.stringify(english)), { sourceId: 'jr', format: 'json-resume', today })
    expect(profile.document.text).toContain('Work experience')
    expect(profile.document.text).toContain('(07/2021 – present)')
    expect(profile.languages.map((l) => [l.code, l.level])).toEqual([['en', 'native']])
  })

  it('throws PARSE_MALFORMED for broken JSON when JSON Resume is requested', () => {
    expect(() => parseCv('{"basics":', { sourceId: 'x', format: 'json-resume' })).toThrow(expect.objectContaining({ code: 'PARSE_MALFORMED' }))
  })
})

describe('parseCv: input and robustness', () => {
  it('accepts a Document and rejects a missing sourceId with a typed error', () => {
    const first = parse(italianCv)
    expect(parseCv(first.document, { sourceId: 'again', today }).experiences).toEqual(first.experiences)
    expect(() => parseCv('x', { sourceId: '' })).toThrow(expect.objectContaining({ code: 'CORE_INVALID_INPUT' }))
    expect(() => parseCv('x', { sourceId: 'a', today: '2024-13' })).toThrow(expect.objectContaining({ code: 'CORE_INVALID_INPUT' }))
  })

  it('reports a latin-1 fallback as a diagnostic', () => {
    const profile = parseCv(new Uint8Array([0x43, 0x69, 0x74, 0x74, 0xe0]), { sourceId: 'x' })
    expect(profile.diagnostics.map((d) => d.code)).toContain('PARSE_ENCODING_FALLBACK')
  })

  it.each([
    ['"a-" repeated', 'a-'],
    ['"1/" repeated', '1/'],
    ['"Via " repeated', 'Via '],
    ['spaces', ' '],
    ['"@a." repeated', '@a.'],
    ['"2019 - " repeated', '2019 - '],
  ])('parses 1 MB of %s, in long and short lines, and returns diagnostics', (_name, unit) => {
    const oneLine = unit.repeat(Math.ceil(1_000_000 / unit.length))
    const shortLines = `Esperienze\n${`${unit.repeat(Math.ceil(1500 / unit.length))}\n`.repeat(Math.ceil(1_000_000 / 1500))}`
    for (const text of [oneLine, shortLines, `Lingue\n${shortLines}`, `Istruzione\n${shortLines}`]) {
      const profile = parseCv(text, { sourceId: 'adversarial', today })
      expect(profile.diagnostics.length).toBeGreaterThan(0)
    }
  })

  it('property: random strings and bytes never throw anything but IncontroError, and the output is what the schema parses it to', () => {
    const cvLike = fc.array(
      fc.oneof(
        fc.string(),
        fc.constantFrom('Esperienze', 'ISTRUZIONE:', 'Lingue', '03/2019 – oggi', 'Inglese B2', 'Patente B', '- ', 'Via Roma 3', '@', '2019-2021', 'Nata a Roma il 1/1/1990'),
        fc.constantFrom('2018 - 2020 Cameriera presso Bar Roma, Milano', 'Laurea triennale in Economia, Università di Pavia, 2015', 'Diploma', 'Tel. +39 320 123 4567', 'Sig.ra Anna Rossi'),
      ),
      { maxLength: 30 },
    )
    const check = (input: string | Uint8Array): void => {
      try {
        const profile = parseCv(input, { sourceId: 'fuzz', today })
        // parseCv returns its result unchecked: it must be valid and already in the schema's key order.
        expect(JSON.stringify(ParsedProfileSchema.parse(profile))).toBe(JSON.stringify(profile))
      } catch (error) {
        expect(isIncontroError(error)).toBe(true)
      }
    }
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), check), { numRuns: 200 })
    fc.assert(fc.property(cvLike.map((parts) => parts.join('\n')), check), { numRuns: 200 })
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), check), { numRuns: 200 })
  })

  it('property: a Document is copied as DocumentSchema parses it, and any the quick check leaves to zod is one zod judges', () => {
    const offset = fc.oneof(fc.nat(200), fc.constantFrom(-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, -0), fc.constant(undefined), fc.string({ maxLength: 2 }))
    const span = fc.oneof(fc.record({ start: offset, end: offset }), fc.record({ start: fc.nat(50), end: fc.nat(50), extra: fc.string() }), fc.constant(null), fc.constant([]))
    const kind = fc.oneof(fc.constantFrom('heading', 'paragraph', 'list-item', 'line', 'title'), fc.integer())
    const block = fc.oneof(fc.record({ kind, span }), fc.record({ kind, span, note: fc.string() }, { requiredKeys: ['kind'] }), fc.constant(null), fc.string())
    const document = fc.record(
      {
        text: fc.oneof(fc.string(), fc.integer()),
        blocks: fc.oneof(fc.array(block, { maxLength: 6 }), fc.constant({})),
        format: fc.constantFrom('text', 'json-resume', 'pdf', 'docx', 'html', 'europass-xml', 'job-posting', 'doc'),
        language: fc.constantFrom('it', 'en', 'und', 'fr'),
        extra: fc.anything(),
      },
      { requiredKeys: ['text', 'blocks', 'format', 'language'] },
    )
    fc.assert(
      fc.property(fc.oneof(document, fc.anything()), (input) => {
        const copied = copyDocument(input)
        const parsed = DocumentSchema.safeParse(input)
        if (copied !== undefined) {
          expect(parsed.success).toBe(true)
          expect(JSON.stringify(copied)).toBe(JSON.stringify(parsed.data))
          expect(copied).not.toBe(input)
        }
      }),
      { numRuns: 2000 },
    )
  })
})

import { isIncontroError } from '@incontro/core'
import { Document as DocxDocument, HeadingLevel, Packer, Paragraph } from 'docx'
import { PDFDocument, StandardFonts } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { detectDocumentKind } from './detect-document-kind.js'
import { parseCv } from './parse-cv.js'
import { parseVacancy } from './parse-vacancy.js'
import { readDocumentAsync } from './read-document-async.js'
import { readDocumentWithDiagnostics } from './read-document-with-diagnostics.js'
import { readDocument } from './read-document.js'

const encode = (text: string): Uint8Array => new TextEncoder().encode(text)

async function pdfOf(lines: readonly string[]): Promise<Uint8Array> {
  const document = await PDFDocument.create()
  const font = await document.embedFont(StandardFonts.Helvetica)
  const page = document.addPage([595, 842])
  lines.forEach((line, index) => page.drawText(line, { x: 50, y: 800 - index * 16, size: 11, font }))
  return document.save()
}

async function docxOf(paragraphs: readonly Paragraph[]): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(new DocxDocument({ sections: [{ children: [...paragraphs] }] })))
}

describe('readDocumentAsync', () => {
  it('reads the text layer of a PDF line by line, accents included', async () => {
    const bytes = await pdfOf(['Giulia Ferri', 'Esperienze professionali', '03/2019 – 06/2021 Cameriera presso Trattoria Città Srl'])
    const { document, diagnostics } = await readDocumentWithDiagnostics(bytes)
    expect(document.format).toBe('pdf')
    expect(document.text.split('\n')).toEqual(['Giulia Ferri', 'Esperienze professionali', '03/2019 – 06/2021 Cameriera presso Trattoria Città Srl'])
    expect(document.blocks[1]?.kind).toBe('heading')
    expect(diagnostics).toEqual([])
    expect(parseCv(document, { sourceId: 'pdf', today: '2025-06' }).experiences[0]?.months).toBe(28)
  })

  it('reports PARSE_NO_TEXT_LAYER for a PDF with pages but no text, and parseCv carries it through readDiagnostics', async () => {
    const document = await PDFDocument.create()
    document.addPage([595, 842]).drawRectangle({ x: 10, y: 10, width: 100, height: 100 })
    const result = await readDocumentWithDiagnostics(await document.save())
    expect(result.document.text).toBe('')
    expect(result.diagnostics.map((d) => d.code)).toEqual(['PARSE_NO_TEXT_LAYER'])
    const profile = parseCv(result.document, { sourceId: 'scan', readDiagnostics: result.diagnostics })
    expect(profile.diagnostics.map((d) => d.code)).toContain('PARSE_NO_TEXT_LAYER')
  })

  it('reads a DOCX with headings and bullet lists as blocks', async () => {
    const bytes = await docxOf([
      new Paragraph({ text: 'Cameriere/a', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ text: 'Requisiti', heading: HeadingLevel.HEADING_2 }),
      new Paragraph({ text: 'Inglese B1', bullet: { level: 0 } }),
      new Paragraph({ text: 'Patente B gradita', bullet: { level: 0 } }),
    ])
    const document = await readDocumentAsync(bytes)
    expect(document.format).toBe('docx')
    expect(document.text).toBe('Cameriere/a\n\nRequisiti\n- Inglese B1\n- Patente B gradita')
    expect(document.blocks.map((b) => b.kind)).toEqual(['heading', 'heading', 'list-item', 'list-item'])
    const vacancy = parseVacancy(document, { sourceId: 'docx' })
    expect(vacancy.languages[0]).toMatchObject({ code: 'en', level: 'B1', importance: 'essential' })
    expect(vacancy.licences[0]).toMatchObject({ code: 'B', importance: 'preferred' })
  })

  it('sniffs bytes, not names: PDF and DOCX throw PARSE_UNSUPPORTED_FORMAT from the synchronous reader', async () => {
    const pdf = await pdfOf(['Testo'])
    expect(() => readDocument(pdf)).toThrow(expect.objectContaining({ code: 'PARSE_UNSUPPORTED_FORMAT' }))
    expect(() => parseCv(pdf, { sourceId: 'x' })).toThrow(/readDocumentAsync/)
    const docx = await docxOf([new Paragraph({ text: 'Testo' })])
    expect(() => readDocument(docx)).toThrow(expect.objectContaining({ code: 'PARSE_UNSUPPORTED_FORMAT' }))
  })

  it('reads the text formats too, with the same result as readDocument', async () => {
    const text = 'Maria Rossi\nEsperienze\n03/2019 – 06/2021 Cameriera'
    expect(await readDocumentAsync(text)).toEqual(readDocument(text))
  })
})

describe('readDocument formats', () => {
  it('reads HTML visible text with headings, paragraphs and list items, skipping scripts, styles and the head', () => {
    const html = '<!doctype html><html><head><title>T</title><style>p{}</style></head><body><h1>Cuoco/a</h1><p>Cerchiamo un cuoco &amp; una cuoca.</p><h2>Requisiti</h2><ul><li>Inglese B1</li><li>Patente&nbsp;B</li></ul><script>var x = "<p>no</p>"</script></body></html>'
    const document = readDocument(encode(html))
    expect(document.format).toBe('html')
    expect(document.text).toBe('Cuoco/a\nCerchiamo un cuoco & una cuoca.\n\nRequisiti\n- Inglese B1\n- Patente B')
    expect(document.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'heading', 'list-item', 'list-item'])
  })

  it('reads a schema.org JobPosting from JSON-LD inside HTML and from bare JSON, rendered with labelled fields', () => {
    const posting = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Organization', name: 'Example Srl' },
        {
          '@type': 'JobPosting',
          title: 'Magazziniere/a',
          description: '<p>Offriamo contratto a tempo indeterminato. CCNL Logistica.</p>',
          qualifications: '<ul><li>Patente B</li><li>Inglese A2 gradito</li></ul>',
          employmentType: ['FULL_TIME'],
          workHours: '40 ore settimanali',
          hiringOrganization: { '@type': 'Organization', name: 'Logistica Nord Srl' },
          jobLocation: { '@type': 'Place', address: { addressLocality: 'Segrate', addressRegion: 'MI' } },
          baseSalary: { currency: 'EUR', value: { minValue: 24000, maxValue: 27000, unitText: 'YEAR' } },
          datePosted: '2025-05-02',
        },
      ],
    }
    const html = `<html><head><script type="application/ld+json">${JSON.stringify(posting)}</script></head><body><p>Annuncio</p></body></html>`
    for (const input of [html, JSON.stringify(posting)]) {
      const document = readDocument(input)
      expect(document.format).toBe('job-posting')
      expect(detectDocumentKind(document)).toBe('vacancy')
      const vacancy = parseVacancy(document, { sourceId: 'jp' })
      expect(vacancy.title.text).toBe('Magazziniere/a')
      expect(vacancy.organization?.text).toBe('Logistica Nord Srl')
      expect(vacancy.place?.text).toBe('Segrate, MI')
      expect(vacancy.contract).toEqual(expect.arrayContaining(['full-time', 'permanent']))
      expect(vacancy.hoursPerWeek?.value).toBe(40)
      expect(vacancy.salary).toMatchObject({ min: 24000, max: 27000, currency: 'EUR', period: 'year' })
      expect(vacancy.ccnl?.text).toBe('CCNL Logistica')
      expect(vacancy.licences).toEqual([expect.objectContaining({ code: 'B', importance: 'essential' })])
      expect(vacancy.languages).toEqual([expect.objectContaining({ code: 'en', level: 'A2', importance: 'preferred' })])
      const salary = vacancy.salary
      expect(salary && document.text.slice(salary.span.start, salary.span.end)).toBe('24000 - 27000')
    }
  })

  it('reads a Europass Candidate XML CV into the canonical layout', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<Candidate xmlns="http://www.europass.eu/1.0" xmlns:oa="http://www.openapplications.org/oagis/9" xmlns:eures="http://www.europass_eures.eu/1.0" xmlns:hr="http://www.hr-xml.org/3">
<CandidatePerson><PersonName><oa:GivenName>Luca</oa:GivenName><hr:FamilyName>Bianchi</hr:FamilyName></PersonName>
<Communication><ChannelCode>Email</ChannelCode><oa:URI>luca.bianchi@example.com</oa:URI></Communication></CandidatePerson>
<CandidateProfile languageCode="it"><EmploymentHistory><EmployerHistory><hr:OrganizationName>Logi Srl</hr:OrganizationName><PositionHistory>
<PositionTitle typeCode="FREETEXT">Magazziniere</PositionTitle><eures:EmploymentPeriod><eures:StartDate><hr:FormattedDateTime>2019-03-01</hr:FormattedDateTime></eures:StartDate>
<hr:CurrentIndicator>true</hr:CurrentIndicator></eures:EmploymentPeriod></PositionHistory></EmployerHistory></EmploymentHistory>
<PersonQualifications><PersonCompetency><CompetencyID>eng</CompetencyID><hr:TaxonomyID>language</hr:TaxonomyID>
<eures:CompetencyDimension><hr:CompetencyDimensionTypeCode>CEFR-LISTENING</hr:CompetencyDimensionTypeCode><eures:Score><hr:ScoreText>B2</hr:ScoreText></eures:Score></eures:CompetencyDimension>
<eures:CompetencyDimension><hr:CompetencyDimensionTypeCode>CEFR-WRITING</hr:CompetencyDimensionTypeCode><eures:Score><hr:ScoreText>B1</hr:ScoreText></eures:Score></eures:CompetencyDimension>
</PersonCompetency></PersonQualifications><eures:Licenses><eures:License><hr:LicenseTypeCode>B</hr:LicenseTypeCode></eures:License></eures:Licenses></CandidateProfile></Candidate>`
    const document = readDocument(encode(xml))
    expect(document.format).toBe('europass-xml')
    expect(document.text).toContain('Magazziniere – Logi Srl (03/2019 – oggi)')
    const profile = parseCv(document, { sourceId: 'ep', today: '2025-06' })
    expect(profile.identity.givenNames).toEqual(['Luca'])
    expect(profile.identity.surnames).toEqual(['Bianchi'])
    expect(profile.languages).toEqual([expect.objectContaining({ code: 'en', level: 'B1' })])
    expect(profile.licences.map((l) => l.code)).toEqual(['B'])
    expect(profile.experiences[0]).toMatchObject({ start: '2019-03', end: 'present' })
  })

  it('reads a Europass LearnerInfo v3 CV', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?><SkillsPassport xmlns="http://europass.cedefop.europa.eu/Europass" locale="en"><LearnerInfo>
<Identification><PersonName><FirstName>Mei</FirstName><Surname>Chen</Surname></PersonName></Identification>
<WorkExperienceList><WorkExperience><Period><From year="2018" month="--06"/><To year="2021" month="--12"/></Period><Position><Label>Graphic designer</Label></Position><Employer><Name>Studio Srl</Name></Employer></WorkExperience></WorkExperienceList>
<EducationList><Education><Period><To year="2018"/></Period><Title>Bachelor's degree in Design</Title></Education></EducationList>
<Skills><Linguistic><ForeignLanguageList><ForeignLanguage><Description><Code>it</Code></Description><ProficiencyLevel><Listening>B2</Listening><Writing>B2</Writing></ProficiencyLevel></ForeignLanguage></ForeignLanguageList></Linguistic></Skills>
</LearnerInfo></SkillsPassport>`
    const profile = parseCv(encode(xml), { sourceId: 'v3', today: '2025-06' })
    expect(profile.document.format).toBe('europass-xml')
    expect(profile.experiences[0]).toMatchObject({ start: '2018-06', end: '2021-12' })
    expect(profile.education[0]?.eqfLevel).toBe(6)
    expect(profile.languages).toEqual([expect.objectContaining({ code: 'it', level: 'B2' })])
  })

  it('decodes Windows-1252 bytes, including the euro sign and dashes of the 0x80–0x9F range', () => {
    const bytes = Uint8Array.from([0x80, 0x20, 0x31, 0x30, 0x20, 0x96, 0x20, 0x63, 0x69, 0x74, 0x74, 0xe0])
    expect(readDocument(bytes).text).toBe('€ 10 – città')
  })

  it('tells CVs from vacancies by their headings and formats', () => {
    expect(detectDocumentKind(readDocument('Maria Rossi\nEsperienze\n2019 cameriera\nIstruzione\nDiploma'))).toBe('cv')
    expect(detectDocumentKind(readDocument('Cameriere/a\nRequisiti:\n- Inglese B1\nOffriamo:\n- contratto'))).toBe('vacancy')
    expect(detectDocumentKind(readDocument('Una riga qualsiasi'))).toBe('und')
  })
})

describe('parseVacancy terms', () => {
  it('reads weekly hours, salary and the CCNL with their spans', () => {
    const text = 'Commesso/a\nContratto: part-time, 24 ore settimanali\nRetribuzione: 1.100 € lordi al mese\nContratto collettivo: CCNL Commercio applicato\nAzienda: Negozi Esempio Srl'
    const vacancy = parseVacancy(text, { sourceId: 'v' })
    const slice = (span: { start: number; end: number } | undefined): string | undefined => span && vacancy.document.text.slice(span.start, span.end)
    expect(vacancy.hoursPerWeek?.value).toBe(24)
    expect(slice(vacancy.hoursPerWeek?.span)).toBe('24 ore settimanali')
    expect(vacancy.salary).toMatchObject({ min: 1100, max: 1100, period: 'month' })
    expect(slice(vacancy.salary?.span)).toBe('1.100 €')
    expect(vacancy.ccnl?.text).toBe('CCNL Commercio')
    expect(vacancy.organization?.text).toBe('Negozi Esempio Srl')
  })

  it('reads English salary ranges with thousands separators and k', () => {
    expect(parseVacancy('Developer\nSalary: EUR 38,000 - 45,000 per year', { sourceId: 'a' }).salary).toMatchObject({ min: 38000, max: 45000, period: 'year' })
    expect(parseVacancy('Developer\nSalary: €40k–50k', { sourceId: 'b' }).salary).toMatchObject({ min: 40000, max: 50000 })
    expect(parseVacancy('Developer\nAlmeno 2 anni di esperienza', { sourceId: 'c' }).salary).toBeUndefined()
  })
})

describe('error messages', () => {
  it('never carry document text', async () => {
    try {
      await readDocumentAsync(encode('%PDF-1.7\nSegreto Personale'))
      expect.unreachable()
    } catch (error) {
      expect(isIncontroError(error, 'PARSE_MALFORMED')).toBe(true)
      expect((error as Error).message).not.toContain('Segreto')
    }
  })
})

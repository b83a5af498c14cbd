/**
 * Renders the fixture records (`fixtures/cvs.json`, `fixtures/vacancies.json`) into every format the readers
 * accept, and states the expected fields of each as comparable facts. Used by the tests and the quality
 * benchmark (binaries are generated in memory, never committed); run directly to write them to a folder:
 * `pnpm --filter @incontro/parse fixtures [outDir]`.
 */
import { readFileSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { foldKey, type ParsedProfile, type ParsedVacancy } from '@incontro/core'
import { Document as DocxDocument, HeadingLevel, Packer, Paragraph } from 'docx'
import { PDFDocument, StandardFonts } from 'pdf-lib'

const here = dirname(fileURLToPath(import.meta.url))

export interface CvRecord {
  id: string
  language: 'it' | 'en'
  name: string
  email: string
  phone: string
  city: string
  experiences: { title: string; employer: string; start: string; end: string | null }[]
  education: { title: string; institution: string; year: number; eqf: number }[]
  languages: { code: string; label: string; level: string }[]
  licences: string[]
}

/**
 * A messy CV written as raw text (flattened onto one line, UPPERCASE, mojibake, markdown, inline headings)
 * with the fields a careful reader finds in it; see `messyFacts`.
 */
export interface MessyCvRecord {
  id: string
  language: 'it' | 'en'
  text: string
  expected: {
    experiences: { title: string; employer: string; start: string; end: string }[]
    /** EQF level of each education entry, `none` for an entry without one. */
    education: (number | 'none')[]
    /** `code:level`. */
    languages: string[]
    licences: string[]
    /** The occupation named by the stated objective, as written. */
    objective?: string
    /** Section kinds the CV has. */
    sections: string[]
  }
}

export interface VacancyRecord {
  id: string
  language: 'it' | 'en'
  title: string
  organization: string
  place: string
  contract: string[]
  requirements: (({ kind: 'language'; code: string; level: string } | { kind: 'education'; eqf: number } | { kind: 'licence'; code: string }) & {
    importance: 'essential' | 'preferred'
  })[]
  hoursPerWeek?: number
  salary?: { min: number; max: number; period: 'hour' | 'month' | 'year' }
  ccnl?: string
  experienceMonths?: number
}

type Requirement = VacancyRecord['requirements'][number]

/** One rendered fixture: bytes in one format, with the facts a perfect parser would return. */
export interface Fixture {
  id: string
  kind: 'cv' | 'vacancy'
  /** The rendering: a reader format, sometimes with a layout or encoding suffix (`text-b`, `text-latin1`). */
  variant: string
  bytes: Uint8Array
  expected: string[]
}

export function loadRecords(): { cvs: CvRecord[]; vacancies: VacancyRecord[]; messy: MessyCvRecord[] } {
  return {
    cvs: JSON.parse(readFileSync(join(here, '../fixtures/cvs.json'), 'utf8')) as CvRecord[],
    vacancies: JSON.parse(readFileSync(join(here, '../fixtures/vacancies.json'), 'utf8')) as VacancyRecord[],
    messy: JSON.parse(readFileSync(join(here, '../fixtures/messy-cvs.json'), 'utf8')) as MessyCvRecord[],
  }
}

// ---------- facts ----------

const fold = (text: string): string => foldKey(text).replace(/\s+/g, ' ').trim()
const city = (place: string): string => fold(place.split(/[(,]/)[0] ?? place)

export function expectedCvFacts(cv: CvRecord): string[] {
  return [
    ...cv.experiences.map((e) => `exp:${e.start}..${e.end ?? 'present'}`),
    ...cv.education.map((e) => `edu:${e.eqf}`),
    ...cv.languages.map((l) => `lang:${l.code}:${l.level}`),
    ...cv.licences.map((l) => `lic:${l}`),
  ]
}

export function profileFacts(profile: ParsedProfile): string[] {
  return [
    ...profile.experiences.filter((e) => e.start !== undefined).map((e) => `exp:${e.start}..${e.end ?? 'present'}`),
    ...profile.education.filter((e) => e.eqfLevel !== undefined).map((e) => `edu:${e.eqfLevel}`),
    ...profile.languages.map((l) => `lang:${l.code}:${l.level}`),
    ...profile.licences.map((l) => `lic:${l.code}`),
  ]
}

/** Section kinds a messy CV's facts state (the others are not labelled). */
const messySectionKinds = new Set(['objective', 'summary', 'experience', 'education', 'skills', 'languages', 'licences', 'interests', 'references'])

/** The facts of a messy CV record: dates, title and employer of each experience, EQF per education entry, languages, licences, objective, sections. */
export function expectedMessyFacts(cv: MessyCvRecord): string[] {
  const e = cv.expected
  return [
    ...e.experiences.flatMap((x) => [`exp:${x.start}..${x.end}`, `title:${fold(x.title)}`, `employer:${fold(x.employer)}`]),
    ...e.education.map((level) => `edu:${level}`),
    ...e.languages.map((l) => `lang:${l}`),
    ...e.licences.map((l) => `lic:${l}`),
    ...(e.objective === undefined ? [] : [`objective:${fold(e.objective)}`]),
    ...e.sections.map((kind) => `section:${kind}`),
  ]
}

/** The facts {@link expectedMessyFacts} states, as parsed. */
export function messyFacts(profile: ParsedProfile): string[] {
  const text = profile.document.text
  const occupation = profile.objective?.occupation
  return [
    ...profile.experiences.flatMap((x) => [
      `exp:${x.start ?? '?'}..${x.end ?? 'present'}`,
      `title:${fold(x.title.text)}`,
      ...(x.employer ? [`employer:${fold(x.employer.text)}`] : []),
    ]),
    ...profile.education.map((x) => `edu:${x.eqfLevel ?? 'none'}`),
    ...profile.languages.map((l) => `lang:${l.code}:${l.level}`),
    ...profile.licences.map((l) => `lic:${l.code}`),
    ...(occupation === undefined ? [] : [`objective:${fold(text.slice(occupation.span.start, occupation.span.end))}`]),
    ...[...new Set(profile.sections.map((s) => s.kind))].filter((kind) => messySectionKinds.has(kind)).map((kind) => `section:${kind}`),
  ]
}

/** The facts of a parsed CV fixture: the rich ones for the messy CVs, the others for records rendered in every format. */
export function cvFacts(fixture: Fixture, profile: ParsedProfile): string[] {
  return fixture.variant === 'messy' ? messyFacts(profile) : profileFacts(profile)
}

export function expectedVacancyFacts(v: VacancyRecord): string[] {
  const facts = [
    ...v.requirements.map((r) =>
      r.kind === 'language' ? `lang:${r.code}:${r.level}:${r.importance}` : r.kind === 'education' ? `edu:${r.eqf}:${r.importance}` : `lic:${r.code}:${r.importance}`,
    ),
    ...v.contract.map((c) => `contract:${c}`),
    `place:${city(v.place)}`,
    `org:${fold(v.organization)}`,
  ]
  if (v.hoursPerWeek) facts.push(`hours:${v.hoursPerWeek}`)
  if (v.salary) facts.push(`salary:${v.salary.min}-${v.salary.max}`)
  if (v.ccnl) facts.push(`ccnl:${fold(v.ccnl)}`)
  if (v.experienceMonths) facts.push(`exp:${v.experienceMonths}`)
  return facts
}

export function vacancyFacts(vacancy: ParsedVacancy): string[] {
  const facts = [
    ...vacancy.languages.map((l) => `lang:${l.code}:${l.level}:${l.importance}`),
    ...vacancy.education.map((e) => `edu:${e.eqfLevel}:${e.importance}`),
    ...vacancy.licences.map((l) => `lic:${l.code}:${l.importance}`),
    ...vacancy.contract.map((c) => `contract:${c}`),
  ]
  if (vacancy.place) facts.push(`place:${city(vacancy.place.text)}`)
  if (vacancy.organization) facts.push(`org:${fold(vacancy.organization.text)}`)
  if (vacancy.hoursPerWeek) facts.push(`hours:${vacancy.hoursPerWeek.value}`)
  if (vacancy.salary) facts.push(`salary:${vacancy.salary.min}-${vacancy.salary.max}`)
  if (vacancy.ccnl) facts.push(`ccnl:${fold(vacancy.ccnl.text)}`)
  if (vacancy.experienceMonths) facts.push(`exp:${vacancy.experienceMonths.value}`)
  return facts
}

// ---------- CV texts ----------

interface Line {
  text: string
  heading?: boolean
  item?: boolean
}

const monthsIt = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre']
const monthsEn = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const slash = (ym: string): string => `${ym.slice(5, 7)}/${ym.slice(0, 4)}`
const words = (ym: string, language: 'it' | 'en'): string => `${(language === 'it' ? monthsIt : monthsEn)[Number(ym.slice(5, 7)) - 1]} ${ym.slice(0, 4)}`

function licenceText(code: string, language: 'it' | 'en'): string {
  if (code === 'forklift') return language === 'it' ? 'Patentino del carrello elevatore' : 'Forklift licence'
  if (code === 'CQC') return 'CQC'
  return language === 'it' ? `Patente ${code}` : `Driving licence ${code}`
}

/** Layout a: dates then title on one line; layout b: title and employer, then dates in words. */
export function cvLines(cv: CvRecord, layout: 'a' | 'b'): Line[] {
  const it = cv.language === 'it'
  const out: Line[] = [{ text: cv.name }, { text: `Email: ${cv.email} | ${it ? 'Tel' : 'Phone'}: ${cv.phone}` }, { text: cv.city }, { text: '' }]
  out.push({ text: it ? 'Esperienze professionali' : 'Work experience', heading: true })
  for (const e of cv.experiences) {
    if (layout === 'a') {
      const end = e.end ? slash(e.end) : it ? 'oggi' : 'present'
      out.push({ text: `${slash(e.start)} – ${end} ${e.title} ${it ? 'presso' : 'at'} ${e.employer}` })
    } else {
      const end = e.end ? words(e.end, cv.language) : it ? 'oggi' : 'present'
      out.push({ text: `${e.title} – ${e.employer}` }, { text: `${words(e.start, cv.language)} - ${end}` })
    }
    out.push({ text: it ? 'Attività e responsabilità principali del ruolo.' : 'Main tasks and responsibilities of the role.', item: true }, { text: '' })
  }
  out.push({ text: it ? 'Istruzione e formazione' : 'Education and training', heading: true })
  for (const e of cv.education) out.push({ text: `${e.year} ${e.title} – ${e.institution}` })
  out.push({ text: '' }, { text: it ? 'Lingue' : 'Languages', heading: true })
  for (const l of cv.languages) out.push({ text: `${l.label}: ${l.level}`, item: true })
  if (cv.licences.length > 0) {
    out.push({ text: '' }, { text: it ? 'Patenti' : 'Driving licences', heading: true })
    for (const l of cv.licences) out.push({ text: licenceText(l, cv.language), item: true })
  }
  return out
}

// ---------- vacancy texts ----------

const contractIt: Record<string, string> = {
  permanent: 'tempo indeterminato', 'fixed-term': 'tempo determinato', apprenticeship: 'apprendistato', 'temporary-agency': 'somministrazione',
  internship: 'stage', 'part-time': 'part-time', 'full-time': 'tempo pieno', freelance: 'partita IVA',
}
const contractEn: Record<string, string> = {
  permanent: 'permanent contract', 'fixed-term': 'fixed-term', apprenticeship: 'apprenticeship', 'temporary-agency': 'temporary agency',
  internship: 'internship', 'part-time': 'part-time', 'full-time': 'full-time', freelance: 'freelance',
}
const eduIt: Record<number, string> = { 1: 'Licenza media', 3: 'Qualifica professionale', 4: 'Diploma di scuola superiore', 6: 'Laurea', 7: 'Laurea magistrale', 8: 'Dottorato di ricerca' }
const eduEn: Record<number, string> = { 1: 'Lower secondary school', 3: 'Vocational qualification', 4: 'High school diploma', 6: "Bachelor's degree", 7: "Master's degree", 8: 'PhD' }
const languageIt: Record<string, string> = { en: 'Inglese', it: 'Italiano', es: 'Spagnolo', fr: 'Francese', de: 'Tedesco' }
const languageEn: Record<string, string> = { en: 'English', it: 'Italian', es: 'Spanish', fr: 'French', de: 'German' }

function requirementText(r: Requirement, language: 'it' | 'en'): string {
  if (r.kind === 'language') return `${(language === 'it' ? languageIt : languageEn)[r.code]} ${r.level}`
  if (r.kind === 'education') return (language === 'it' ? eduIt : eduEn)[r.eqf] ?? ''
  return licenceText(r.code, language)
}

function money(value: number, language: 'it' | 'en'): string {
  return value.toLocaleString(language === 'it' ? 'it-IT' : 'en-GB', { useGrouping: value >= 10_000 || language === 'en' })
}

function salaryText(v: VacancyRecord): string {
  const s = v.salary
  if (!s) return ''
  const it = v.language === 'it'
  const range = s.min === s.max ? money(s.min, v.language) : `${money(s.min, v.language)} - ${money(s.max, v.language)}`
  if (it) return s.period === 'year' ? `RAL ${range} € lordi annui` : s.period === 'month' ? `${range} € lordi al mese` : `${range} € lordi all'ora`
  return `EUR ${range} per ${s.period}`
}

function experienceText(months: number, language: 'it' | 'en'): string {
  const years = months % 12 === 0 ? months / 12 : undefined
  if (language === 'it') return years ? `Esperienza di almeno ${years} ${years === 1 ? 'anno' : 'anni'} nel ruolo` : `Esperienza di almeno ${months} mesi nel ruolo`
  return years ? `At least ${years} ${years === 1 ? 'year' : 'years'} of experience in the role` : `At least ${months} months of experience in the role`
}

export function vacancyLines(v: VacancyRecord): Line[] {
  const it = v.language === 'it'
  const contract = v.contract.map((c) => (it ? contractIt : contractEn)[c]).join(', ')
  const hours = v.hoursPerWeek ? (it ? `, ${v.hoursPerWeek} ore settimanali` : `, ${v.hoursPerWeek} hours per week`) : ''
  const out: Line[] = [
    { text: v.title, heading: true },
    { text: `${it ? 'Azienda' : 'Company'}: ${v.organization}` },
    { text: `${it ? 'Sede di lavoro' : 'Location'}: ${v.place}` },
    { text: `${it ? 'Contratto' : 'Contract'}: ${contract}${hours}` },
  ]
  if (v.salary) out.push({ text: `${it ? 'Retribuzione' : 'Salary'}: ${salaryText(v)}` })
  if (v.ccnl) out.push({ text: `Contratto collettivo: ${v.ccnl}` })
  out.push({ text: '' }, { text: it ? 'Descrizione' : 'Description', heading: true })
  out.push({ text: it ? 'La risorsa sarà inserita nel gruppo di lavoro e seguirà le attività quotidiane.' : 'You will join the team and look after the daily activities.' })
  out.push({ text: '' }, { text: it ? 'Requisiti' : 'Requirements', heading: true })
  for (const r of v.requirements.filter((r) => r.importance === 'essential')) out.push({ text: requirementText(r, v.language), item: true })
  if (v.experienceMonths) out.push({ text: experienceText(v.experienceMonths, v.language), item: true })
  const preferred = v.requirements.filter((r) => r.importance === 'preferred')
  if (preferred.length > 0) {
    out.push({ text: '' }, { text: it ? 'Costituisce titolo preferenziale' : 'Nice to have', heading: true })
    for (const r of preferred) out.push({ text: requirementText(r, v.language), item: true })
  }
  return out
}

// ---------- formats ----------

const esc = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
const encoder = new TextEncoder()

function plain(lines: readonly Line[]): string {
  return lines.map((line) => (line.item ? `- ${line.text}` : line.heading ? line.text.toUpperCase() : line.text)).join('\n')
}

function windows1252(text: string): Uint8Array {
  const special: Record<string, number> = { '€': 0x80, '–': 0x96, '—': 0x97, '’': 0x92 }
  return Uint8Array.from([...text].map((char) => special[char] ?? (char.charCodeAt(0) <= 0xff ? char.charCodeAt(0) : 0x3f)))
}

function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2)
  bytes[0] = 0xff
  bytes[1] = 0xfe
  for (let i = 0; i < text.length; i++) {
    bytes[2 + i * 2] = text.charCodeAt(i) & 0xff
    bytes[3 + i * 2] = text.charCodeAt(i) >> 8
  }
  return bytes
}

function html(lines: readonly Line[], title: string, head = ''): string {
  const body: string[] = []
  let list = false
  for (const line of lines) {
    if (line.item && !list) body.push('<ul>')
    if (!line.item && list) body.push('</ul>')
    list = line.item === true
    if (line.text === '') continue
    body.push(line.heading ? `<h2>${esc(line.text)}</h2>` : line.item ? `<li>${esc(line.text)}</li>` : `<p>${esc(line.text)}</p>`)
  }
  if (list) body.push('</ul>')
  return `<!DOCTYPE html>\n<html lang="it"><head><meta charset="utf-8"><title>${esc(title)}</title><style>h2{color:#036}</style>${head}</head>\n<body><nav><a href="/">Home</a></nav><main>\n${body.join('\n')}\n</main><script>var tracking = 1;</script></body></html>`
}

async function docx(lines: readonly Line[]): Promise<Uint8Array> {
  const paragraphs = lines.map((line) =>
    line.heading
      ? new Paragraph({ text: line.text, heading: HeadingLevel.HEADING_2 })
      : line.item
        ? new Paragraph({ text: line.text, bullet: { level: 0 } })
        : new Paragraph({ text: line.text }),
  )
  const document = new DocxDocument({ sections: [{ children: paragraphs }] })
  return new Uint8Array(await Packer.toBuffer(document))
}

async function pdf(lines: readonly Line[]): Promise<Uint8Array> {
  const document = await PDFDocument.create()
  const regular = await document.embedFont(StandardFonts.Helvetica)
  const bold = await document.embedFont(StandardFonts.HelveticaBold)
  let page = document.addPage([595, 842])
  let y = 800
  for (const line of lines) {
    if (y < 60) {
      page = document.addPage([595, 842])
      y = 800
    }
    if (line.text !== '') {
      const text = line.item ? `• ${line.text}` : line.text
      page.drawText(text, { x: line.item ? 60 : 50, y, size: line.heading ? 13 : 10, font: line.heading ? bold : regular })
    }
    y -= line.heading ? 20 : 14
  }
  return document.save({ useObjectStreams: false })
}

function jsonResume(cv: CvRecord): unknown {
  return {
    basics: { name: cv.name, email: cv.email, phone: cv.phone, location: { city: cv.city } },
    work: cv.experiences.map((e) => ({ position: e.title, name: e.employer, startDate: e.start, ...(e.end ? { endDate: e.end } : {}) })),
    education: cv.education.map((e) => ({ studyType: e.title, institution: e.institution, endDate: String(e.year) })),
    languages: cv.languages.map((l) => ({ language: l.label, fluency: l.level })),
    certificates: cv.licences.map((l) => ({ name: licenceText(l, cv.language) })),
    meta: { language: cv.language },
  }
}

const iso3: Record<string, string> = { en: 'eng', it: 'ita', es: 'spa', fr: 'fra', de: 'deu', zh: 'zho', ar: 'ara', ru: 'rus', hi: 'hin' }

function europassCandidate(cv: CvRecord): string {
  const [given, ...family] = cv.name.split(' ')
  const when = (ym: string): string => `<hr:FormattedDateTime>${ym}</hr:FormattedDateTime>`
  const jobs = cv.experiences
    .map(
      (e) => `<EmployerHistory><hr:OrganizationName>${esc(e.employer)}</hr:OrganizationName><PositionHistory>
  <PositionTitle typeCode="FREETEXT">${esc(e.title)}</PositionTitle>
  <eures:EmploymentPeriod><eures:StartDate>${when(e.start)}</eures:StartDate>${e.end ? `<eures:EndDate>${when(e.end)}</eures:EndDate>` : ''}<hr:CurrentIndicator>${e.end ? 'false' : 'true'}</hr:CurrentIndicator></eures:EmploymentPeriod>
  <oa:Description>&lt;p&gt;${cv.language === 'it' ? 'Attività principali del ruolo.' : 'Main tasks of the role.'}&lt;/p&gt;</oa:Description>
</PositionHistory></EmployerHistory>`,
    )
    .join('\n')
  const schools = cv.education
    .map(
      (e) => `<EducationOrganizationAttendance><hr:OrganizationName>${esc(e.institution)}</hr:OrganizationName>
  <AttendancePeriod><EndDate>${when(String(e.year))}</EndDate></AttendancePeriod>
  <EducationDegree><hr:DegreeName>${esc(e.title)}</hr:DegreeName></EducationDegree></EducationOrganizationAttendance>`,
    )
    .join('\n')
  const dimension = (type: string, level: string): string =>
    `<eures:CompetencyDimension><hr:CompetencyDimensionTypeCode>${type}</hr:CompetencyDimensionTypeCode><eures:Score><hr:ScoreText>${level}</hr:ScoreText></eures:Score></eures:CompetencyDimension>`
  const languages = cv.languages
    .map(
      (l) =>
        `<PersonCompetency><CompetencyID>${iso3[l.code] ?? l.code}</CompetencyID><hr:TaxonomyID>language</hr:TaxonomyID>${['CEFR-LISTENING', 'CEFR-READING', 'CEFR-SPOKEN_INTERACTION', 'CEFR-SPOKEN_PRODUCTION', 'CEFR-WRITING'].map((t) => dimension(t, l.level)).join('')}</PersonCompetency>`,
    )
    .join('\n')
  const licences = cv.licences.filter((l) => l !== 'forklift' && l !== 'CQC').map((l) => `<eures:License><hr:LicenseTypeCode>${l}</hr:LicenseTypeCode></eures:License>`)
  return `<?xml version="1.0" encoding="UTF-8"?>
<Candidate xmlns="http://www.europass.eu/1.0" xmlns:oa="http://www.openapplications.org/oagis/9" xmlns:eures="http://www.europass_eures.eu/1.0" xmlns:hr="http://www.hr-xml.org/3">
<CandidatePerson><PersonName><oa:GivenName>${esc(given ?? '')}</oa:GivenName><hr:FamilyName>${esc(family.join(' '))}</hr:FamilyName></PersonName>
<Communication><ChannelCode>Email</ChannelCode><oa:URI>${cv.email}</oa:URI></Communication>
<Communication><ChannelCode>MobileTelephone</ChannelCode><oa:DialNumber>${cv.phone}</oa:DialNumber></Communication>
<Communication><Address><oa:CityName>${esc(cv.city)}</oa:CityName><CountryCode>it</CountryCode></Address></Communication>
</CandidatePerson>
<CandidateProfile languageCode="${cv.language}">
<EmploymentHistory>${jobs}</EmploymentHistory>
<EducationHistory>${schools}</EducationHistory>
${licences.length > 0 ? `<eures:Licenses>${licences.join('')}</eures:Licenses>` : ''}
<PersonQualifications>${languages}</PersonQualifications>
</CandidateProfile>
</Candidate>`
}

function europassV3(cv: CvRecord): string {
  const [given, ...family] = cv.name.split(' ')
  const date = (tag: string, ym: string): string => `<${tag} year="${ym.slice(0, 4)}" month="--${ym.slice(5, 7)}"/>`
  const jobs = cv.experiences
    .map(
      (e) => `<WorkExperience><Period>${date('From', e.start)}${e.end ? date('To', e.end) : '<Current>true</Current>'}</Period>
  <Position><Label>${esc(e.title)}</Label></Position><Activities>${cv.language === 'it' ? 'Attività principali del ruolo.' : 'Main tasks of the role.'}</Activities>
  <Employer><Name>${esc(e.employer)}</Name></Employer></WorkExperience>`,
    )
    .join('\n')
  const schools = cv.education
    .map((e) => `<Education><Period><To year="${e.year}"/></Period><Title>${esc(e.title)}</Title><Organisation><Name>${esc(e.institution)}</Name></Organisation></Education>`)
    .join('\n')
  const languages = cv.languages
    .map(
      (l) =>
        `<ForeignLanguage><Description><Code>${l.code}</Code><Label>${esc(l.label)}</Label></Description><ProficiencyLevel><Listening>${l.level}</Listening><Reading>${l.level}</Reading><SpokenInteraction>${l.level}</SpokenInteraction><SpokenProduction>${l.level}</SpokenProduction><Writing>${l.level}</Writing></ProficiencyLevel></ForeignLanguage>`,
    )
    .join('\n')
  const licences = cv.licences.filter((l) => l !== 'forklift' && l !== 'CQC').map((l) => `<Licence>${l}</Licence>`)
  return `<?xml version="1.0" encoding="UTF-8"?>
<SkillsPassport xmlns="http://europass.cedefop.europa.eu/Europass" locale="${cv.language}">
<DocumentInfo><DocumentType>ECV</DocumentType></DocumentInfo>
<LearnerInfo>
<Identification><PersonName><FirstName>${esc(given ?? '')}</FirstName><Surname>${esc(family.join(' '))}</Surname></PersonName>
<ContactInfo><Address><Contact><Municipality>${esc(cv.city)}</Municipality></Contact></Address><Email><Contact>${cv.email}</Contact></Email>
<TelephoneList><Telephone><Contact>${cv.phone}</Contact></Telephone></TelephoneList></ContactInfo></Identification>
<WorkExperienceList>${jobs}</WorkExperienceList>
<EducationList>${schools}</EducationList>
<Skills><Linguistic><ForeignLanguageList>${languages}</ForeignLanguageList></Linguistic>${licences.length > 0 ? `<Driving><Description>${licences.join('')}</Description></Driving>` : ''}</Skills>
</LearnerInfo>
</SkillsPassport>`
}

/** Europass cannot carry forklift and CQC as licence codes; those facts are not expected from it. */
function europassFacts(cv: CvRecord): string[] {
  return expectedCvFacts(cv).filter((fact) => fact !== 'lic:forklift' && fact !== 'lic:CQC')
}

const employmentTypes: Record<string, string | undefined> = {
  'full-time': 'FULL_TIME', 'part-time': 'PART_TIME', freelance: 'CONTRACTOR', 'fixed-term': 'TEMPORARY', internship: 'INTERN',
}

function jobPosting(v: VacancyRecord): Record<string, unknown> {
  const it = v.language === 'it'
  const [locality, region] = v.place.replace(')', '').split(/\s*\(\s*/)
  const essential = v.requirements.filter((r) => r.importance === 'essential').map((r) => requirementText(r, v.language))
  const preferred = v.requirements.filter((r) => r.importance === 'preferred').map((r) => `${requirementText(r, v.language)} ${it ? 'gradito' : 'is a plus'}`)
  const offer = v.contract.filter((c) => employmentTypes[c] === undefined).map((c) => (it ? contractIt : contractEn)[c])
  const posting: Record<string, unknown> = {
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    title: v.title,
    inLanguage: v.language,
    datePosted: '2025-05-02',
    hiringOrganization: { '@type': 'Organization', name: v.organization, sameAs: 'https://www.example.com' },
    jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: locality, ...(region ? { addressRegion: region } : {}), addressCountry: 'IT' } },
    employmentType: v.contract.map((c) => employmentTypes[c]).filter(Boolean),
    description: `<p>${it ? 'La risorsa sarà inserita nel gruppo di lavoro.' : 'You will join the team.'}</p>${offer.length > 0 ? `<p>${it ? 'Offriamo un contratto' : 'We offer a'} ${offer.join(', ')}.</p>` : ''}${v.ccnl ? `<p>Contratto collettivo: ${esc(v.ccnl)}</p>` : ''}`,
    qualifications: `<ul>${[...essential, ...preferred].map((r) => `<li>${esc(r)}</li>`).join('')}</ul>`,
  }
  if (v.experienceMonths) posting.experienceRequirements = experienceText(v.experienceMonths, v.language)
  if (v.hoursPerWeek) posting.workHours = it ? `${v.hoursPerWeek} ore settimanali` : `${v.hoursPerWeek} hours per week`
  if (v.salary) {
    posting.baseSalary = {
      '@type': 'MonetaryAmount',
      currency: 'EUR',
      value: { '@type': 'QuantitativeValue', ...(v.salary.min === v.salary.max ? { value: v.salary.min } : { minValue: v.salary.min, maxValue: v.salary.max }), unitText: v.salary.period.toUpperCase() },
    }
  }
  return posting
}

/** Every fixture in every format, generated in memory. */
export async function buildFixtures(): Promise<Fixture[]> {
  const { cvs, vacancies, messy } = loadRecords()
  const out: Fixture[] = []
  for (const cv of cvs) {
    const expected = expectedCvFacts(cv)
    const a = cvLines(cv, 'a')
    const b = cvLines(cv, 'b')
    const add = (variant: string, bytes: Uint8Array, facts = expected): void => {
      out.push({ id: cv.id, kind: 'cv', variant, bytes, expected: facts })
    }
    add('text', encoder.encode(plain(a)))
    add('text-b', encoder.encode(plain(b)))
    add('text-latin1', windows1252(plain(a)))
    add('text-utf16', utf16le(plain(b)))
    add('html', encoder.encode(html(b, cv.name)))
    add('docx', await docx(a))
    add('pdf', await pdf(b))
    add('json-resume', encoder.encode(JSON.stringify(jsonResume(cv), null, 2)))
    add('europass-xml', encoder.encode(europassCandidate(cv)), europassFacts(cv))
    add('europass-xml-v3', encoder.encode(europassV3(cv)), europassFacts(cv))
  }
  for (const cv of messy) out.push({ id: cv.id, kind: 'cv', variant: 'messy', bytes: encoder.encode(cv.text), expected: expectedMessyFacts(cv) })
  for (const v of vacancies) {
    const expected = expectedVacancyFacts(v)
    const lines = vacancyLines(v)
    const add = (variant: string, bytes: Uint8Array): void => {
      out.push({ id: v.id, kind: 'vacancy', variant, bytes, expected })
    }
    add('text', encoder.encode(plain(lines)))
    add('text-latin1', windows1252(plain(lines)))
    add('html', encoder.encode(html(lines, v.title)))
    add('docx', await docx(lines))
    add('pdf', await pdf(lines))
    add('job-posting', encoder.encode(JSON.stringify(jobPosting(v), null, 2)))
    add('job-posting-html', encoder.encode(html([{ text: v.title, heading: true }, { text: v.organization }], v.title, `<script type="application/ld+json">${JSON.stringify(jobPosting(v))}</script>`)))
  }
  return out
}

const extensions: Record<string, string> = { html: 'html', docx: 'docx', pdf: 'pdf', 'json-resume': 'json', 'job-posting': 'json', 'job-posting-html': 'html' }

async function main(): Promise<void> {
  const target = process.argv[2] ?? join(tmpdir(), 'incontro-parse-fixtures')
  await mkdir(target, { recursive: true })
  const fixtures = await buildFixtures()
  for (const fixture of fixtures) {
    const extension = extensions[fixture.variant] ?? (fixture.variant.startsWith('europass') ? 'xml' : 'txt')
    await writeFile(join(target, `${fixture.id}.${fixture.variant}.${extension}`), fixture.bytes)
  }
  process.stdout.write(`wrote ${fixtures.length} fixtures to ${target}\n`)
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) await main()

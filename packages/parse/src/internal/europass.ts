import type { Language } from '@incontro/core'
import { detectLanguage } from '../detect-language.js'
import { htmlToLines } from './html.js'
import { isObject, type JsonObject } from './json-object.js'

type Json = JsonObject

/** A child list: one element or many become an array; bounded. */
function all(value: unknown, max = 200): unknown[] {
  return (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]).slice(0, max)
}

function child(value: unknown, ...path: string[]): unknown {
  let current = value
  for (const key of path) {
    if (Array.isArray(current)) current = current[0]
    if (!isObject(current)) return undefined
    current = current[key]
  }
  return Array.isArray(current) ? current[0] : current
}

/** Text content of an element (its `#text` when it has attributes), HTML descriptions flattened to one line. */
function text(value: unknown, max = 5000): string {
  const raw = isObject(value) ? value['#text'] : value
  if (typeof raw === 'number') return String(raw)
  if (typeof raw !== 'string') return ''
  const flat = /<[a-z][\s\S]*>/i.test(raw) ? htmlToLines(raw.slice(0, 100_000)).lines.map((line) => line.text.trim()).join('. ') : raw
  return flat.replace(/\s+/g, ' ').trim().slice(0, max)
}

const languageNames: Record<string, readonly [string, string]> = {
  en: ['Inglese', 'English'], it: ['Italiano', 'Italian'], fr: ['Francese', 'French'], de: ['Tedesco', 'German'], es: ['Spagnolo', 'Spanish'],
  pt: ['Portoghese', 'Portuguese'], ro: ['Rumeno', 'Romanian'], ar: ['Arabo', 'Arabic'], zh: ['Cinese', 'Chinese'], ru: ['Russo', 'Russian'],
  uk: ['Ucraino', 'Ukrainian'], sq: ['Albanese', 'Albanian'], pl: ['Polacco', 'Polish'], nl: ['Olandese', 'Dutch'], hi: ['Hindi', 'Hindi'],
  bn: ['Bengalese', 'Bengali'], tl: ['Tagalog', 'Tagalog'], ja: ['Giapponese', 'Japanese'],
}
const threeLetter: Record<string, string> = {
  eng: 'en', ita: 'it', fra: 'fr', fre: 'fr', deu: 'de', ger: 'de', spa: 'es', por: 'pt', ron: 'ro', rum: 'ro', ara: 'ar', zho: 'zh', chi: 'zh',
  rus: 'ru', ukr: 'uk', sqi: 'sq', alb: 'sq', pol: 'pl', nld: 'nl', dut: 'nl', hin: 'hi', ben: 'bn', tgl: 'tl', jpn: 'ja',
}

function languageName(code: string, label: string, language: Language): string {
  const lower = code.toLowerCase()
  // `Object.hasOwn`: a code such as "constructor" must not find a property of Object.prototype.
  const short = Object.hasOwn(threeLetter, lower) ? (threeLetter[lower] as string) : lower
  const names = Object.hasOwn(languageNames, short) ? languageNames[short] : undefined
  return names ? names[language === 'it' ? 0 : 1] : label || code
}

const cefrOrder = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2']

/** The lowest CEFR level among a language's self-assessed dimensions (the level every skill reaches). */
function lowestLevel(levels: readonly string[]): string {
  const known = levels.map((level) => level.trim().toUpperCase()).filter((level) => cefrOrder.includes(level))
  if (known.length === 0) return ''
  return known.reduce((min, level) => (cefrOrder.indexOf(level) < cefrOrder.indexOf(min) ? level : min))
}

/** `2019-03-01` / `2019-03` / `2019` as given by Europass v4 `FormattedDateTime`. */
function formatted(value: unknown): string {
  return text(child(value, 'FormattedDateTime') ?? value, 30)
}

/** LearnerInfo v3 `<From year="2019" month="--03"/>` → `2019-03`. */
function v3Date(value: unknown): string {
  if (!isObject(value)) return ''
  const year = typeof value['@_year'] === 'string' ? value['@_year'] : ''
  const month = typeof value['@_month'] === 'string' ? value['@_month'].replace(/^-+/, '') : ''
  return /^\d{4}$/.test(year) ? (/^\d{1,2}$/.test(month) ? `${year}-${month.padStart(2, '0')}` : year) : ''
}

function documentLanguage(root: Json, sample: string): Language {
  const declared = [root['@_locale'], root['@_languageCode'], child(root, 'CandidateProfile', '@_languageCode')]
    .find((value) => typeof value === 'string') as string | undefined
  if (declared?.toLowerCase().startsWith('en')) return 'en'
  if (declared?.toLowerCase().startsWith('it')) return 'it'
  return detectLanguage(sample) === 'en' ? 'en' : 'it'
}

/** Whether a parsed XML root is Europass, and which generation. */
export function europassRoot(parsed: Json): { kind: 'candidate' | 'learner-info'; root: Json } | undefined {
  const candidate = parsed.Candidate
  if (isObject(candidate)) return { kind: 'candidate', root: candidate }
  for (const name of ['SkillsPassport', 'Europass']) {
    const root = parsed[name]
    if (isObject(root) && isObject(root.LearnerInfo)) return { kind: 'learner-info', root }
  }
  if (isObject(parsed.LearnerInfo)) return { kind: 'learner-info', root: parsed }
  return undefined
}

/**
 * Maps a Europass CV (the current "Candidate" XML, namespace `http://www.europass.eu/1.0`, or the older
 * LearnerInfo v3 `SkillsPassport`) onto a JSON Resume object, so that it is rendered in the same canonical
 * layout as JSON Resume CVs. Licences become certificates ("Patente B"); languages take the lowest CEFR level
 * of their self-assessed dimensions; a mother tongue is "madrelingua"/"native".
 */
export function europassToJsonResume(found: { kind: 'candidate' | 'learner-info'; root: Json }): Json {
  return found.kind === 'candidate' ? fromCandidate(found.root) : fromLearnerInfo(found.root)
}

function fromCandidate(root: Json): Json {
  const person = child(root, 'CandidatePerson')
  const profile = child(root, 'CandidateProfile')
  const sample = all(child(profile, 'EmploymentHistory', 'EmployerHistory'))
    .flatMap((employer) => all(child(employer, 'PositionHistory') === undefined ? [] : (employer as Json).PositionHistory))
    .map((position) => text(child(position, 'Description')))
    .join('\n')
  const language = documentLanguage(root, sample)
  const name = [text(child(person, 'PersonName', 'GivenName')), text(child(person, 'PersonName', 'FamilyName'))].filter(Boolean).join(' ')
  const basics: Json = { name }
  const location: Json = {}
  for (const channel of all(isObject(person) ? person.Communication : undefined, 20)) {
    const code = text(child(channel, 'ChannelCode'), 40).toLowerCase()
    if (code === 'email' && !basics.email) basics.email = text(child(channel, 'URI'), 200)
    else if (code.includes('telephone') && !basics.phone) {
      basics.phone = [text(child(channel, 'CountryDialing'), 10), text(child(channel, 'DialNumber'), 40)].filter(Boolean).join(' ')
    } else if (code === 'web' && !basics.url) basics.url = text(child(channel, 'URI'), 300)
    const address = child(channel, 'Address')
    if (isObject(address) && !location.city) {
      location.address = text(child(address, 'AddressLine'), 200)
      location.postalCode = text(child(address, 'PostalCode'), 20)
      location.city = text(child(address, 'CityName'), 100)
    }
  }
  if (Object.keys(location).length > 0) basics.location = location
  const work: Json[] = []
  for (const employer of all(child(profile, 'EmploymentHistory') === undefined ? [] : (child(profile, 'EmploymentHistory') as Json).EmployerHistory)) {
    const organisation = text(child(employer, 'OrganizationName'), 300)
    for (const position of all(isObject(employer) ? employer.PositionHistory : undefined, 50)) {
      const period = child(position, 'EmploymentPeriod')
      const current = text(child(period, 'CurrentIndicator'), 10) === 'true'
      work.push({
        position: text(child(position, 'PositionTitle'), 300),
        name: organisation,
        startDate: formatted(child(period, 'StartDate')),
        ...(current ? {} : { endDate: formatted(child(period, 'EndDate')) }),
        summary: text(child(position, 'Description')),
      })
    }
  }
  const education: Json[] = []
  const history = child(profile, 'EducationHistory')
  for (const attendance of all(isObject(history) ? history.EducationOrganizationAttendance : undefined)) {
    const period = child(attendance, 'AttendancePeriod')
    const ongoing = text(child(period, 'Ongoing'), 10) === 'true'
    education.push({
      studyType: text(child(attendance, 'EducationDegree', 'DegreeName'), 300) || text(child(attendance, 'ProgramName'), 300),
      institution: text(child(attendance, 'OrganizationName'), 300),
      startDate: formatted(child(period, 'StartDate')),
      ...(ongoing ? {} : { endDate: formatted(child(period, 'EndDate')) }),
    })
  }
  const languages: Json[] = []
  const skills: Json[] = []
  const primary = text(child(person, 'PrimaryLanguageCode'), 10)
  if (primary) languages.push({ language: languageName(primary, '', language), fluency: language === 'it' ? 'madrelingua' : 'native' })
  const qualifications = child(profile, 'PersonQualifications')
  for (const competency of all(isObject(qualifications) ? qualifications.PersonCompetency : undefined)) {
    const taxonomy = text(child(competency, 'TaxonomyID'), 40).toLowerCase()
    const id = text(child(competency, 'CompetencyID'), 40)
    if (taxonomy === 'language') {
      const levels = all(isObject(competency) ? competency.CompetencyDimension : undefined, 10).map((dimension) => text(child(dimension, 'Score', 'ScoreText'), 5))
      languages.push({ language: languageName(id, text(child(competency, 'CompetencyName'), 60), language), fluency: lowestLevel(levels) })
    } else {
      const skill = text(child(competency, 'CompetencyName'), 200) || id
      if (skill) skills.push({ name: skill })
    }
  }
  const certificates: Json[] = []
  const licences = child(profile, 'Licenses')
  for (const licence of all(isObject(licences) ? licences.License : undefined, 20)) {
    const code = text(child(licence, 'LicenseTypeCode'), 10) || text(child(licence, 'LicenseName'), 60)
    if (code) certificates.push({ name: `${language === 'it' ? 'Patente' : 'Driving licence'} ${code}` })
  }
  return { basics, work, education, languages, skills, certificates, meta: { language } }
}

function fromLearnerInfo(root: Json): Json {
  const info = child(root, 'LearnerInfo')
  const sample = all(child(info, 'WorkExperienceList') === undefined ? [] : (child(info, 'WorkExperienceList') as Json).WorkExperience)
    .map((item) => text(child(item, 'Activities')))
    .join('\n')
  const language = documentLanguage(root, sample)
  const identification = child(info, 'Identification')
  const basics: Json = {
    name: [text(child(identification, 'PersonName', 'FirstName')), text(child(identification, 'PersonName', 'Surname'))].filter(Boolean).join(' '),
  }
  const email = text(child(identification, 'ContactInfo', 'Email', 'Contact'), 200)
  if (email) basics.email = email
  const phone = text(child(identification, 'ContactInfo', 'TelephoneList', 'Telephone', 'Contact'), 40)
  if (phone) basics.phone = phone
  const address = child(identification, 'ContactInfo', 'Address', 'Contact')
  if (isObject(address)) {
    basics.location = { address: text(child(address, 'AddressLine'), 200), postalCode: text(child(address, 'PostalCode'), 20), city: text(child(address, 'Municipality'), 100) }
  }
  const period = (item: unknown): Json => {
    const current = text(child(item, 'Period', 'Current'), 10) === 'true'
    return { startDate: v3Date(child(item, 'Period', 'From')), ...(current ? {} : { endDate: v3Date(child(item, 'Period', 'To')) }) }
  }
  const workList = child(info, 'WorkExperienceList')
  const work = all(isObject(workList) ? workList.WorkExperience : undefined).map((item) => ({
    position: text(child(item, 'Position', 'Label'), 300),
    name: text(child(item, 'Employer', 'Name'), 300),
    ...period(item),
    summary: text(child(item, 'Activities')),
  }))
  const educationList = child(info, 'EducationList')
  const education = all(isObject(educationList) ? educationList.Education : undefined).map((item) => ({
    studyType: text(child(item, 'Title'), 300),
    institution: text(child(item, 'Organisation', 'Name'), 300),
    ...period(item),
  }))
  const linguistic = child(info, 'Skills', 'Linguistic')
  const languages: Json[] = []
  const mother = child(linguistic, 'MotherTongueList')
  for (const item of all(isObject(mother) ? mother.MotherTongue : undefined, 10)) {
    const code = text(child(item, 'Description', 'Code'), 10)
    languages.push({ language: languageName(code, text(child(item, 'Description', 'Label'), 60), language), fluency: language === 'it' ? 'madrelingua' : 'native' })
  }
  const foreign = child(linguistic, 'ForeignLanguageList')
  for (const item of all(isObject(foreign) ? foreign.ForeignLanguage : undefined, 20)) {
    const code = text(child(item, 'Description', 'Code'), 10)
    const level = child(item, 'ProficiencyLevel')
    const levels = isObject(level) ? Object.values(level).map((value) => text(value, 5)) : []
    languages.push({ language: languageName(code, text(child(item, 'Description', 'Label'), 60), language), fluency: lowestLevel(levels) })
  }
  const skills: Json[] = []
  for (const key of ['JobRelated', 'Computer', 'Organisational', 'Communication', 'Other']) {
    const description = text(child(info, 'Skills', key, 'Description'), 2000)
    if (description) skills.push({ name: description })
  }
  const certificates: Json[] = []
  const driving = child(info, 'Skills', 'Driving', 'Description')
  for (const licence of all(isObject(driving) ? driving.Licence : undefined, 20)) {
    const code = text(licence, 10)
    if (code) certificates.push({ name: `${language === 'it' ? 'Patente' : 'Driving licence'} ${code}` })
  }
  return { basics, work, education, languages, skills, certificates, meta: { language } }
}

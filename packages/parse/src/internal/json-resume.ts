import type { Language } from '@incontro/core'
import { detectLanguage } from '../detect-language.js'
import { isObject, type JsonObject } from './json-object.js'

type Json = JsonObject

const headings = {
  it: {
    summary: 'Profilo', work: 'Esperienze professionali', volunteer: 'Volontariato', education: 'Istruzione e formazione',
    skills: 'Competenze', languages: 'Lingue', certificates: 'Certificazioni', interests: 'Interessi', references: 'Referenze',
    email: 'Email', phone: 'Telefono', address: 'Indirizzo', photo: 'Foto', present: 'oggi', in: 'in',
  },
  en: {
    summary: 'Profile', work: 'Work experience', volunteer: 'Volunteering', education: 'Education and training',
    skills: 'Skills', languages: 'Languages', certificates: 'Certifications', interests: 'Interests', references: 'References',
    email: 'Email', phone: 'Phone', address: 'Address', photo: 'Photo', present: 'present', in: 'in',
  },
} as const

/** Whether a parsed JSON value looks like a JSON Resume (an object with `basics`, `work` or `education`). */
export function looksLikeJsonResume(value: unknown): value is Json {
  return isObject(value) && ('basics' in value || 'work' in value || 'education' in value)
}

/** One line of text from a JSON value: strings and numbers only, newlines folded, length bounded. */
function str(value: unknown, max = 500): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  if (typeof value !== 'string') return ''
  return value.replace(/\s+/g, ' ').trim().slice(0, max)
}

function list(value: unknown, max = 200): Json[] {
  return Array.isArray(value) ? value.slice(0, max).filter(isObject) : []
}

function strings(value: unknown, max = 50): string[] {
  return Array.isArray(value) ? value.slice(0, max).map((item) => str(item)).filter((item) => item.length > 0) : []
}

/** "2019-03-01" / "2019-03" → "03/2019"; "2019" → "2019"; anything else as written. */
function date(value: unknown): string {
  const text = str(value, 40)
  const match = /^(\d{4})(?:-(\d{2}))?(?:-\d{2})?/.exec(text)
  if (!match) return text
  return match[2] ? `${match[2]}/${match[1]}` : (match[1] ?? '')
}

function range(start: unknown, end: unknown, present: string): string {
  const from = date(start)
  const to = date(end)
  if (from === '') return to === '' ? '' : `(${to})`
  return `(${from} – ${to === '' ? present : to})`
}

function join(parts: readonly string[], separator: string): string {
  return parts.filter((part) => part.length > 0).join(separator)
}

/**
 * Renders a JSON Resume as plain text in a fixed layout (name, label, contacts, then sections with
 * headings in the resume's language), so that the text extractors give every field a span.
 */
export function renderJsonResume(resume: Json): string {
  const basics = isObject(resume.basics) ? resume.basics : {}
  const meta = isObject(resume.meta) ? resume.meta : {}
  const declared = str(meta.language, 10).toLowerCase()
  let language: Language = 'it'
  if (declared.startsWith('en')) language = 'en'
  else if (!declared.startsWith('it')) {
    const sample = [str(basics.summary, 2000), ...list(resume.work, 20).map((job) => str(job.summary, 2000))].join('\n')
    if (detectLanguage(sample) === 'en') language = 'en'
  }
  const h = headings[language]
  const out: string[] = []
  const location = isObject(basics.location) ? basics.location : {}
  out.push(str(basics.name, 200), str(basics.label, 200))
  if (str(basics.email) !== '') out.push(`${h.email}: ${str(basics.email)}`)
  if (str(basics.phone) !== '') out.push(`${h.phone}: ${str(basics.phone)}`)
  if (str(basics.url) !== '') out.push(str(basics.url))
  const address = join([str(location.address), join([str(location.postalCode), str(location.city)], ' '), str(location.region)], ', ')
  if (address !== '') out.push(`${h.address}: ${address}`)
  if (str(basics.image) !== '') out.push(`${h.photo}: ${str(basics.image)}`)
  for (const profile of list(basics.profiles, 20)) {
    const url = str(profile.url)
    out.push(url !== '' ? url : join([str(profile.network), str(profile.username)], ': '))
  }
  const section = (heading: string, lines: string[]): void => {
    const body = lines.filter((line) => line.length > 0)
    if (body.length === 0) return
    out.push('', heading, ...body)
  }
  section(h.summary, [str(basics.summary, 5000)])
  const jobs = (entries: Json[], nameKey: string): string[] =>
    entries.flatMap((job, index) => [
      ...(index > 0 ? [''] : []),
      join([join([str(job.position), str(job[nameKey])], ' – '), range(job.startDate, job.endDate, h.present)], ' '),
      str(job.summary, 5000),
      ...strings(job.highlights).map((item) => `- ${item}`),
    ])
  section(h.work, jobs(list(resume.work), 'name'))
  section(h.volunteer, jobs(list(resume.volunteer), 'organization'))
  section(
    h.education,
    list(resume.education).flatMap((school, index) => [
      ...(index > 0 ? [''] : []),
      join([join([join([str(school.studyType), str(school.area)], ` ${h.in} `), str(school.institution)], ' – '), range(school.startDate, school.endDate, h.present)], ' '),
    ]),
  )
  section(
    h.skills,
    list(resume.skills).map((skill) => {
      const keywords = strings(skill.keywords).join(', ')
      return join([str(skill.name), keywords], ': ')
    }),
  )
  section(h.languages, list(resume.languages).map((entry) => join([str(entry.language), str(entry.fluency)], ': ')))
  section(
    h.certificates,
    list(resume.certificates).map((entry) => join([join([str(entry.name), str(entry.issuer)], ' – '), date(entry.date)], ' ')),
  )
  section(h.interests, list(resume.interests).map((entry) => join([str(entry.name), strings(entry.keywords).join(', ')], ': ')))
  section(h.references, list(resume.references).map((entry) => join([str(entry.name), str(entry.reference, 1000)], ': ')))
  return out.filter((line, index) => line.length > 0 || index > 0).join('\n')
}

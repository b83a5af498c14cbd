import type { Language } from '@incontro/core'
import { detectLanguage } from '../detect-language.js'
import { htmlToLines } from './html.js'
import type { StructuredLine } from './structured-text.js'
import { isObject, type JsonObject } from './json-object.js'

type Json = JsonObject

function isJobPosting(value: Json): boolean {
  const type = value['@type']
  const types = Array.isArray(type) ? type : [type]
  return types.some((item) => typeof item === 'string' && /^(?:https?:\/\/schema\.org\/)?JobPosting$/i.test(item.trim()))
}

/** Finds a schema.org JobPosting in parsed JSON(-LD): the value itself, an array item, or an `@graph` item (two levels deep at most). */
export function findJobPosting(value: unknown, level = 0): Json | undefined {
  if (level > 2) return undefined
  if (Array.isArray(value)) {
    for (const item of value.slice(0, 100)) {
      const found = findJobPosting(item, level + 1)
      if (found) return found
    }
    return undefined
  }
  if (!isObject(value)) return undefined
  if (isJobPosting(value)) return value
  return '@graph' in value ? findJobPosting(value['@graph'], level + 1) : undefined
}

/** One line from a JSON value (string, number, or a `name`/`value` of an object); bounded. */
function str(value: unknown, max = 500): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  if (isObject(value)) return str(value.name ?? value['@value'] ?? value.value, max)
  if (typeof value !== 'string') return ''
  return value.replace(/\s+/g, ' ').trim().slice(0, max)
}

function many(value: unknown, max = 20): unknown[] {
  return (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]).slice(0, max)
}

/** EducationalOccupationalCredential / OccupationalExperienceRequirements / DefinedTerm as one line. */
function structuredRequirement(item: Json): string {
  const months = typeof item.monthsOfExperience === 'number' ? item.monthsOfExperience : Number(str(item.monthsOfExperience, 10))
  const text = str(item.description ?? item.name ?? item.credentialCategory, 20_000)
  if (Number.isFinite(months) && months > 0) {
    const italian = `Esperienza di almeno ${months} mesi`
    return text ? `${text} (${italian})` : italian
  }
  return text
}

/** Text that may hold HTML (description, qualifications) as lines, keeping its lists and paragraphs. */
function richLines(value: unknown): StructuredLine[] {
  const out: StructuredLine[] = []
  for (const item of many(value, 50)) {
    const raw = isObject(item) ? structuredRequirement(item) : typeof item === 'string' ? item.slice(0, 100_000) : ''
    if (raw.length === 0) continue
    if (/<[a-z][\s\S]*>/i.test(raw)) for (const line of htmlToLines(raw).lines) out.push(line)
    else for (const line of raw.split(/\n+/)) out.push(many(value).length > 1 ? { text: line, kind: 'list-item' } : { text: line })
  }
  return out
}

const labels = {
  it: {
    company: 'Azienda', place: 'Luogo di lavoro', contract: 'Contratto', salary: 'Retribuzione', posted: 'Data di pubblicazione',
    description: 'Descrizione', requirements: 'Requisiti', remote: 'da remoto', hours: 'Orario', per: { YEAR: 'annui', MONTH: 'al mese', WEEK: 'a settimana', DAY: 'al giorno', HOUR: "all'ora" },
    types: { FULL_TIME: 'tempo pieno', PART_TIME: 'part-time', CONTRACTOR: 'libero professionista', TEMPORARY: 'tempo determinato', INTERN: 'stage', VOLUNTEER: 'volontariato', PER_DIEM: 'a giornata', OTHER: 'altro' },
  },
  en: {
    company: 'Company', place: 'Location', contract: 'Contract', salary: 'Salary', posted: 'Date posted',
    description: 'Description', requirements: 'Requirements', remote: 'remote', hours: 'Hours', per: { YEAR: 'per year', MONTH: 'per month', WEEK: 'per week', DAY: 'per day', HOUR: 'per hour' },
    types: { FULL_TIME: 'full-time', PART_TIME: 'part-time', CONTRACTOR: 'freelance', TEMPORARY: 'temporary contract', INTERN: 'internship', VOLUNTEER: 'volunteering', PER_DIEM: 'per diem', OTHER: 'other' },
  },
} as const

function place(posting: Json): string {
  const parts: string[] = []
  for (const location of many(posting.jobLocation, 5)) {
    const address = isObject(location) && isObject(location.address) ? location.address : isObject(location) ? location : {}
    const text = [str(address.streetAddress), [str(address.postalCode), str(address.addressLocality)].filter(Boolean).join(' '), str(address.addressRegion)]
      .filter(Boolean)
      .join(', ')
    if (text) parts.push(text)
  }
  return parts.join('; ')
}

function salary(posting: Json, language: Language): string {
  const base = isObject(posting.baseSalary) ? posting.baseSalary : undefined
  if (!base) return typeof posting.baseSalary === 'number' ? String(posting.baseSalary) : ''
  const value = isObject(base.value) ? base.value : { value: base.value }
  const currency = str(base.currency ?? value.currency, 10) || 'EUR'
  const min = str(value.minValue, 20)
  const max = str(value.maxValue, 20)
  const single = str(value.value, 20)
  const amount = min && max ? `${min} - ${max}` : min || max || single
  if (!amount) return ''
  const unit = str(value.unitText, 10).toUpperCase() as keyof (typeof labels)['it']['per']
  const per = labels[language].per[unit] ?? ''
  return [currency, amount, per].filter(Boolean).join(' ')
}

/** The language of a posting: `inLanguage` when given, else detected from title and description. */
export function jobPostingLanguage(posting: Json): Language {
  const declared = str(posting.inLanguage, 10).toLowerCase()
  if (declared.startsWith('en')) return 'en'
  if (declared.startsWith('it')) return 'it'
  const sample = [str(posting.title), str(posting.description, 5000).replace(/<[^>]{0,200}>/g, ' ')].join('\n')
  return detectLanguage(sample) === 'en' ? 'en' : 'it'
}

/**
 * Renders a schema.org JobPosting as lines in the canonical vacancy layout (title first, labelled
 * company, place, contract, hours, salary, date; then description and requirements under headings), so
 * that the text extractors give every field a span in the rendered text.
 */
export function renderJobPosting(posting: Json): StructuredLine[] {
  const language = jobPostingLanguage(posting)
  const l = labels[language]
  const out: StructuredLine[] = [{ text: str(posting.title, 300), kind: 'heading' }]
  const labelled = (label: string, value: string): void => {
    if (value) out.push({ text: `${label}: ${value}` })
  }
  labelled(l.company, str(posting.hiringOrganization, 300))
  const where = place(posting)
  const remote = str(posting.jobLocationType, 40).toUpperCase() === 'TELECOMMUTE' ? l.remote : ''
  labelled(l.place, [where, remote].filter(Boolean).join(', '))
  const types = many(posting.employmentType, 8)
    .flatMap((item) => (typeof item === 'string' ? item.split(/[,\s]+/) : []))
    .map((item) => item.trim().toUpperCase())
    .filter(Boolean)
    .map((item) => (item in l.types ? l.types[item as keyof typeof l.types] : item.toLowerCase().replace(/_/g, '-')))
  labelled(l.contract, types.join(', '))
  labelled(l.hours, str(posting.workHours, 200))
  labelled(l.salary, salary(posting, language))
  labelled(l.posted, str(posting.datePosted, 30).slice(0, 10))
  const description = richLines(posting.description)
  if (description.length > 0) out.push({ text: '' }, { text: l.description, kind: 'heading' }, ...description)
  const requirements = [posting.qualifications, posting.skills, posting.educationRequirements, posting.experienceRequirements]
    .flatMap((value) => richLines(value))
  if (requirements.length > 0) {
    out.push({ text: '' }, { text: l.requirements, kind: 'heading' }, ...requirements.map((line) => ({ ...line, kind: 'list-item' as const })))
  }
  return out
}

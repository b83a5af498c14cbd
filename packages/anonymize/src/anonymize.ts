import {
  type IdentityRecord,
  type NeutralProfile,
  type ParsedProfile,
  type RedactionReport,
  type Span,
} from '@incontro/core'
import type { Annotator, Taxonomy } from '@incontro/taxonomy'
import { pseudonymousId } from './pseudonymous-id.js'
import { buildClaims } from './internal/build-claims.js'
import { annotatorFor, occupationOfTitle } from './internal/annotator-for.js'
import { experienceMonths } from './internal/experience-months.js'
import { spanMapper } from './internal/map-span.js'
import { reportOf } from './internal/report-of.js'
import { scrubText } from './internal/scrub-text.js'
import { anonymizerVersion } from './internal/version.js'
import { maxOf } from './internal/max-of.js'

/** Options of {@link anonymize} and `anonymizeVacancy`. */
export interface AnonymizeOptions {
  /** The deployer's secret key for pseudonymous ids (HMAC-SHA-256). */
  key: string | Uint8Array
  /** The taxonomy whose concepts and neutral titles are used. */
  taxonomy: Taxonomy
  /** An annotator over `taxonomy` (built once per taxonomy when omitted). */
  annotator?: Annotator
  /**
   * Gendered nouns about clients and topics ("salute delle donne", "women's health", "assistenza alle
   * mamme"): `neutralize` (the default) makes them neutral like every gendered noun; `keep` leaves them,
   * for a service whose competence they name. Self-descriptions and relatives are redacted either way.
   */
  topicNouns?: 'neutralize' | 'keep'
}

/** What {@link anonymize} returns: the neutral profile, the identity record kept apart, and the report. */
export interface AnonymizeResult {
  profile: NeutralProfile
  identity: IdentityRecord
  report: RedactionReport
}

/**
 * Turns a parsed CV into a neutral profile: identity and protected attributes removed, gender cues
 * neutralized, every field a slice of the neutral text; the identity record is returned apart.
 * Both gender variants of a CV give deep-equal profiles.
 *
 * @example
 * const { profile, identity, report } = anonymize(parseCv(text, { sourceId: 'cv-1' }), {
 *   key: process.env.INCONTRO_KEY ?? '',
 *   taxonomy: builtinTaxonomy(),
 * })
 */
export function anonymize(parsed: ParsedProfile, options: AnonymizeOptions): AnonymizeResult {
  const id = pseudonymousId(options.key, parsed.sourceId)
  const { taxonomy } = options
  const annotator = annotatorFor(options)
  const original = parsed.document.text
  const personal: Span[] = []
  for (const s of parsed.sections) if (s.kind === 'header' || s.kind === 'personal') personal.push(s.span)
  const { text, edits, tokens } = scrubText(original, {
    language: parsed.language,
    taxonomy,
    annotator,
    identity: parsed.identity,
    personal,
    mode: 'profile',
    keepTopicNouns: options.topicNouns === 'keep',
  })
  const mapSpan = spanMapper(edits)
  const sections = parsed.sections.map((s) => ({ kind: s.kind, span: mapSpan(s.span) }))
  // Optional fields are assigned in the order the conditional spreads gave (same keys, same order), which is
  // cheaper than spreading a literal for each.
  const experiences = parsed.experiences.map((e) => {
    const title = neutralSlice(text, mapSpan(e.title.span))
    const occupation = occupationOfTitle(annotator, title, options.taxonomy)
    const experience: NeutralExperience = { title }
    if (occupation !== undefined) experience.occupation = occupation
    if (e.start !== undefined) experience.start = e.start
    if (e.end !== undefined) experience.end = e.end
    if (e.months !== undefined) experience.months = e.months
    experience.span = mapSpan(e.span)
    return experience
  })
  const education = parsed.education.map((e) => {
    const entry: NeutralEducation = { title: neutralSlice(text, mapSpan(e.title.span)) }
    if (e.eqfLevel !== undefined) entry.eqfLevel = e.eqfLevel
    if (e.year !== undefined) entry.year = e.year
    entry.span = mapSpan(e.span)
    return entry
  })
  const languages = uniqueLanguages(parsed.languages).sort(byCodeThenLevel)
  const licences = [...new Set(parsed.licences.map((l) => l.code))].sort()
  const built = buildClaims(text, sections, annotator, tokens)
  // Employer names ("Greenway Logistics plc") and contact labels ("Email:") name no competence of the person.
  const claims = withoutEvidenceIn(built.claims, notCompetences(parsed, text, mapSpan))
  const absent = built.absent
  const levels = parsed.education.flatMap((e) => (e.eqfLevel !== undefined ? [e.eqfLevel] : []))
  // Built field by field in the schema's order; not re-validated here (it is our own output: a test checks
  // generated profiles against NeutralProfileSchema), which saved a third of the time of this function.
  const fields: Record<string, unknown> = {
    id,
    language: parsed.language,
    text,
    sections,
    experiences,
    education,
    languages,
    licences,
    claims,
    absent,
    experienceMonths: experienceMonths(parsed.experiences),
  }
  if (levels.length > 0) fields.eqfLevel = maxOf(levels)
  // The occupation the person seeks counts for occupation fit, never as experience. It is read again from the
  // neutral text of the objective the parser found (as experience titles are), so both gender variants of a CV
  // give the same one and its id is one of this taxonomy's.
  const target = parsed.objective?.occupation === undefined ? undefined : occupationOfTitle(annotator, neutralSlice(text, mapSpan(parsed.objective.span)), options.taxonomy)
  if (target !== undefined) fields.targetOccupations = [target]
  fields.provenance = { taxonomy: taxonomy.version, anonymizer: anonymizerVersion }
  const profile = fields as unknown as NeutralProfile
  const dropped = ['identity']
  if (parsed.identity.photo) dropped.push('photo')
  return { profile, identity: parsed.identity, report: reportOf(edits, dropped) }
}

/** How far before a contact its label may stand ("Indirizzo e-mail: ", "LinkedIn profile: "). */
const CONTACT_LABEL_WINDOW = 24
/** Contact labels that are also skill words ("Email:", "E-mail:", "Skype:"): a mention just before a contact is one of them. */
const contactCategories: ReadonlySet<string> = new Set(['email', 'phone', 'url'])

/**
 * Spans of the neutral text whose concept mentions are no competence of the person: employer names of
 * experiences, and each contact (email, phone, link) with the few characters of the neutral text before it,
 * where its label stands.
 */
function notCompetences(parsed: ParsedProfile, neutral: string, mapSpan: (span: Span) => Span): Span[] {
  const spans: Span[] = []
  for (const e of parsed.experiences) if (e.employer !== undefined) spans.push(mapSpan(e.employer.span))
  for (const item of parsed.identity.items) {
    if (item.span === undefined || !contactCategories.has(item.category)) continue
    // The label stands just before the contact ("E-mail: …"); a flattened CV is one long line, so only a
    // short window before the contact is excluded, never the whole line.
    // Measured in the neutral text (the placeholder's place), so both gender variants exclude the same span.
    const contact = mapSpan(item.span)
    const lineStart = neutral.lastIndexOf('\n', contact.start - 1) + 1
    spans.push({ start: Math.max(lineStart, contact.start - CONTACT_LABEL_WINDOW), end: contact.end })
  }
  return spans.sort((a, b) => a.start - b.start)
}

/** Claims without the evidence that lies inside one of `spans` (sorted by start); a claim left with none is dropped. */
function withoutEvidenceIn<C extends { evidence: { start: number; end: number }[] }>(claims: C[], spans: readonly Span[]): C[] {
  if (spans.length === 0) return claims
  const inside = (e: { start: number; end: number }): boolean => {
    // Few spans per CV (one per experience and contact line): a scan is cheaper than a search.
    for (const span of spans) {
      if (span.start > e.start) return false
      if (e.end <= span.end) return true
    }
    return false
  }
  const out: C[] = []
  for (const claim of claims) {
    if (!claim.evidence.some(inside)) {
      out.push(claim)
      continue
    }
    const evidence = claim.evidence.filter((e) => !inside(e))
    if (evidence.length > 0) out.push({ ...claim, evidence })
  }
  return out
}

/** A mapped span of the neutral text, trimmed (a title). */
function neutralSlice(text: string, span: Span): string {
  return text.slice(span.start, span.end).trim()
}

/** `{ code, level }` of the first of each code and level, in order (the key made once per language). */
function uniqueLanguages<C extends string, L extends string>(languages: readonly { code: C; level: L }[]): { code: C; level: L }[] {
  const seen = new Set<string>()
  const out: { code: C; level: L }[] = []
  for (const l of languages) {
    const key = `${l.code}:${l.level}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push({ code: l.code, level: l.level })
  }
  return out
}

function byCodeThenLevel(a: { code: string; level: string }, b: { code: string; level: string }): number {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : a.level < b.level ? -1 : a.level > b.level ? 1 : 0
}

/** An experience of the neutral profile, built field by field. */
interface NeutralExperience {
  title: string
  occupation?: string
  start?: string
  end?: string
  months?: number
  span?: { start: number; end: number }
}

/** An education entry of the neutral profile, built field by field. */
interface NeutralEducation {
  title: string
  eqfLevel?: number
  year?: number
  span?: { start: number; end: number }
}

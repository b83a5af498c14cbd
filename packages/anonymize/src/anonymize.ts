import {
  type IdentityRecord,
  type NeutralProfile,
  type ParsedProfile,
  type RedactionReport,
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

/** Options of {@link anonymize} and `anonymizeVacancy`. */
export interface AnonymizeOptions {
  /** The deployer's secret key for pseudonymous ids (HMAC-SHA-256). */
  key: string | Uint8Array
  /** The taxonomy whose concepts and neutral titles are used. */
  taxonomy: Taxonomy
  /** An annotator over `taxonomy` (built once per taxonomy when omitted). */
  annotator?: Annotator
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
  const personal = parsed.sections.filter((s) => s.kind === 'header' || s.kind === 'personal').map((s) => s.span)
  const { text, edits, tokens } = scrubText(original, {
    language: parsed.language,
    taxonomy,
    annotator,
    identity: parsed.identity,
    personal,
    mode: 'profile',
  })
  const mapSpan = spanMapper(edits)
  const slice = (span: { start: number; end: number }) => {
    const mapped = mapSpan(span)
    return { span: mapped, text: text.slice(mapped.start, mapped.end).trim() }
  }
  const sections = parsed.sections.map((s) => ({ kind: s.kind, span: mapSpan(s.span) }))
  const experiences = parsed.experiences.map((e) => {
    const title = slice(e.title.span).text
    const occupation = occupationOfTitle(annotator, title)
    return {
      title,
      ...(occupation !== undefined ? { occupation } : {}),
      ...(e.start !== undefined ? { start: e.start } : {}),
      ...(e.end !== undefined ? { end: e.end } : {}),
      ...(e.months !== undefined ? { months: e.months } : {}),
      span: mapSpan(e.span),
    }
  })
  const education = parsed.education.map((e) => ({
    title: slice(e.title.span).text,
    ...(e.eqfLevel !== undefined ? { eqfLevel: e.eqfLevel } : {}),
    ...(e.year !== undefined ? { year: e.year } : {}),
    span: mapSpan(e.span),
  }))
  const languages = uniqueBy(
    parsed.languages.map((l) => ({ code: l.code, level: l.level })),
    (l) => `${l.code}:${l.level}`,
  ).sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : a.level < b.level ? -1 : a.level > b.level ? 1 : 0))
  const licences = [...new Set(parsed.licences.map((l) => l.code))].sort()
  const { claims, absent } = buildClaims(text, sections, annotator, tokens)
  const levels = parsed.education.flatMap((e) => (e.eqfLevel !== undefined ? [e.eqfLevel] : []))
  // Built field by field in the schema's order; not re-validated here (it is our own output: a test checks
  // generated profiles against NeutralProfileSchema), which saved a third of the time of this function.
  const profile = {
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
    ...(levels.length > 0 ? { eqfLevel: Math.max(...levels) } : {}),
    provenance: { taxonomy: taxonomy.version, anonymizer: anonymizerVersion },
  } as NeutralProfile
  const dropped = ['identity']
  if (parsed.identity.photo) dropped.push('photo')
  return { profile, identity: parsed.identity, report: reportOf(edits, dropped) }
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>()
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item)
  return [...seen.values()]
}

import { NeutralVacancySchema, type ConceptRequirement, type Importance, type NeutralVacancy, type ParsedVacancy } from '@incontro/core'
import type { AnonymizeOptions } from './anonymize.js'
import { pseudonymousId } from './pseudonymous-id.js'
import { annotatorFor } from './internal/annotator-for.js'
import { spanMapper } from './internal/map-span.js'
import { spanLookup } from './internal/span-lookup.js'
import { scrubText } from './internal/scrub-text.js'
import { anonymizerVersion } from './internal/version.js'

const rank: Record<Importance, number> = { essential: 2, preferred: 1 }
/**
 * Concept kinds that become requirements. Languages, qualifications and licences are scored by their
 * own structured components (CEFR, EQF, licence codes); counting them as skills too would count them twice.
 */
const requirementKinds: readonly ConceptRequirement['kind'][] = ['skill', 'knowledge']

/**
 * Turns a parsed vacancy into a neutral vacancy: recruiters' contacts removed, gendered titles
 * neutralized, requirements as concepts with importance and evidence in the neutral text.
 *
 * @example
 * const vacancy = anonymizeVacancy(parseVacancy(text, { sourceId: 'job-7' }), { key, taxonomy: builtinTaxonomy() })
 */
export function anonymizeVacancy(parsed: ParsedVacancy, options: AnonymizeOptions): NeutralVacancy {
  const id = pseudonymousId(options.key, parsed.sourceId)
  const { taxonomy } = options
  const annotator = annotatorFor(options)
  const scrubOptions = { language: parsed.language, taxonomy, annotator, mode: 'vacancy' as const }
  const { text, edits } = scrubText(parsed.document.text, scrubOptions)
  const title = scrubText(parsed.title.text, scrubOptions).text.trim()
  const occupation = annotator.annotate(title, { kinds: ['occupation'] })[0]?.concept

  const requirements = new Map<string, ConceptRequirement>()
  const add = (concept: string, kind: ConceptRequirement['kind'], importance: Importance, start: number, end: number, section?: string) => {
    const existing = requirements.get(concept)
    const evidence = section ? { start, end, section } : { start, end }
    if (!existing) {
      requirements.set(concept, { concept, kind, importance, evidence: [evidence] })
      return
    }
    if (rank[importance] > rank[existing.importance]) existing.importance = importance
    if (!existing.evidence.some((e) => e.start === start && e.end === end)) existing.evidence.push(evidence)
  }
  const mentions = annotator.annotate(text, { kinds: requirementKinds, includeNegated: false })
  const mapSpan = spanMapper(edits)
  const lines = spanLookup(parsed.requirements.map((r) => ({ importance: r.importance, span: mapSpan(r.span) })), (l) => l.span)
  const sections = spanLookup(parsed.sections.map((s) => ({ kind: s.kind, span: mapSpan(s.span) })), (s) => s.span)
  for (const mention of mentions) {
    const line = lines.around(mention)
    const section = sections.at(mention.start)?.kind
    if (line) add(mention.concept, mention.kind, line.importance, mention.start, mention.end, section)
    // Elsewhere in the description, a concept counts only inside a "preferred" section.
    else if (section === 'preferred') add(mention.concept, mention.kind, 'preferred', mention.start, mention.end, section)
    else if (section === 'requirements') add(mention.concept, mention.kind, 'essential', mention.start, mention.end, section)
  }
  const sorted = [...requirements.values()]
    .map((r) => ({ ...r, evidence: [...r.evidence].sort((a, b) => a.start - b.start) }))
    .sort((a, b) => (a.concept < b.concept ? -1 : a.concept > b.concept ? 1 : 0))

  const essentialEqf = parsed.education.filter((e) => e.importance === 'essential').map((e) => e.eqfLevel)
  const preferredEqf = parsed.education.filter((e) => e.importance === 'preferred').map((e) => e.eqfLevel)
  const eqfLevel =
    essentialEqf.length > 0
      ? { level: Math.max(...essentialEqf), importance: 'essential' as const }
      : preferredEqf.length > 0
        ? { level: Math.max(...preferredEqf), importance: 'preferred' as const }
        : undefined

  return NeutralVacancySchema.parse({
    id,
    language: parsed.language,
    title,
    ...(occupation !== undefined ? { occupation } : {}),
    text,
    requirements: sorted,
    languages: parsed.languages.map((l) => ({ code: l.code, level: l.level, importance: l.importance })),
    ...(eqfLevel ? { eqfLevel } : {}),
    licences: parsed.licences.map((l) => ({ code: l.code, importance: l.importance })),
    ...(parsed.experienceMonths ? { experienceMonths: parsed.experienceMonths.value } : {}),
    contract: [...parsed.contract],
    ...(parsed.place ? { place: parsed.place.text } : {}),
    provenance: { taxonomy: taxonomy.version, anonymizer: anonymizerVersion },
  })
}

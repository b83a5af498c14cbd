import {
  NeutralVacancySchema,
  type ConceptRequirement,
  type Importance,
  type NeutralVacancy,
  type ParsedVacancy,
  type RequirementSource,
  type SectionKind,
} from '@incontro/core'
import { fuzzyOccupation, occupationFromTitle } from '@incontro/taxonomy'
import type { AnonymizeOptions } from './anonymize.js'
import { pseudonymousId } from './pseudonymous-id.js'
import { annotatorFor } from './internal/annotator-for.js'
import { spanMapper } from './internal/map-span.js'
import { spanLookup } from './internal/span-lookup.js'
import { scrubText } from './internal/scrub-text.js'
import { anonymizerVersion } from './internal/version.js'
import { maxOf } from './internal/max-of.js'

const rank: Record<Importance, number> = { essential: 2, preferred: 1 }
/** Where a mention stands, strongest first: a concept found in several places keeps its strongest place. */
const sourceRank: Record<RequirementSource, number> = { requirements: 6, title: 5, responsibilities: 4, description: 3, company: 2, implied: 1 }
/**
 * Concept kinds that become requirements. Languages, qualifications and licences are scored by their
 * own structured components (CEFR, EQF, licence codes); counting them as skills too would count them twice.
 */
const requirementKinds: readonly ConceptRequirement['kind'][] = ['skill', 'knowledge']
/** An ad that names fewer skills than this in its requirements, title and duties gets its occupation's essential skills as implied requirements. */
export const IMPLIED_BELOW = 3
/** At most this many implied requirements (an imported ESCO occupation may list dozens). */
export const IMPLIED_MAX = 8

/** The requirement source of a mention outside requirement lines, from its section; `undefined`: not a requirement (the offer). */
function sourceOfSection(kind: SectionKind | undefined): { source: RequirementSource; importance: Importance } | undefined {
  switch (kind) {
    case 'requirements':
      return { source: 'requirements', importance: 'essential' }
    case 'preferred':
      return { source: 'requirements', importance: 'preferred' }
    case 'responsibilities':
    case 'experience':
    case 'skills':
      return { source: 'responsibilities', importance: 'essential' }
    case 'company':
      return { source: 'company', importance: 'essential' }
    case 'offer':
      return undefined
    default:
      return { source: 'description', importance: 'essential' }
  }
}

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
  const occupation =
    parsed.occupation !== undefined && taxonomy.get(parsed.occupation.concept) !== undefined
      ? parsed.occupation.concept
      : (annotator.annotate(title, { kinds: ['occupation'] })[0]?.concept ??
        fuzzyOccupation(title, taxonomy) ??
        occupationFromTitle(title, taxonomy, { context: text }))

  type Draft = ConceptRequirement & { source: RequirementSource }
  const requirements = new Map<string, Draft>()
  const add = (concept: string, kind: ConceptRequirement['kind'], importance: Importance, source: RequirementSource, start: number, end: number, section?: string) => {
    const existing = requirements.get(concept)
    const evidence = section ? { start, end, section } : { start, end }
    if (!existing) {
      requirements.set(concept, { concept, kind, importance, source, evidence: [evidence] })
      return
    }
    // The strongest place decides importance and source ("gradito X" in the requirements stays preferred
    // even when the description names X too); in equally strong places, essential wins.
    if (sourceRank[source] > sourceRank[existing.source] || (sourceRank[source] === sourceRank[existing.source] && rank[importance] > rank[existing.importance])) {
      existing.importance = importance
      existing.source = source
    }
    if (!existing.evidence.some((e) => e.start === start && e.end === end)) existing.evidence.push(evidence)
  }
  const mentions = annotator.annotate(text, { kinds: requirementKinds, includeNegated: false })
  const mapSpan = spanMapper(edits)
  const lines = spanLookup(parsed.requirements.map((r) => ({ importance: r.importance, span: mapSpan(r.span) })), (l) => l.span)
  const neutralSections = parsed.sections.map((s) => ({ kind: s.kind, span: mapSpan(s.span) }))
  const sections = spanLookup(neutralSections, (s) => s.span)
  const titleSpan = parsed.title.text.length > 0 ? mapSpan(parsed.title.span) : undefined
  for (const mention of mentions) {
    const line = lines.around(mention)
    const section = sections.at(mention.start)?.kind
    if (line) {
      add(mention.concept, mention.kind, line.importance, 'requirements', mention.start, mention.end, section)
      continue
    }
    if (titleSpan !== undefined && mention.start >= titleSpan.start && mention.end <= titleSpan.end) {
      add(mention.concept, mention.kind, 'essential', 'title', mention.start, mention.end, section)
      continue
    }
    // Elsewhere, a concept counts by where it stands: duties more than the description, the company blurb least.
    const place = sourceOfSection(section)
    if (place !== undefined) add(mention.concept, mention.kind, place.importance, place.source, mention.start, mention.end, section)
  }
  // An ad that names an occupation but few skills (a terse public-centre ad: a title and one line of
  // duties) still asks for what that occupation needs: its essential skills become implied requirements.
  if (occupation !== undefined) {
    let named = 0
    for (const requirement of requirements.values()) if (requirement.source !== 'description' && requirement.source !== 'company') named++
    if (named < IMPLIED_BELOW) {
      let added = 0
      for (const concept of taxonomy.get(occupation)?.essential ?? []) {
        if (added >= IMPLIED_MAX) break
        const definition = taxonomy.get(concept)
        if (definition === undefined || requirements.has(concept) || !requirementKinds.includes(definition.kind)) continue
        requirements.set(concept, { concept, kind: definition.kind, importance: 'essential', source: 'implied', evidence: [] })
        added++
      }
    }
  }
  const sorted = [...requirements.values()]
    .map((r) => ({ ...r, evidence: r.evidence.slice().sort((a, b) => a.start - b.start) }))
    .sort((a, b) => (a.concept < b.concept ? -1 : a.concept > b.concept ? 1 : 0))

  const essentialEqf = parsed.education.filter((e) => e.importance === 'essential').map((e) => e.eqfLevel)
  const preferredEqf = parsed.education.filter((e) => e.importance === 'preferred').map((e) => e.eqfLevel)
  const eqfLevel =
    essentialEqf.length > 0
      ? { level: maxOf(essentialEqf), importance: 'essential' as const }
      : preferredEqf.length > 0
        ? { level: maxOf(preferredEqf), importance: 'preferred' as const }
        : undefined

  return NeutralVacancySchema.parse({
    id,
    language: parsed.language,
    title,
    ...(occupation !== undefined ? { occupation } : {}),
    text,
    sections: neutralSections.filter((section) => section.span.end > section.span.start),
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

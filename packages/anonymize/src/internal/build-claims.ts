import type { ConceptKind, Evidence, SkillClaim, Token } from '@incontro/core'
import type { Annotator } from '@incontro/taxonomy'
import { annotateTokens } from './annotate-tokens.js'
import { spanLookup } from './span-lookup.js'

/** Concept kinds that become claims (occupations are read from titles, not claimed). */
export const claimKinds: readonly ConceptKind[] = ['skill', 'knowledge', 'qualification', 'licence', 'language']

/** Sections of the neutral text, for evidence. */
export interface NeutralSection {
  kind: string
  span: { start: number; end: number }
}

/** Annotates the neutral text and groups mentions by concept: claims, and negated ones as absent. */
export function buildClaims(
  text: string,
  sections: readonly NeutralSection[],
  annotator: Annotator,
  /** `tokenize(text)`, when already known. */
  tokens?: readonly Token[],
): { claims: SkillClaim[]; absent: { concept: string; evidence: Evidence[] }[] } {
  const claims = new Map<string, SkillClaim>()
  const absent = new Map<string, { concept: string; evidence: Evidence[] }>()
  const mentions = tokens ? annotateTokens(annotator, text, { kinds: claimKinds }, tokens) : annotator.annotate(text, { kinds: claimKinds })
  const sectionOf = spanLookup(sections, (s) => s.span)
  for (const mention of mentions) {
    // Placeholders never produce claims.
    const from = Math.max(0, mention.start - 1)
    const to = Math.min(text.length, mention.end + 1)
    // Only a window holding a "[" can hold a placeholder: the others are not sliced and matched.
    if (hasBracket(text, from, to) && /\[[A-Z-]+\]/.test(text.slice(from, to))) continue
    const section = sectionOf.at(mention.start)?.kind
    const evidence: Evidence = section ? { start: mention.start, end: mention.end, section } : { start: mention.start, end: mention.end }
    if (mention.negated) {
      const entry = absent.get(mention.concept) ?? { concept: mention.concept, evidence: [] }
      entry.evidence.push(evidence)
      absent.set(mention.concept, entry)
      continue
    }
    const claim = claims.get(mention.concept) ?? { concept: mention.concept, kind: mention.kind, evidence: [] }
    claim.evidence.push(evidence)
    claims.set(mention.concept, claim)
  }
  const claimList: SkillClaim[] = []
  for (const claim of claims.values()) claimList.push(sortEvidence(claim))
  const absentList: { concept: string; evidence: Evidence[] }[] = []
  for (const entry of absent.values()) if (!claims.has(entry.concept)) absentList.push(sortEvidence(entry))
  return { claims: claimList.sort(byConcept), absent: absentList.sort(byConcept) }
}

function byConcept(a: { concept: string }, b: { concept: string }): number {
  return a.concept < b.concept ? -1 : a.concept > b.concept ? 1 : 0
}

function byPosition(a: Evidence, b: Evidence): number {
  return a.start - b.start || a.end - b.end
}

/**
 * An entry with its evidence sorted by position. The entries and their evidence arrays are made in
 * {@link buildClaims} and held nowhere else, so the array is sorted in place (a stable sort, as the copy
 * was) and the entry kept, not spread into a copy with the same keys; evidence already in order (mentions
 * come by position) is not sorted at all.
 */
function sortEvidence<T extends { evidence: Evidence[] }>(entry: T): T {
  const evidence = entry.evidence
  for (let i = 1; i < evidence.length; i++) {
    if (byPosition(evidence[i - 1] as Evidence, evidence[i] as Evidence) > 0) {
      evidence.sort(byPosition)
      break
    }
  }
  return entry
}

function hasBracket(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x5b) return true
  return false
}

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
  const byId = <T extends { concept: string; evidence: Evidence[] }>(a: T, b: T) => (a.concept < b.concept ? -1 : a.concept > b.concept ? 1 : 0)
  const sortEvidence = <T extends { evidence: Evidence[] }>(x: T): T => ({ ...x, evidence: [...x.evidence].sort((a, b) => a.start - b.start || a.end - b.end) })
  return {
    claims: [...claims.values()].map(sortEvidence).sort(byId),
    absent: [...absent.values()].filter((a) => !claims.has(a.concept)).map(sortEvidence).sort(byId),
  }
}

function hasBracket(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x5b) return true
  return false
}

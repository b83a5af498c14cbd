import { tokenize, type IdentityRecord, type Language, type Span, type Token } from '@incontro/core'
import type { Annotator, Taxonomy } from '@incontro/taxonomy'
import type { Detector, ScrubContext } from './context.js'
import { detectCodiciFiscali, detectEmails, detectIbans, detectPhones, detectUrls } from './detect-contacts.js'
import { detectGenderedOrganisations, detectGenderedTitles, detectElidedArticles, detectGenderedWords, detectHonorifics, detectPredicateAgreement, detectPronouns } from './detect-gender-cues.js'
import { detectAddresses, detectDocumentNumbers, detectHandles, detectPartitaIva } from './detect-documents.js'
import { detectIdentityItems, detectNames } from './detect-identity.js'
import { detectHealth, detectLeave, detectPregnancy, detectReligion } from './detect-protected.js'
import {
  detectAge,
  detectBirth,
  detectFamily,
  detectHealthAndPhoto,
  detectMarital,
  detectMilitary,
  detectNationality,
  detectPersonalLines,
} from './detect-personal.js'
import { applyEdits, placeholders, resolveEdits, type Candidate, type Edit } from './edits.js'
import { retokenize } from './retokenize.js'

/** Options of {@link scrubText}. */
export interface ScrubOptions {
  language: Language
  taxonomy: Taxonomy
  annotator: Annotator
  identity?: IdentityRecord
  personal?: readonly Span[]
  /** Which detectors run: `profile` (everything) or `vacancy` (contacts and gendered titles only). */
  mode: 'profile' | 'vacancy'
}

const profileDetectors: readonly Detector[] = [
  detectIdentityItems,
  detectEmails,
  detectUrls,
  detectPhones,
  detectCodiciFiscali,
  detectIbans,
  detectPartitaIva,
  detectDocumentNumbers,
  detectAddresses,
  detectHandles,
  detectPersonalLines,
  detectBirth,
  detectAge,
  detectNationality,
  detectMarital,
  detectFamily,
  detectMilitary,
  detectHealthAndPhoto,
  detectPregnancy,
  detectLeave,
  detectHealth,
  detectReligion,
  detectNames,
  detectHonorifics,
  detectPronouns,
  detectGenderedTitles,
  detectGenderedWords,
  detectElidedArticles,
  detectPredicateAgreement,
  detectGenderedOrganisations,
]

const vacancyDetectors: readonly Detector[] = [detectEmails, detectUrls, detectPhones, detectGenderedTitles, detectGenderedOrganisations]

const placeholderPattern = new RegExp(
  Object.values(placeholders)
    .map((p) => p.replace(/[[\]-]/g, (c) => `\\${c}`))
    .join('|'),
  'g',
)

/**
 * Scrubs a text: every detector proposes edits, the strongest non-overlapping ones are applied.
 * Also returns the tokens of the scrubbed text (`tokenize` of it), derived from those of the original.
 */
export function scrubText(text: string, options: ScrubOptions): { text: string; edits: Edit[]; tokens: Token[] } {
  const context: ScrubContext = {
    text,
    tokens: tokenize(text),
    language: options.language,
    personal: options.personal ?? [],
    taxonomy: options.taxonomy,
    annotator: options.annotator,
    ...(options.identity ? { identity: options.identity } : {}),
  }
  const detectors = options.mode === 'profile' ? profileDetectors : vacancyDetectors
  // Placeholders already in the text are left alone (idempotence).
  const kept = [...text.matchAll(placeholderPattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }))
  const candidates: Candidate[] = []
  for (const detect of detectors) {
    for (const candidate of detect(context)) {
      if (candidate.end > text.length || candidate.start < 0 || candidate.end < candidate.start) continue
      if (touchesPlaceholder(kept, candidate)) continue
      candidates.push(candidate)
    }
  }
  const edits = options.language === 'it' ? absorbArticles(text, resolveEdits(text, candidates)) : resolveEdits(text, candidates)
  const scrubbed = applyEdits(text, edits)
  return { text: scrubbed, edits, tokens: retokenize(text, context.tokens, edits, scrubbed) }
}

function touchesPlaceholder(kept: readonly { start: number; end: number }[], span: { start: number; end: number }): boolean {
  // Last placeholder starting before the span ends.
  let lo = 0
  let hi = kept.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((kept[mid] as { start: number }).start < span.end) lo = mid + 1
    else hi = mid
  }
  const k = kept[lo - 1]
  return k !== undefined && k.end > span.start
}

const articlesBeforePlaceholder = new Set(['un', 'una', 'uno', 'il', 'la', 'lo'])

/**
 * An Italian article right before a placeholder agrees with the removed words ("una [FAMILY]" for "una
 * mamma", "un [FAMILY]" for "un papà"): it is removed with them.
 */
function absorbArticles(text: string, edits: Edit[]): Edit[] {
  let previousEnd = 0
  for (const edit of edits) {
    if (edit.replacement.startsWith('[')) {
      let i = edit.start
      while (i > previousEnd && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--
      let j = i
      while (j > previousEnd && /\p{L}/u.test(text[j - 1] as string)) j--
      const word = text.slice(j, i).toLowerCase()
      const boundary = j === 0 || !/[\p{L}\p{N}]/u.test(text[j - 1] as string)
      if (i < edit.start && boundary && articlesBeforePlaceholder.has(word)) edit.start = j
    }
    previousEnd = edit.end
  }
  return edits
}

import { tokenize, type IdentityRecord, type Language, type Span, type Token } from '@incontro/core'
import type { Annotator, Taxonomy } from '@incontro/taxonomy'
import { newContextMemo, type Detector, type ScrubContext } from './context.js'
import { detectCodiciFiscali, detectEmails, detectIbans, detectInternationalContacts, detectPhones, detectUrls } from './detect-contacts.js'
import { detectGenderedOrganisations, detectGenderedTitles, detectElidedArticles, detectGenderedWords, detectHonorifics, detectPredicateAgreement, detectPronouns } from './detect-gender-cues.js'
import { detectAffiliations } from './detect-affiliations.js'
import { detectAddresses, detectDocumentNumbers, detectHandles, detectPartitaIva } from './detect-documents.js'
import { detectIdentityItems, detectNames } from './detect-identity.js'
import { detectHealth, detectLeave, detectPregnancy, detectReligion } from './detect-protected.js'
import {
  detectAge,
  detectBirth,
  detectFamily,
  detectHealthAndPhoto,
  detectKinship,
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
  detectInternationalContacts,
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
  detectKinship,
  detectMilitary,
  detectHealthAndPhoto,
  detectPregnancy,
  detectLeave,
  detectHealth,
  detectReligion,
  detectAffiliations,
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
  const context = contextOf(text, options)
  const detectors = options.mode === 'profile' ? profileDetectors : vacancyDetectors
  // Placeholders already in the text are left alone (idempotence).
  const kept = placeholdersIn(text)
  const candidates: Candidate[] = []
  for (const detect of detectors) {
    const proposed = detect(context)
    for (let i = 0; i < proposed.length; i++) {
      const candidate = proposed[i] as Candidate
      if (candidate.end > text.length || candidate.start < 0 || candidate.end < candidate.start) continue
      if (kept.length > 0 && touchesPlaceholder(kept, candidate)) continue
      candidates.push(candidate)
    }
  }
  const edits = options.language === 'it' ? absorbArticles(text, resolveEdits(text, candidates)) : resolveEdits(text, candidates)
  const scrubbed = applyEdits(text, edits)
  return { text: scrubbed, edits, tokens: retokenize(text, context.tokens, edits, scrubbed) }
}

/**
 * The context the detectors read, written out field by field (a conditional spread costs more) in the
 * order the spread gave, with a fresh memo of the shared helpers.
 */
function contextOf(text: string, options: ScrubOptions): ScrubContext {
  const tokens = tokenize(text)
  const personal = options.personal ?? []
  if (options.identity) {
    return { text, tokens, language: options.language, personal, taxonomy: options.taxonomy, annotator: options.annotator, identity: options.identity, memo: newContextMemo() }
  }
  return { text, tokens, language: options.language, personal, taxonomy: options.taxonomy, annotator: options.annotator, memo: newContextMemo() }
}

const noSpans: readonly { start: number; end: number }[] = []

/**
 * Spans of the placeholders in a text (`placeholderPattern`'s matches), ascending. Every placeholder starts
 * with "[": a text without one holds none, and is not scanned by the expression.
 */
export function placeholdersIn(text: string): readonly { start: number; end: number }[] {
  if (text.indexOf('[') < 0) return noSpans
  return [...text.matchAll(placeholderPattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }))
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
      while (j > previousEnd && isLetterUnit(text, j - 1)) j--
      const word = text.slice(j, i).toLowerCase()
      const boundary = j === 0 || !isLetterOrDigitUnit(text, j - 1)
      if (i < edit.start && boundary && articlesBeforePlaceholder.has(word)) edit.start = j
    }
    previousEnd = edit.end
  }
  return edits
}

const letter = /\p{L}/u
const letterOrDigit = /[\p{L}\p{N}]/u

/** `/\p{L}/u.test(text[i])`, without the expression for ASCII (where the letters are A-Z and a-z). */
export function isLetterUnit(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  if (c < 0x80) return (c | 0x20) >= 97 && (c | 0x20) <= 122
  return letter.test(text[i] as string)
}

/** `/[\p{L}\p{N}]/u.test(text[i])`, without the expression for ASCII (letters, and the digits 0-9). */
export function isLetterOrDigitUnit(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  if (c < 0x80) return ((c | 0x20) >= 97 && (c | 0x20) <= 122) || (c >= 48 && c <= 57)
  return letterOrDigit.test(text[i] as string)
}

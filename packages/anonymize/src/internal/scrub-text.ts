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
  /** Keep gendered nouns about clients and topics (see `AnonymizeOptions.topicNouns`). */
  keepTopicNouns?: boolean
}

export const profileDetectors: readonly Detector[] = [
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
  const tokens = tokenize(text)
  const breaks = options.mode === 'profile' ? glueBreaks(text, tokens, options.identity) : noBreaks
  if (breaks.length > 0) return scrubGlued(text, tokens, breaks, options)
  const context = contextOf(text, tokens, options)
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
function contextOf(text: string, tokens: Token[], options: ScrubOptions): ScrubContext {
  const personal = options.personal ?? []
  const context: ScrubContext = options.identity
    ? { text, tokens, language: options.language, personal, taxonomy: options.taxonomy, annotator: options.annotator, identity: options.identity, memo: newContextMemo() }
    : { text, tokens, language: options.language, personal, taxonomy: options.taxonomy, annotator: options.annotator, memo: newContextMemo() }
  if (options.keepTopicNouns === true) context.keepTopicNouns = true
  return context
}

const noBreaks: readonly number[] = []

/**
 * Scrubs a text whose words were glued by extraction ("Mario Rossinato a Milano", "nataaRoma",
 * "espertoMagazziniere"): the detectors read a copy with a space at each break, their edits are mapped back
 * to the original text (which keeps its own spacing), and applied there.
 */
function scrubGlued(text: string, tokens: Token[], breaks: readonly number[], options: ScrubOptions): { text: string; edits: Edit[]; tokens: Token[] } {
  // back[j]: the offset in `text` of offset j of the spaced copy (an inserted space maps to the character after it).
  let spaced = ''
  const back = new Int32Array(text.length + breaks.length + 1)
  let from = 0
  let j = 0
  for (const b of breaks) {
    spaced += text.slice(from, b) + ' '
    for (let o = from; o < b; o++) back[j++] = o
    back[j++] = b
    from = b
  }
  spaced += text.slice(from)
  for (let o = from; o <= text.length; o++) back[j++] = o
  // Offsets of the original moved right by the breaks before them (ends: the breaks strictly before).
  const forward = (o: number, end: boolean): number => {
    let n = 0
    for (const b of breaks) if (end ? b < o : b <= o) n++
    return o + n
  }
  const mapSpan = (span: Span): Span => ({ start: forward(span.start, false), end: forward(span.end, true) })
  const identity = options.identity === undefined ? undefined : { ...options.identity, items: options.identity.items.map((item) => (item.span === undefined ? item : { ...item, span: mapSpan(item.span) })) }
  const spacedOptions: ScrubOptions = { ...options, personal: (options.personal ?? []).map(mapSpan) }
  if (identity !== undefined) spacedOptions.identity = identity
  const context = contextOf(spaced, tokenize(spaced), spacedOptions)
  const kept = placeholdersIn(text)
  const candidates: Candidate[] = []
  for (const detect of profileDetectors) {
    for (const proposed of detect(context)) {
      if (proposed.end > spaced.length || proposed.start < 0 || proposed.end < proposed.start) continue
      const candidate = { ...proposed, start: back[proposed.start] as number, end: back[proposed.end] as number }
      if (candidate.end < candidate.start) continue
      if (kept.length > 0 && touchesPlaceholder(kept, candidate)) continue
      candidates.push(candidate)
    }
  }
  const resolved = resolveEdits(text, candidates)
  const edits = options.language === 'it' ? absorbArticles(text, resolved) : resolved
  const scrubbed = applyEdits(text, edits)
  return { text: scrubbed, edits, tokens: retokenize(text, tokens, edits, scrubbed) }
}

/** Italian birth participles glued to what follows ("nataaRoma", "natoil"), and the prepositions after them. */
const gluedBirth = /^(nat[ao])(a|ad|al|il|in|nel)(?=\p{L}|$)/u
/** Words that follow a name glued to it by extraction ("Rossinato", "Ferriresidente"). */
const glueFollowers = ['nato', 'nata', 'born', 'residente', 'resident', 'nazionalita', 'nationality', 'via', 'tel', 'cell', 'email', 'mail', 'telefono', 'indirizzo', 'address', 'phone']

/**
 * Offsets (ascending) where extraction glued two words: a lowercase letter followed by a capital inside a
 * word, both parts of four letters or more ("espertoMagazziniere", not "McDonald", "TypeScript"); a birth participle and
 * its preposition ("nataaRoma", "natail"); a known name and a following word of a CV's header ("Rossinato").
 */
export function glueBreaks(text: string, tokens: readonly Token[], identity: IdentityRecord | undefined): readonly number[] {
  let names: Set<string> | undefined
  const out: number[] = []
  for (const tok of tokens) {
    if (tok.kind !== 'word' || tok.end - tok.start < 5) continue
    const norm = tok.norm
    const birth = norm.charCodeAt(0) === 110 && norm.startsWith('nat') && norm.length === tok.end - tok.start ? gluedBirth.exec(norm) : null
    if (birth !== null) {
      out.push(tok.start + (birth[1] as string).length)
      if (tok.start + birth[0].length < tok.end) out.push(tok.start + birth[0].length)
    }
    // lowercase → capital inside the word (the folded word differs from the text only where a letter is
    // not lowercase ASCII: most words are told apart by one comparison of their last letter)
    let run = 0
    for (let i = tok.start + 3; i < tok.end - 2; i++) {
      const c = text.charCodeAt(i)
      if (c >= 65 && c <= 90) {
        run = -1
        break
      }
    }
    const camel = run !== 0
    run = 0
    for (let i = tok.start; camel && i < tok.end; i++) {
      const c = text.charCodeAt(i)
      const lower = c >= 97 && c <= 122
      const upper = c >= 65 && c <= 90
      if (upper && run >= 4 && tok.end - i >= 4 && isLowerRun(text, i + 1, i + 4)) {
        if (out[out.length - 1] !== i) out.push(i)
      }
      run = lower ? run + 1 : 0
    }
    const first = text.charCodeAt(tok.start)
    if (identity !== undefined && first >= 65 && first <= 90 && norm.length === tok.end - tok.start) {
      for (const follower of glueFollowers) {
        if (norm.length <= follower.length + 2 || !norm.endsWith(follower)) continue
        names ??= namesOf(identity)
        if (names.has(norm.slice(0, norm.length - follower.length))) out.push(tok.end - follower.length)
      }
    }
  }
  if (out.length < 2) return out
  // Ascending, each offset once (a loop over the sorted offsets, no copy of an input-sized list through a Set).
  out.sort((a, b) => a - b)
  let kept = 1
  for (let k = 1; k < out.length; k++) if (out[k] !== out[kept - 1]) out[kept++] = out[k] as number
  out.length = kept
  return out
}

function isLowerRun(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (!(c >= 97 && c <= 122)) return false
  }
  return true
}

/** The folded words of the parser's given names and surnames. */
function namesOf(identity: IdentityRecord): Set<string> {
  const out = new Set<string>()
  for (const name of [...identity.givenNames, ...identity.surnames]) for (const t of tokenize(name)) if (t.kind === 'word' && t.norm.length >= 3) out.add(t.norm)
  return out
}

const noSpans: readonly { start: number; end: number }[] = []

/**
 * Spans of the placeholders in a text (`placeholderPattern`'s matches), ascending. Every placeholder starts
 * with "[": a text without one holds none, and is not scanned by the expression.
 */
export function placeholdersIn(text: string): readonly { start: number; end: number }[] {
  if (text.indexOf('[') < 0) return noSpans
  const spans: { start: number; end: number }[] = []
  for (const m of text.matchAll(placeholderPattern)) spans.push({ start: m.index, end: m.index + m[0].length })
  return spans
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

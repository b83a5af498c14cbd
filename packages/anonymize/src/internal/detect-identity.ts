import { tokenize, type Token } from '@incontro/core'
import { isCapitalised, onlySpaces, type ScrubContext } from './context.js'
import { nameParticles, wordLikeNames } from './cue-words.js'
import { findGazetteerNames, isNarrativeGiven, joinedNorms, learn, notNameWords, type GazetteerNames } from './detect-gazetteer-names.js'
import { findNarrativeNames } from './detect-narrative-names.js'
import { findHonorifics } from './detect-gender-cues.js'
import { letterRuns } from './letter-runs.js'
import { spanOverlaps, type SpanOverlaps } from './span-overlaps.js'
import { namePriority, placeholderOf, type Candidate } from './edits.js'

/** Words after which a name is part of a place ("San Giovanni", "Via Monti"). */
const placePrefixes = new Set(['san', 'santa', 'santo', 'sant', 'via', 'viale', 'piazza', 'piazzale', 'corso', 'largo', 'ospedale', 'istituto', 'liceo', 'scuola'])

/** Priority of the parser's own identity spans. */
const itemPriority = 100

/** The parser's identity items: their spans, or every occurrence of their value when they have none. */
export function detectIdentityItems(context: ScrubContext): Candidate[] {
  const out: Candidate[] = []
  // Lowercased only when an item without a span is searched for.
  let lower: string | undefined
  for (const item of context.identity?.items ?? []) {
    if (item.category === 'name' && !plausibleName(context, item.value, item.span?.start)) continue
    const replacement = placeholderOf(item.category)
    if (item.span && item.span.end <= context.text.length && item.span.end > item.span.start) {
      // "(+39) 02-…": the opening bracket of a country code belongs to the number.
      const { text } = context
      const bracket = item.category === 'phone' && text[item.span.start - 1] === '(' && text.slice(item.span.start, item.span.end).includes(')')
      out.push({ start: item.span.start - (bracket ? 1 : 0), end: item.span.end, replacement, category: item.category, priority: itemPriority })
      continue
    }
    const value = item.value.trim().toLowerCase()
    if (value.length < 3) continue
    lower ??= context.text.toLowerCase()
    for (let at = lower.indexOf(value); at >= 0; at = lower.indexOf(value, at + value.length)) {
      out.push({ start: at, end: at + value.length, replacement, category: item.category, priority: itemPriority })
    }
  }
  return out
}

/**
 * Every occurrence of the known given names and surnames, in any casing, with accents, invisible
 * characters and look-alike letters folded; also letter-spaced ("M a r i a") and glued into
 * handles ("annarossi90").
 */
export function detectNames(context: ScrubContext): Candidate[] {
  const { text, tokens } = context
  const phrases = namePhrases(context)
  const singles = new Set(phrases.filter((p) => p.length === 1).map((p) => p[0] as string))
  // Names known only from an honorific ("Sig.ra Elena Rinaldi") count where they are capitalised.
  const contextual = new Set<string>()
  for (const { name } of findHonorifics(context)) {
    for (const word of name) {
      if (word.norm.length >= 2 && !nameParticles.has(word.norm) && !singles.has(word.norm)) contextual.add(word.norm)
    }
  }
  for (const word of contextual) singles.add(word)
  // Names found through the gazetteers with context are known everywhere from now on.
  const gazetteer = knownNames(context)
  for (const word of gazetteer.known) singles.add(word)
  for (const word of gazetteer.knownCapitalised) {
    if (singles.has(word)) continue
    contextual.add(word)
    singles.add(word)
  }
  const out: Candidate[] = []
  for (const span of gazetteer.spans) out.push(nameAt(span.start, span.end))
  if (singles.size === 0 && phrases.length === 0) {
    for (const c of initialsAlone(text, tokens)) out.push(c)
    return withInitials(text, tokens, out)
  }
  const gluable = namesByFirstUnit(singles)
  const letterStarts = lowercaseFirstUnits(gluable)
  const singleShapes = shapesOf(singles)
  // Multi-word names by their first word, longest first as in `phrases`.
  const multiWord = new Map<string, string[][]>()
  for (const phrase of phrases) {
    if (phrase.length < 2) continue
    const list = multiWord.get(phrase[0] as string)
    if (list) list.push(phrase)
    else multiWord.set(phrase[0] as string, [phrase])
  }

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token
    if (token.kind !== 'word') continue
    const norm = token.norm
    // Multi-word names first ("De Luca", "Anna Maria").
    const candidates = multiWord.size === 0 ? undefined : multiWord.get(norm)
    if (candidates !== undefined) {
      const end = phrasesEnd(text, tokens, i, candidates)
      if (end >= 0) {
        out.push(nameAt(token.start, (tokens[end - 1] as Token).end))
        i = end - 1
        continue
      }
    }
    if (mayHave(singleShapes, norm) && singles.has(norm)) {
      if ((wordLikeNames.has(norm) || contextual.has(norm)) && !isCapitalised(text, token)) continue
      // "Sesto San Giovanni", "Via Paolo Sarpi": a place named after a saint or a person, not the person.
      const before = tokens[i - 1]
      if (before !== undefined && placePrefixes.has(before.norm) && onlySpaces(text, before.end, token.start)) continue
      out.push(nameAt(token.start, token.end))
      continue
    }
    // A name split across lines ("Ros-\nsi"): two pieces that join into a known name.
    const next = tokens[i + 1]
    const after = tokens[i + 2]
    if (next && norm.length >= 2 && (next.norm === '-' || hasNewline(text, token.end, next.start))) {
      const hyphen = next.norm === '-' && next.start === token.end && after !== undefined && isLineBreak(text, next.end, after.start)
      const piece = hyphen ? after : isLineBreak(text, token.end, next.start) ? next : undefined
      if (piece && piece.kind === 'word' && joinsIntoName(norm, piece.norm, gluable)) {
        out.push(nameAt(token.start, piece.end))
        i = hyphen ? i + 2 : i + 1
        continue
      }
    }
    // A handle glued from names and digits ("annarossi90", "rossi.anna" is split by the tokenizer).
    if (norm.length > 4 && mayStartName(norm, letterStarts, gluable) && isGluedName(withoutDigits(norm), gluable)) out.push(nameAt(token.start, token.end))
  }
  for (const c of letterSpacedNames(text, tokens, gluable)) out.push(c)
  for (const c of initialsAlone(text, tokens)) out.push(c)
  return withInitials(text, tokens, out)
}

/** Abbreviations of single capitals with stops that are no person's initials ("U.S.A.", "P.S."). */
const notInitials: ReadonlySet<string> = new Set(['usa', 'uk', 'ue', 'eu', 'ps', 'pc', 'tv', 'cv', 'ok', 'dj', 'us', 'nb', 'pv', 'it', 'ss', 'sa', 'vs', 'am', 'pm', 'ad', 'bc', 'ac', 'dc', 'hr', 'pr', 'ai', 'ui', 'ux', 'qa', 'rp', 'ct', 'sd'])
/** Words after which initials sign a letter ("Firma: G.F.", "Lettera firmata G.F."). */
const signatureWords: ReadonlySet<string> = new Set(['firma', 'firmata', 'firmato', 'signed', 'signature', 'f.to', 'fto'])

/** The index after a run of two or three single capitals, each with its stop ("M.R.", "G. F."), at `i`; or -1. */
function initialsEnd(text: string, tokens: readonly Token[], i: number): number {
  let k = i
  let letters = ''
  while (letters.length < 3) {
    const letter = tokens[k]
    const stop = tokens[k + 1]
    if (letter === undefined || stop === undefined || letter.kind !== 'word' || letter.end - letter.start !== 1 || !isCapitalised(text, letter)) break
    if (stop.norm !== '.' || stop.start !== letter.end) break
    if (k > i && !onlySpaces(text, (tokens[k - 1] as Token).end, letter.start)) break
    letters += letter.norm
    k += 2
  }
  return letters.length >= 2 && !notInitials.has(letters) ? k : -1
}

/**
 * Initials that sign a letter: alone on their line ("M.R." under "Distinti saluti") or after a signature word
 * ("Lettera firmata G.F."), never an abbreviation such as "S.p.A." (lowercase letters) or "U.S.A.".
 */
function initialsAlone(text: string, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = []
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token
    if (tok.kind !== 'word' || tok.end - tok.start !== 1) continue
    const end = initialsEnd(text, tokens, i)
    if (end < 0) continue
    const prev = tokens[i - 1]
    const next = tokens[end]
    const lineBefore = prev === undefined || hasNewline(text, prev.end, tok.start)
    const lineAfter = next === undefined || hasNewline(text, (tokens[end - 1] as Token).end, next.start)
    const signed = prev !== undefined && (signatureWords.has(prev.norm) || (prev.norm === ':' && signatureWords.has(tokens[i - 2]?.norm ?? '')))
    if ((lineBefore && lineAfter) || signed) out.push(nameAt(tok.start, (tokens[end - 1] as Token).end))
    i = end - 1
  }
  return out
}

/** The name candidates widened over one or two initials right before them ("G. Ferri", "M. R. Ferri"). */
function withInitials(text: string, tokens: readonly Token[], candidates: Candidate[]): Candidate[] {
  void tokens
  for (const c of candidates) {
    // "X. " before the name: a capital, a stop, spaces; the capital not glued to a letter before it.
    for (let n = 0; n < 2; n++) {
      let k = c.start
      while (k > 0 && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 9)) k--
      if (k === c.start || k < 2 || text.charCodeAt(k - 1) !== 46) break
      const letter = text.charCodeAt(k - 2)
      if (!(letter >= 65 && letter <= 90) || (k >= 3 && isLetterAt(text, k - 3))) break
      c.start = k - 2
    }
  }
  return candidates
}

function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && /\p{L}/u.test(text.charAt(i)))
}

/**
 * The names found without the parser's help: the gazetteer pass ({@link findGazetteerNames}) and the names
 * in running text ({@link findNarrativeNames}), whose spans are added where they overlap none of the first.
 */
export function knownNames(context: ScrubContext): GazetteerNames {
  const found = findGazetteerNames(context)
  const merged: GazetteerNames = { spans: found.spans.slice(), known: new Set(found.known), knownCapitalised: new Set(found.knownCapitalised) }
  let overlaps: SpanOverlaps | undefined
  findNarrativeNames(
    context,
    (start, end, norms) => {
      overlaps ??= spanOverlaps(found.spans)
      if (!overlaps.any(start, end)) merged.spans.push({ start, end })
      for (const n of norms) learn(merged, n)
    },
    isNarrativeGiven,
  )
  return merged
}

/** A name redaction of `[start, end)`. */
function nameAt(start: number, end: number): Candidate {
  return { start, end, replacement: '[NAME]', category: 'name', priority: namePriority }
}

/** A gap of exactly one glue character ("D'Amico" when the apostrophe is not a token of its own). */
const glueGap = /^['’-]$/

/**
 * The index after the first of `phrases` (multi-word names, longest first) matched at token `i`, words
 * joined by spaces or by an apostrophe or hyphen, or -1.
 */
function phrasesEnd(text: string, tokens: readonly Token[], i: number, phrases: readonly string[][]): number {
  for (const phrase of phrases) {
    let t = i
    let ok = true
    for (let p = 0; p < phrase.length; p++) {
      const cur = tokens[t]
      if (!cur || cur.norm !== phrase[p] || (p > 0 && !onlySpaces(text, (tokens[t - 1] as Token).end, cur.start) && !glueGap.test(text.slice((tokens[t - 1] as Token).end, cur.start)))) {
        ok = false
        break
      }
      t++
      // Skip an apostrophe or hyphen token inside a name ("D'Amico").
      if (tokens[t]?.kind === 'punct' && glueGap.test(tokens[t]?.norm ?? '') && p < phrase.length - 1) t++
    }
    if (ok) return t
  }
  return -1
}

/**
 * Whether `text.slice(from, to)` is one line break between spaces and tabs, as `/^[ \t]*\n[ \t]*$/`
 * tests it, without slicing.
 */
export function isLineBreak(text: string, from: number, to: number): boolean {
  let breaks = 0
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (c === 10) breaks++
    else if (c !== 32 && c !== 9) return false
  }
  return breaks === 1
}

/** Whether a line break lies in `[from, to)`. */
function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true
  return false
}

const noPhrases: readonly string[][] = []

/**
 * Whether two pieces join into a known name of three or more letters (`names`: the known names by first
 * code unit), without building the joined string. (A piece that is itself a name was handled before.)
 */
function joinsIntoName(head: string, tail: string, names: ReadonlyMap<number, readonly string[]>): boolean {
  const length = head.length + tail.length
  for (const name of names.get(head.charCodeAt(0)) ?? noNames) {
    if (name.length === length && name.startsWith(head) && name.endsWith(tail)) return true
  }
  return false
}
const noNames: readonly string[] = []

/** The lowercase ASCII letters (a–z) that start one of the names (by first code unit), as bits from bit 0 for "a". */
function lowercaseFirstUnits(names: ReadonlyMap<number, readonly string[]>): number {
  let bits = 0
  for (const first of names.keys()) if (first >= 97 && first <= 122) bits |= 1 << (first - 97)
  return bits
}

/**
 * Whether the word, without its digits, may start with one of the names (a quick test before
 * {@link isGluedName}): it starts with a digit or with the first code unit of a name. `letterStarts`
 * (see {@link lowercaseFirstUnits}) answers for a first letter a–z as `names.has` does.
 */
function mayStartName(word: string, letterStarts: number, names: ReadonlyMap<number, readonly string[]>): boolean {
  const first = word.charCodeAt(0)
  if (first >= 97 && first <= 122) return ((letterStarts >>> (first - 97)) & 1) === 1
  return (first >= 48 && first <= 57) || names.has(first)
}

/** Bits of the lengths (31 for 31 and more) and of the first code units (modulo 32) of a set of keys. */
interface KeyShapes {
  readonly lengths: number
  readonly firsts: number
}

export function shapesOf(keys: Iterable<string>): KeyShapes {
  let lengths = 0
  let firsts = 0
  for (const key of keys) {
    lengths |= 1 << Math.min(key.length, 31)
    firsts |= 1 << (key.charCodeAt(0) & 31)
  }
  return { lengths, firsts }
}

/**
 * Whether a key may be in the set of {@link shapesOf}: false when no key of the set has its length or its
 * first code unit modulo 32, so most words are told apart from a few names without a hash lookup.
 */
export function mayHave(shapes: KeyShapes, key: string): boolean {
  return ((shapes.lengths >>> Math.min(key.length, 31)) & 1) === 1 && ((shapes.firsts >>> (key.charCodeAt(0) & 31)) & 1) === 1
}

/** Words that are never part of a person's name: salutations, addresses of a letter, origin phrases. */
const notNameParts = new Set(['dear', 'spett', 'spettle', 'gentile', 'hiring', 'manager', 'originaria', 'originario', 'originari', 'in', 'the', 'egregio', 'egregia'])

/**
 * Whether a name the parser took from the text is plausibly a person's: no word of it is an institution,
 * shop or salutation word ("Spett.le Pasticceria …", "Dear Hiring Manager"), and it does not follow a
 * place prefix ("Santa Margherita Ligure").
 */
function plausibleName(context: ScrubContext, value: string, start: number | undefined): boolean {
  for (const t of tokenize(value)) if (t.kind === 'word' && (notNameWords.has(t.norm) || notNameParts.has(t.norm))) return false
  if (start !== undefined) {
    const before = tokenize(context.text.slice(Math.max(0, start - 20), start)).filter((t) => t.kind === 'word').pop()
    if (before !== undefined && (placePrefixes.has(before.norm) || notNameWords.has(before.norm))) return false
  }
  return true
}

function namePhrases(context: ScrubContext): string[][] {
  // Names of an implausible name item (see plausibleName) are left out.
  const implausible = new Set<string>()
  for (const item of context.identity?.items ?? []) {
    if (item.category === 'name' && !plausibleName(context, item.value, item.span?.start)) for (const t of tokenize(item.value)) if (t.kind === 'word') implausible.add(t.norm)
  }
  const names = [...(context.identity?.givenNames ?? []), ...(context.identity?.surnames ?? [])].filter((n) => !tokenize(n).some((t) => t.kind === 'word' && implausible.has(t.norm)))
  const phrases = new Map<string, string[]>()
  for (const name of names) {
    const words = tokenize(name).filter((t) => t.kind === 'word').map((t) => t.norm)
    if (words.length === 0) continue
    phrases.set(words.join(' '), words)
    for (const word of words) {
      if (word.length >= 2 && !nameParticles.has(word)) phrases.set(word, [word])
    }
  }
  // Longest first, so "anna maria" wins over "anna"; then by the joined words, which are the map's keys.
  return [...phrases].sort(([keyA, a], [keyB, b]) => b.length - a.length || (keyA < keyB ? -1 : 1)).map(([, words]) => words)
}

/** Names of three or more letters grouped by their first UTF-16 unit, for the word break of {@link isGluedName}. */
function namesByFirstUnit(names: ReadonlySet<string>): ReadonlyMap<number, readonly string[]> {
  const map = new Map<number, string[]>()
  for (const name of names) {
    if (name.length < 3) continue
    const list = map.get(name.charCodeAt(0))
    if (list) list.push(name)
    else map.set(name.charCodeAt(0), [name])
  }
  return map
}

const digitRun = /\d+/g

/** The word without its ASCII digits (`\d`); the word itself when it has none. */
function withoutDigits(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if (c >= 48 && c <= 57) return word.replace(digitRun, '')
  }
  return word
}

/** Whether one of the names (by first code unit) occurs in the word at `at`. */
function startsWithName(word: string, at: number, names: ReadonlyMap<number, readonly string[]>): boolean {
  const candidates = names.get(word.charCodeAt(at))
  if (candidates === undefined) return false
  for (const name of candidates) if (word.startsWith(name, at)) return true
  return false
}

function isGluedName(word: string, names: ReadonlyMap<number, readonly string[]>): boolean {
  if (word.length === 0) return false
  // No name starts the word: nothing can be reached (the common case, without allocating).
  if (!startsWithName(word, 0, names)) return false
  // Word break over names and initials; O(n · longest name).
  const reachable = new Uint8Array(word.length + 1)
  reachable[0] = 1
  let usedName = false
  for (let i = 0; i < word.length; i++) {
    if (reachable[i] === 0) continue
    for (const name of names.get(word.charCodeAt(i)) ?? noNames) {
      if (word.startsWith(name, i)) {
        reachable[i + name.length] = 1
        usedName = true
      }
    }
  }
  return usedName && reachable[word.length] === 1
}

/**
 * Names spelled by a run of single letters ("M a r i a"). `names`: the names of three or more letters
 * by first code unit; each letter is one code unit of the joined run, so a name can only start at a
 * letter equal to its first unit, and the names tried there keep their order in the set of names.
 */
function letterSpacedNames(text: string, tokens: readonly Token[], names: ReadonlyMap<number, readonly string[]>): Candidate[] {
  const out: Candidate[] = []
  for (const { from, to } of letterRuns(text, tokens)) {
    const joined = joinedNorms(tokens, from, to)
    for (let s = 0; s < joined.length; s++) {
      for (const name of names.get(joined.charCodeAt(s)) ?? noNames) {
        if (joined.startsWith(name, s)) out.push(nameAt((tokens[from + s] as Token).start, (tokens[from + s + name.length - 1] as Token).end))
      }
    }
  }
  return out
}

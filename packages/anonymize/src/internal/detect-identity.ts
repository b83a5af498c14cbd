import { tokenize, type Token } from '@incontro/core'
import { isCapitalised, onlySpaces, type ScrubContext } from './context.js'
import { nameParticles, wordLikeNames } from './cue-words.js'
import { findGazetteerNames } from './detect-gazetteer-names.js'
import { findHonorifics } from './detect-gender-cues.js'
import { letterRuns } from './letter-runs.js'
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
  const gazetteer = findGazetteerNames(context)
  for (const word of gazetteer.known) singles.add(word)
  for (const word of gazetteer.knownCapitalised) {
    if (singles.has(word)) continue
    contextual.add(word)
    singles.add(word)
  }
  const out: Candidate[] = []
  const push = (start: number, end: number) => out.push({ start, end, replacement: '[NAME]', category: 'name', priority: namePriority })
  for (const span of gazetteer.spans) push(span.start, span.end)
  if (singles.size === 0 && phrases.length === 0) return out
  const gluable = namesByFirstUnit(singles)
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
    // Multi-word names first ("De Luca", "Anna Maria").
    let matched = false
    for (const phrase of multiWord.size === 0 ? noPhrases : (multiWord.get(token.norm) ?? noPhrases)) {
      let t = i
      let ok = true
      for (let p = 0; p < phrase.length; p++) {
        const cur = tokens[t]
        if (!cur || cur.norm !== phrase[p] || (p > 0 && !onlySpaces(text, (tokens[t - 1] as Token).end, cur.start) && !/^['’-]$/.test(text.slice((tokens[t - 1] as Token).end, cur.start)))) {
          ok = false
          break
        }
        t++
        // Skip an apostrophe or hyphen token inside a name ("D'Amico").
        if (tokens[t]?.kind === 'punct' && /^['’-]$/.test(tokens[t]?.norm ?? '') && p < phrase.length - 1) t++
      }
      if (ok) {
        push(token.start, (tokens[t - 1] as Token).end)
        i = t - 1
        matched = true
        break
      }
    }
    if (matched) continue
    if (singles.has(token.norm)) {
      if ((wordLikeNames.has(token.norm) || contextual.has(token.norm)) && !isCapitalised(text, token)) continue
      // "Sesto San Giovanni", "Via Paolo Sarpi": a place named after a saint or a person, not the person.
      const before = tokens[i - 1]
      if (before !== undefined && placePrefixes.has(before.norm) && onlySpaces(text, before.end, token.start)) continue
      push(token.start, token.end)
      continue
    }
    // A name split across lines ("Ros-\nsi"): two pieces that join into a known name.
    const next = tokens[i + 1]
    const after = tokens[i + 2]
    if (next && token.norm.length >= 2 && (next.norm === '-' || hasNewline(text, token.end, next.start))) {
      const hyphen = next.norm === '-' && next.start === token.end && after !== undefined && /^[ \t]*\n[ \t]*$/.test(text.slice(next.end, after.start))
      const piece = hyphen ? after : /^[ \t]*\n[ \t]*$/.test(text.slice(token.end, next.start)) ? next : undefined
      if (piece && piece.kind === 'word' && joinsIntoName(token.norm, piece.norm, gluable)) {
        push(token.start, piece.end)
        i = hyphen ? i + 2 : i + 1
        continue
      }
    }
    // A handle glued from names and digits ("annarossi90", "rossi.anna" is split by the tokenizer).
    if (token.norm.length > 4 && mayStartName(token.norm, gluable) && isGluedName(withoutDigits(token.norm), gluable)) push(token.start, token.end)
  }
  out.push(...letterSpacedNames(text, tokens, singles))
  return out
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

/** Whether the word, without its digits, may start with one of the names (a quick test before {@link isGluedName}). */
function mayStartName(word: string, names: ReadonlyMap<number, readonly string[]>): boolean {
  const first = word.charCodeAt(0)
  return (first >= 48 && first <= 57) || names.has(first)
}

function namePhrases(context: ScrubContext): string[][] {
  const names = [...(context.identity?.givenNames ?? []), ...(context.identity?.surnames ?? [])]
  const phrases = new Map<string, string[]>()
  for (const name of names) {
    const words = tokenize(name).filter((t) => t.kind === 'word').map((t) => t.norm)
    if (words.length === 0) continue
    phrases.set(words.join(' '), words)
    for (const word of words) {
      if (word.length >= 2 && !nameParticles.has(word)) phrases.set(word, [word])
    }
  }
  // Longest first, so "anna maria" wins over "anna".
  return [...phrases.values()].sort((a, b) => b.length - a.length || (a.join(' ') < b.join(' ') ? -1 : 1))
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
const anyDigit = /\d/

function withoutDigits(word: string): string {
  return anyDigit.test(word) ? word.replace(digitRun, '') : word
}

function isGluedName(word: string, names: ReadonlyMap<number, readonly string[]>): boolean {
  if (word.length === 0) return false
  // No name starts the word: nothing can be reached (the common case, without allocating).
  const first = names.get(word.charCodeAt(0))
  if (first === undefined || !first.some((name) => word.startsWith(name))) return false
  // Word break over names and initials; O(n · longest name).
  const reachable = new Array<boolean>(word.length + 1).fill(false)
  reachable[0] = true
  let usedName = false
  for (let i = 0; i < word.length; i++) {
    if (!reachable[i]) continue
    for (const name of names.get(word.charCodeAt(i)) ?? []) {
      if (word.startsWith(name, i)) {
        reachable[i + name.length] = true
        usedName = true
      }
    }
  }
  return usedName && reachable[word.length] === true
}

function letterSpacedNames(text: string, tokens: readonly Token[], names: ReadonlySet<string>): Candidate[] {
  const out: Candidate[] = []
  for (const { from, to } of letterRuns(text, tokens)) {
    const run = tokens.slice(from, to)
    const joined = run.map((t) => t.norm).join('')
    for (let s = 0; s < joined.length; s++) {
      for (const name of names) {
        if (name.length >= 3 && joined.startsWith(name, s)) {
          out.push({ start: (run[s] as Token).start, end: (run[s + name.length - 1] as Token).end, replacement: '[NAME]', category: 'name', priority: namePriority })
        }
      }
    }
  }
  return out
}

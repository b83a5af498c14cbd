import { tokenize, type RedactionCategory, type Token } from '@incontro/core'
import { inPersonal, isAllCaps, isCapitalised, lineEnd, lineStart, matchCase, matchPhrase, onlySpaces, phrasesByFirstWord, tokensWith, trigger, type ScrubContext } from './context.js'
import {
  childWords,
  contextualMaritalWords,
  maritalWords,
  militaryPhrases,
  monthNames,
  numberWords,
  parentWords,
  personalLabels,
  photoPhrases,
  removedLineCategories,
  selfWords,
  englishKinNouns,
  englishPersonNouns,
  italianArticulated,
  italianDeterminers,
  italianKinNouns,
  italianPartnerNouns,
  italianPersonNouns,
  italianTopicAdjectives,
  notKinAfter,
  englishTeamWords,
  italianTeamNouns,
} from './cue-words.js'
import { placeholderOf, type Candidate } from './edits.js'

const labelPriority = 75
const phrasePriority = 70

const labelPhrases = personalLabels
  .map(([label, category]) => ({ words: tokenize(label).filter((t) => t.kind !== 'punct').map((t) => t.norm), category }))
  .sort((a, b) => b.words.length - a.words.length)

/**
 * The label phrases that can match at a token with this folded word, in the order of `labelPhrases`
 * (longest first): a phrase matches only where its first word is the token's.
 */
const labelPhrasesByFirstWord: ReadonlyMap<string, readonly (typeof labelPhrases)[number][]> = (() => {
  const map = new Map<string, (typeof labelPhrases)[number][]>()
  for (const entry of labelPhrases) {
    const first = entry.words[0]
    if (first === undefined) continue
    const list = map.get(first) ?? []
    list.push(entry)
    map.set(first, list)
  }
  return map
})()
const noLabelPhrases: readonly (typeof labelPhrases)[number][] = []
const labelWords = trigger(labelPhrasesByFirstWord.keys())

const bullets = new Set(['-', '•', '*', '–', '—', '·', '▪', '►', '>', '○', '◦'])
const separators = new Set([':', '-', '–', '—', '=', '|'])

/** "Data di nascita: 12/03/1990", "Stato civile: nubile", "Sesso: F" … (label and value together). */
export function detectPersonalLines(context: ScrubContext): Candidate[] {
  const { text, tokens } = context
  const out: Candidate[] = []
  for (const t of tokensWith(context, labelWords)) {
    // Only the first word of a line counts, after bullets.
    if (followsOnItsLine(text, tokens, t)) continue
    const ls = lineStart(context, (tokens[t] as Token).start)
    let i = t
    while (i > 0 && (tokens[i - 1] as Token).start >= ls && (tokens[i - 1] as Token).kind === 'punct' && bullets.has((tokens[i - 1] as Token).norm)) i--
    const first = tokens[i] as Token
    if ((i > 0 && (tokens[i - 1] as Token).end > ls) || !onlySpaces(text, ls, first.start)) continue
    const le = lineEnd(context, first.start)
    for (const { words, category } of labelPhrasesByFirstWord.get((tokens[t] as Token).norm) ?? noLabelPhrases) {
      const after = matchPhrase(text, tokens, t, words)
      if (after < 0) continue
      let v = after
      while (tokens[v]?.kind === 'punct' && tokens[v]?.norm === '.') v++
      const sep = tokens[v]
      const tabbed = sep !== undefined && sep.start < le && /\t| {2,}/.test(text.slice((tokens[v - 1] as Token).end, sep.start))
      if (!sep || sep.start >= le || !(separators.has(sep.norm) || tabbed)) break
      let valueEnd = le
      while (valueEnd > sep.end && /\s/.test(text[valueEnd - 1] as string)) valueEnd--
      if (valueEnd <= sep.end && !tabbed) break
      const start = (tokens[t] as Token).start
      if (removedLineCategories.has(category)) {
        out.push(wholeLine(text, ls, le, category))
      } else {
        out.push({ start, end: valueEnd, replacement: placeholderOf(category), category, priority: labelPriority })
      }
      break
    }
  }
  return out
}

/**
 * Whether token `t` comes after another token of its line that is not a bullet: then it is not the first
 * word of its line, and {@link detectPersonalLines} would skip it after finding the line start. Exact and
 * cheaper than the line lookup: with no line break from the start of token `t - 1` to token `t`, the line
 * starts at or before that (non-empty) token, so the token ends after the line start.
 */
export function followsOnItsLine(text: string, tokens: readonly Token[], t: number): boolean {
  const prev = tokens[t - 1]
  if (prev === undefined || prev.end <= prev.start || (prev.kind === 'punct' && bullets.has(prev.norm))) return false
  return !hasNewline(text, prev.start, (tokens[t] as Token).start)
}

/** Whether `text` has a line feed in `[from, to)` (no slice). */
function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true
  return false
}

function wholeLine(text: string, ls: number, le: number, category: RedactionCategory): Candidate {
  if (le < text.length) return { start: ls, end: le + 1, replacement: '', category, priority: labelPriority + 5 }
  return { start: ls > 0 ? ls - 1 : 0, end: le, replacement: '', category, priority: labelPriority + 5 }
}

/** Separators inside a numeric date ("12/03/1990", "1990-03-12", "12.03.1990"). */
const dateSeparators: ReadonlySet<string> = new Set(['/', '-', '.'])
/** Ordinal suffixes after a day ("12th", "1°"). */
const ordinalSuffixes: ReadonlySet<string> = new Set(['th', 'st', 'nd', 'rd', '°', 'º'])

// The token tests of `dateAt`, at module level (closures made per call were a measurable cost).
/** Whether token `t` exists and starts before the line end `le`. */
function onLine(tokens: readonly Token[], t: number, le: number): boolean {
  const token = tokens[t]
  return token !== undefined && token.start < le
}

/** Whether token `t` is on the line and a number of `min` to `max` characters. */
function numberOn(tokens: readonly Token[], t: number, le: number, min: number, max: number): boolean {
  const token = tokens[t]
  return token !== undefined && token.start < le && token.kind === 'number' && token.norm.length >= min && token.norm.length <= max
}

/** Whether token `t` is on the line and a date separator. */
function separatorOn(tokens: readonly Token[], t: number, le: number): boolean {
  return onLine(tokens, t, le) && dateSeparators.has((tokens[t] as Token).norm)
}

/** Whether token `t` is on the line and a month name. */
function monthOn(tokens: readonly Token[], t: number, le: number): boolean {
  return onLine(tokens, t, le) && monthNames.has((tokens[t] as Token).norm)
}

/** The end (token index after) of a date starting at token `i`, or -1. */
export function dateAt(context: ScrubContext, i: number): number {
  const { tokens } = context
  const a = tokens[i]
  if (!a) return -1
  const le = lineEnd(context, a.start)
  // 12/03/1990, 1990-03-12
  if (numberOn(tokens, i, le, 1, 4) && separatorOn(tokens, i + 1, le) && numberOn(tokens, i + 2, le, 1, 2) && separatorOn(tokens, i + 3, le) && numberOn(tokens, i + 4, le, 2, 4)) return i + 5
  // 12 marzo 1990, 12th March 1990
  let t = i
  if (numberOn(tokens, t, le, 1, 2)) {
    t++
    if (onLine(tokens, t, le) && ordinalSuffixes.has((tokens[t] as Token).norm)) t++
    if (monthOn(tokens, t, le)) {
      t++
      if (separatorOn(tokens, t, le) || tokens[t]?.norm === ',') t++
      if (numberOn(tokens, t, le, 4, 4)) return t + 1
    }
  }
  // March 12, 1990
  if (monthOn(tokens, i, le) && numberOn(tokens, i + 1, le, 1, 2)) {
    t = i + 2
    if (tokens[t]?.norm === ',') t++
    if (numberOn(tokens, t, le, 4, 4)) return t + 1
  }
  // a bare year ("nata nel 1990")
  if (numberOn(tokens, i, le, 4, 4)) return i + 1
  return wordDateAt(tokens, i, le)
}

/** Italian and English day numbers in words, 1 to 31 ("dodici", "primo", "third", "thirty"). */
const dayWords: ReadonlySet<string> = new Set([
  'uno', 'primo', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove', 'dieci', 'undici', 'dodici', 'tredici',
  'quattordici', 'quindici', 'sedici', 'diciassette', 'diciotto', 'diciannove', 'venti', 'ventuno', 'ventidue', 'ventitre',
  'ventiquattro', 'venticinque', 'ventisei', 'ventisette', 'ventotto', 'ventinove', 'trenta', 'trentuno',
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
  'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'thirtieth',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen',
  'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty',
])
/** English units after "twenty-"/"thirty-" in a day or a year ("twenty-first", "eighty-five"). */
const unitWords: ReadonlySet<string> = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine',
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth',
])
/** English tens of a year in words ("nineteen eighty-five"). */
const tensWords: ReadonlySet<string> = new Set(['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred'])
/** Words between the day and the month or the month and the year ("the 3rd of March", "3 marzo del 1985"). */
const dateGlue: ReadonlySet<string> = new Set(['of', 'the', 'del', 'de', 'di', ','])
/** A day written with an English ordinal suffix ("3rd", "21st"). */
const ordinalDay = /^\d{1,2}(?:st|nd|rd|th)$/

/** The token after a day at `t` ("3", "3rd", "3 °", "dodici", "twenty-first"), or -1. */
function dayEnd(tokens: readonly Token[], t: number, le: number): number {
  const token = tokens[t]
  if (token === undefined || token.start >= le) return -1
  if (token.kind === 'number' && token.norm.length <= 2) return onLine(tokens, t + 1, le) && ordinalSuffixes.has((tokens[t + 1] as Token).norm) ? t + 2 : t + 1
  if (token.kind !== 'word') return -1
  if (ordinalDay.test(token.norm)) return t + 1
  if (!dayWords.has(token.norm)) return -1
  // "twenty-first", "thirty one"
  if ((token.norm === 'twenty' || token.norm === 'thirty') && tokens[t + 1]?.norm === '-' && onLine(tokens, t + 2, le) && unitWords.has((tokens[t + 2] as Token).norm)) return t + 3
  return t + 1
}

/**
 * The token after a year at `t`: four digits, "'85", an Italian year in words ("millenovecentottantacinque",
 * "duemilacinque") or an English one ("nineteen eighty-five", "two thousand and five"); or -1.
 */
function yearEnd(tokens: readonly Token[], t: number, le: number): number {
  const token = tokens[t]
  if (token === undefined || token.start >= le) return -1
  if (numberOn(tokens, t, le, 4, 4)) return t + 1
  if ((token.norm === "'" || token.norm === '’') && numberOn(tokens, t + 1, le, 2, 2)) return t + 2
  if (token.kind !== 'word') return -1
  if (token.norm.startsWith('millenove') || token.norm.startsWith('duemila') || token.norm.startsWith('millenove')) return t + 1
  if (token.norm === 'mille' && tokens[t + 1]?.norm.startsWith('novecento')) return t + 2
  // "nineteen eighty-five", "nineteen eighty five", "two thousand (and) five"
  let u = t
  if (token.norm === 'nineteen' || token.norm === 'twenty') u = t + 1
  else if (token.norm === 'two' && tokens[t + 1]?.norm === 'thousand') u = t + 2
  else return -1
  if (tokens[u]?.norm === 'and') u++
  const tens = tokens[u]
  if (tens === undefined || tens.start >= le || !(tensWords.has(tens.norm) || unitWords.has(tens.norm))) return u > t + 1 ? u : -1
  u++
  if (tokens[u]?.norm === '-' && onLine(tokens, u + 1, le) && unitWords.has((tokens[u + 1] as Token).norm)) return u + 2
  if (onLine(tokens, u, le) && unitWords.has((tokens[u] as Token).norm) && tensWords.has(tens.norm)) return u + 1
  return u
}

/**
 * A date with words at token `i`: "[the] DAY [of] MONTH [,|del|of] YEAR" ("dodici marzo
 * millenovecentottantacinque", "the 3rd of March 1985", "3 marzo del 1985", "primo aprile 1990") or
 * "MONTH [the] DAY[,] YEAR" ("March the third, nineteen eighty-five"). The end (token index after), or -1.
 */
function wordDateAt(tokens: readonly Token[], i: number, le: number): number {
  let t = i
  if (tokens[t]?.norm === 'the') t++
  const day = dayEnd(tokens, t, le)
  if (day > 0) {
    let m = day
    while (onLine(tokens, m, le) && dateGlue.has((tokens[m] as Token).norm) && m < day + 2) m++
    if (!monthOn(tokens, m, le)) return -1
    let y = m + 1
    while (onLine(tokens, y, le) && dateGlue.has((tokens[y] as Token).norm) && y < m + 3) y++
    return yearEnd(tokens, y, le)
  }
  if (!monthOn(tokens, t, le)) return -1
  let d = t + 1
  if (tokens[d]?.norm === 'the') d++
  const end = dayEnd(tokens, d, le)
  if (end < 0) return -1
  let y = end
  while (onLine(tokens, y, le) && dateGlue.has((tokens[y] as Token).norm) && y < end + 2) y++
  return yearEnd(tokens, y, le)
}

/** Connectors inside a place name ("Reggio nell'Emilia", "San Donato Milanese", "Stratford-upon-Avon"). */
const placeConnectors = new Set(['di', 'del', 'della', 'dell', 'nell', 'sul', 'sull', 'in', 'de', 'upon', 'san', 'sant', "'", '’', '-'])

/**
 * The end (token index after) of a place name starting at token `i` ("Milano", "Reggio nell'Emilia (RE)",
 * "Dakar (Senegal)"), or -1. Stays on one line.
 */
function placeAt(context: ScrubContext, i: number): number {
  const { text, tokens } = context
  const first = tokens[i]
  if (!first || first.kind !== 'word' || !isCapitalised(text, first)) return -1
  const le = lineEnd(context, first.start)
  let t = i + 1
  let end = i + 1
  while (t < tokens.length && (tokens[t] as Token).start < le) {
    const tok = tokens[t] as Token
    if (tok.kind === 'word' && isCapitalised(text, tok)) {
      end = ++t
      continue
    }
    // A province or country in brackets: "(MI)", "(Senegal)", "(Repubblica Ceca)".
    if (tok.norm === '(') {
      const close = closingBracket(tokens, t, le)
      if (close < 0) break
      t = close + 1
      end = t
      continue
    }
    if (placeConnectors.has(tok.norm)) {
      t++
      continue
    }
    break
  }
  return end
}

/** The index of the ")" closing the "(" at token `open`, within four words on the line, or -1. */
function closingBracket(tokens: readonly Token[], open: number, le: number): number {
  for (let t = open + 1; t <= open + 5 && t < tokens.length && (tokens[t] as Token).start < le; t++) {
    const tok = tokens[t] as Token
    if (tok.norm === ')') return t > open + 1 ? t : -1
    if (tok.kind === 'punct' && !placeConnectors.has(tok.norm)) return -1
  }
  return -1
}

/** Prepositions between a birth participle and the place ("nata a", "nato al Cairo", "born in"). */
const birthPlacePrepositions = new Set(['a', 'ad', 'al', 'in', 'at'])
/** Words between a birth word and the date ("il", "nel", "l'", "on", "in"). */
const birthDateIntros = new Set(['il', 'on', 'nel', 'in', 'the', 'l'])
/** Italian birth participles (the gender cue), also written "nato/a". */
const birthParticiples = new Set(['nata', 'nato'])
/** Words a birth phrase starts with. */
const birthWords = trigger([...birthParticiples, 'born', 'nascita', 'classe'])
/**
 * Birth phrases win over the parser's own items inside them, so the participle never survives next to
 * a placeholder ("Nata a [BIRTHPLACE]" vs "Nato a [BIRTHPLACE]").
 */
const birthPriority = 105

/**
 * Birth date and birthplace in running text: "nata a Milano il 12/03/1990" → "[BIRTHPLACE] [BIRTH-DATE]",
 * "born in Rome on 3 May 1990". The Italian participle is part of the redaction; a participle that
 * starts no birth phrase ("nata e cresciuta") is neutralized ("natə").
 */
export function detectBirth(context: ScrubContext): Candidate[] {
  const { text, tokens } = context
  const out: Candidate[] = []
  for (const i of tokensWith(context, birthWords)) {
    const tok = tokens[i] as Token
    if (tok.norm === 'classe') {
      // "Classe 1985", "classe '85", "CLASSE 85": the year of birth (not "in classe 3A", "classe 2015/16").
      const year = classYearEnd(text, tokens, i)
      if (year > 0) out.push({ start: tok.start, end: (tokens[year - 1] as Token).end, replacement: '[BIRTH-DATE]', category: 'birth-date', priority: birthPriority })
      continue
    }
    const participle = birthParticiples.has(tok.norm)
    if (!participle && tok.norm !== 'born' && tok.norm !== 'nascita') continue
    let t = i + 1
    // "nato/a", "nata/o"
    if (tokens[t]?.norm === '/' && (tokens[t + 1]?.norm === 'a' || tokens[t + 1]?.norm === 'o') && tokens[t + 1]?.start === tokens[t]?.end) t += 2
    let start = tok.start
    let found = false
    if (birthPlacePrepositions.has(tokens[t]?.norm ?? '') && sameLine(text, tok, tokens[t])) {
      let end = placeAt(context, t + 1)
      // "born in Lima, Peru on …": a country after a comma belongs to the place.
      if (end > 0 && tokens[end]?.norm === ',' && tokens[end + 1] && sameLine(text, tok, tokens[end + 1])) {
        const country = placeAt(context, end + 1)
        if (country > 0 && birthDateIntros.has(tokens[country]?.norm ?? '')) end = country
      }
      if (end > 0) {
        out.push({ start, end: (tokens[end - 1] as Token).end, replacement: '[BIRTHPLACE]', category: 'birthplace', priority: birthPriority })
        found = true
        t = end
        if (tokens[t]?.norm === ',') t++
        start = -1
      }
    }
    if (birthDateIntros.has(tokens[t]?.norm ?? '') && sameLine(text, tok, tokens[t])) {
      let d = t + 1
      if (tokens[t]?.norm === 'l' && (tokens[d]?.norm === "'" || tokens[d]?.norm === '’')) d++
      const end = dateAt(context, d)
      if (end > 0) {
        out.push({ start: start >= 0 ? start : (tokens[t] as Token).start, end: (tokens[end - 1] as Token).end, replacement: '[BIRTH-DATE]', category: 'birth-date', priority: birthPriority })
        // "nata il 12 marzo 1985 a Bari", "born on 3rd March 1985 in Manchester": the place after the date.
        const place = start >= 0 && birthPlacePrepositions.has(tokens[end]?.norm ?? '') && sameLine(text, tok, tokens[end]) ? placeAt(context, end + 1) : -1
        if (place > 0) {
          out.push({ start: (tokens[end] as Token).start, end: (tokens[place - 1] as Token).end, replacement: '[BIRTHPLACE]', category: 'birthplace', priority: birthPriority })
        }
        found = true
      }
    } else if (!participle && start >= 0) {
      // "born 1992", "nascita 12/03/1990"
      const end = dateAt(context, t)
      if (end > 0) {
        out.push({ start: (tokens[t] as Token).start, end: (tokens[end - 1] as Token).end, replacement: '[BIRTH-DATE]', category: 'birth-date', priority: birthPriority })
        // "born 1992 in Thiès (Senegal)"
        const place = birthPlacePrepositions.has(tokens[end]?.norm ?? '') && sameLine(text, tok, tokens[end]) ? placeAt(context, end + 1) : -1
        if (place > 0) {
          out.push({ start: (tokens[end] as Token).start, end: (tokens[place - 1] as Token).end, replacement: '[BIRTHPLACE]', category: 'birthplace', priority: birthPriority })
        }
      }
    }
    if (participle && !found && !(isAllCaps(text, tok) && context.language !== 'it')) {
      // "nata e cresciuta a Milano": the participle alone, neutralized like other participles.
      out.push({ start: tok.start, end: tok.end, replacement: matchCase(text.slice(tok.start, tok.end), 'natə'), category: 'gendered-word', priority: birthPriority - 40 })
    }
  }
  return out
}

/**
 * The token after the year of "classe" at `i` ("Classe 1985", "classe '85", "classe 85"), or -1: four digits
 * from 1930 to 2015 or two digits after an apostrophe or alone, not followed by a letter, a slash or a digit
 * group ("classe 2015/16" is a school year).
 */
function classYearEnd(text: string, tokens: readonly Token[], i: number): number {
  let t = i + 1
  const first = tokens[t]
  if (first === undefined || !onlySpaces(text, (tokens[i] as Token).end, first.start)) return -1
  if (first.norm === "'" || first.norm === '’') t++
  const year = tokens[t]
  if (year === undefined || year.kind !== 'number') return -1
  const value = Number(year.norm)
  const ok = year.norm.length === 4 ? value >= 1930 && value <= 2015 : year.norm.length === 2
  if (!ok) return -1
  const after = tokens[t + 1]
  if (after !== undefined && after.start === year.end && (after.kind !== 'punct' || after.norm === '/' || after.norm === '-')) return -1
  return t + 1
}

function sameLine(text: string, a: Token, b: Token | undefined): boolean {
  return b !== undefined && !hasNewline(text, a.end, b.start)
}

const ageGuardNext = new Set(['di', 'd', 'nel', 'in', 'come', 'presso', 'da', 'della', 'dell', 'dello', 'del', 'of', 'as', 'at', 'with', 'experience', 'esperienza'])
const agePersonWords = new Set(['ragazza', 'ragazzo', 'donna', 'uomo', 'persona', 'candidata', 'candidato', 'eta'])

/**
 * Italian age nouns and adjectives from 14 to 99, in words and in digits ("diciottenne", "trentenne",
 * "quarantacinquenne", "34enne"): the number word without its last vowel (kept in "due", "tre", "sei") and
 * "-enne".
 */
const italianAgeWords: ReadonlySet<string> = (() => {
  const stem = (w: string) => (w.endsWith('tre') || w.endsWith('due') || w.endsWith('sei') ? w : w.slice(0, -1))
  const words = new Set<string>()
  for (const teen of ['quattordici', 'quindici', 'sedici', 'diciassette', 'diciotto', 'diciannove']) words.add(`${stem(teen)}enne`)
  const units = ['uno', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove']
  for (const tens of ['venti', 'trenta', 'quaranta', 'cinquanta', 'sessanta', 'settanta', 'ottanta', 'novanta']) {
    words.add(`${stem(tens)}enne`)
    for (const unit of units) {
      const joined = unit === 'uno' || unit === 'otto' ? tens.slice(0, -1) + unit : tens + unit
      words.add(`${stem(joined)}enne`)
    }
  }
  for (let n = 14; n <= 99; n++) words.add(`${n}enne`)
  return words
})()
/** English numbers in words that start an age ("thirty-four years old", "aged forty"). */
const englishAgeNumbers: ReadonlySet<string> = new Set(['fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'])
const englishAgeUnits: ReadonlySet<string> = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'])
const ageWords = trigger([...italianAgeWords, ...englishAgeNumbers])
/** Punctuation that ends a bare "34 anni" of a header ("Mario Bianchi, 34 anni, automunito"). */
const ageClauseEnds: ReadonlySet<string> = new Set([',', '.', ';', ')', '|', '-', '–', '/'])

/** The token after an English age number at `i` ("34", "thirty", "thirty-four", "thirty four"), or -1. */
function englishAgeNumberEnd(tokens: readonly Token[], i: number): number {
  const tok = tokens[i] as Token
  if (tok.kind === 'number') return tok.norm.length <= 2 ? i + 1 : -1
  if (!englishAgeNumbers.has(tok.norm)) return -1
  if (tokens[i + 1]?.norm === '-' && englishAgeUnits.has(tokens[i + 2]?.norm ?? '')) return i + 3
  if (englishAgeUnits.has(tokens[i + 1]?.norm ?? '')) return i + 2
  return i + 1
}

/**
 * The token after "years old" / "-year-old" / "yrs old" at `t` (hyphens allowed between the words), or -1.
 */
function yearsOldEnd(tokens: readonly Token[], t: number): number {
  let u = t
  if (tokens[u]?.norm === '-') u++
  const years = tokens[u]?.norm
  if (years !== 'years' && years !== 'year' && years !== 'yrs' && years !== 'yr') return -1
  u++
  if (tokens[u]?.norm === '-') u++
  return tokens[u]?.norm === 'old' ? u + 1 : -1
}

/**
 * Ages: "32 anni" after "età"/"ho" or in the header, "Anni: 34", a header's "Mario Bianchi, 34 anni,", the
 * age nouns "34enne" / "trentenne", "age 32", "aged 32", "32 years old", "a 34-year-old", "thirty-four years
 * old". "12 anni come cuoco", "20 anni di esperienza" are experience and stay.
 */
export function detectAge(context: ScrubContext): Candidate[] {
  const { text, tokens } = context
  const out: Candidate[] = []
  for (const i of tokensWith(context, ageWords, true)) {
    const tok = tokens[i] as Token
    const next = tokens[i + 1]
    const prev = tokens[i - 1]
    const prev2 = tokens[i - 2]
    if (italianAgeWords.has(tok.norm)) {
      out.push(ageEdit(tok, tok))
      continue
    }
    // English ages in digits or words: "34 years old", "a 34-year-old", "thirty-four years old", "aged thirty".
    const numberEnd = englishAgeNumberEnd(tokens, i)
    if (numberEnd < 0) continue
    const last = tokens[numberEnd - 1] as Token
    const old = yearsOldEnd(tokens, numberEnd)
    if (old > 0) {
      out.push(ageEdit(prev !== undefined && (prev.norm === 'aged' || prev.norm === 'age') ? prev : tok, tokens[old - 1] as Token))
      continue
    }
    if (prev && (prev.norm === 'aged' || prev.norm === 'age' || (prev.norm === ':' && prev2?.norm === 'age'))) {
      out.push(ageEdit(prev.norm === ':' ? (prev2 as Token) : prev, last))
      continue
    }
    if (tok.kind !== 'number') continue
    // "34-enne"
    if (next?.norm === '-' && tokens[i + 2]?.norm === 'enne' && next.start === tok.end) {
      out.push(ageEdit(tok, tokens[i + 2] as Token))
      continue
    }
    if (next && (next.norm === 'anni' || next.norm === 'anno')) {
      const after = tokens[i + 2]
      const guarded = after !== undefined && ageGuardNext.has(after.norm) && lineEnd(context, after.start) === lineEnd(context, next.start)
      const byPrev =
        prev !== undefined &&
        (prev.norm === 'eta' ||
          (prev.norm === ':' && prev2?.norm === 'eta') ||
          (prev.norm === 'ho' && !guarded) ||
          (prev.norm === 'di' && prev2 !== undefined && agePersonWords.has(prev2.norm) && Number(tok.norm) >= 14))
      // A bare age between commas or at a line's end: "Mario Bianchi, 34 anni, automunito".
      const clauseBefore = prev === undefined || prev.norm === ',' || prev.norm === '(' || prev.norm === '|' || hasNewline(text, prev.end, tok.start)
      const clauseAfter = after === undefined || hasNewline(text, next.end, after.start) || (after.kind === 'punct' && ageClauseEnds.has(after.norm))
      const bare = clauseBefore && clauseAfter && Number(tok.norm) >= 14
      if (byPrev || bare || (inPersonal(context, tok.start) && !guarded && Number(tok.norm) >= 14)) out.push(ageEdit(tok, next))
      continue
    }
    // "Anni: 34", "Età: 34" with nothing after on the line.
    if (prev?.norm === ':' && (prev2?.norm === 'anni' || prev2?.norm === 'eta') && (next === undefined || hasNewline(text, tok.end, next.start) || next.norm === ',')) {
      out.push(ageEdit(prev2 as Token, tok))
    }
  }
  return out
}

/** An age placeholder over tokens `a` to `b`. */
function ageEdit(a: Token, b: Token): Candidate {
  return { start: a.start, end: b.end, replacement: '[AGE]', category: 'age', priority: phrasePriority }
}

const nationalityIntro = new Set(['cittadina', 'cittadino', 'cittadinanza', 'nazionalita'])
const nationalityWords = trigger([...nationalityIntro, 'citizen', 'citizenship'])

/** "cittadina italiana", "di nazionalità rumena", "Italian citizen", "citizen of Peru". */
export function detectNationality(context: ScrubContext): Candidate[] {
  const { text, tokens } = context
  const out: Candidate[] = []
  for (const i of tokensWith(context, nationalityWords)) {
    const tok = tokens[i] as Token
    const next = tokens[i + 1]
    if (nationalityIntro.has(tok.norm) && next?.kind === 'word' && onlySpaces(text, tok.end, next.start)) {
      out.push({ start: tok.start, end: next.end, replacement: '[NATIONALITY]', category: 'nationality', priority: phrasePriority })
    } else if (tok.norm === 'citizen' || tok.norm === 'citizenship') {
      const prev = tokens[i - 1]
      if (next?.norm === 'of' && tokens[i + 2]?.kind === 'word') {
        out.push({ start: tok.start, end: (tokens[i + 2] as Token).end, replacement: '[NATIONALITY]', category: 'nationality', priority: phrasePriority })
      } else if (prev?.kind === 'word' && isCapitalised(text, prev) && onlySpaces(text, prev.end, tok.start)) {
        out.push({ start: prev.start, end: tok.end, replacement: '[NATIONALITY]', category: 'nationality', priority: phrasePriority })
      }
    }
  }
  return out
}

const allMaritalWords = trigger([...maritalWords, ...contextualMaritalWords])

/** Marital status words ("nubile", "sposata", "married"; "single" only in a personal context). */
export function detectMarital(context: ScrubContext): Candidate[] {
  const { text, tokens } = context
  const out: Candidate[] = []
  for (const i of tokensWith(context, allMaritalWords)) {
    const tok = tokens[i] as Token
    const always = maritalWords.has(tok.norm)
    if (!always && !contextualMaritalWords.has(tok.norm)) continue
    const prev = tokens[i - 1]
    const personal = always || inPersonal(context, tok.start) || (prev !== undefined && selfWords.has(prev.norm))
    if (!personal) continue
    out.push({ start: tok.start, end: tok.end, replacement: '[MARITAL-STATUS]', category: 'marital-status', priority: phrasePriority })
  }
  return out
}

/**
 * Articles that are also in `numberWords` ("a", "un", "una", "uno"): they never start a family phrase (the
 * number branch of {@link detectFamily} excludes them), only stand inside one ("madre di una figlia").
 */
const articleNumberWords: ReadonlySet<string> = new Set(['a', 'un', 'una', 'uno'])
/**
 * Words a family phrase starts with (number tokens too). The articles are left out: in {@link detectFamily}
 * a position holding one matches no branch and changes nothing, so visiting it was wasted work.
 */
const familyWords = trigger([...parentWords, ...[...numberWords].filter((w) => !articleNumberWords.has(w)), 'senza', 'no'])
/** Parents after "single" ("single mother"). */
const singleParents: ReadonlySet<string> = new Set(['mother', 'father', 'parent', 'mum', 'mom', 'dad'])
/** Words before a number of children that belong to the phrase ("con due figli", "have two kids"). */
const childCountIntros: ReadonlySet<string> = new Set(['con', 'with', 'senza', 'have', 'ho'])
/** Children words after "senza"/"no" ("senza figli", "no children"). */
const noChildrenWords: ReadonlySet<string> = new Set(['figli', 'children', 'kids'])

/** Family status: "madre di due figli", "mamma di", "2 figli", "two children", "father of three". */
export function detectFamily(context: ScrubContext): Candidate[] {
  const { text, tokens } = context
  const out: Candidate[] = []
  let skipTo = 0
  for (const i of tokensWith(context, familyWords, true)) {
    if (i < skipTo) continue
    const tok = tokens[i] as Token
    const next = tokens[i + 1]
    if (parentWords.has(tok.norm) && tok.norm !== 'single' && (next?.norm === 'di' || next?.norm === 'of')) {
      let t = i + 2
      if (tokens[t] && (tokens[t]?.kind === 'number' || numberWords.has(tokens[t]?.norm ?? ''))) t++
      if (tokens[t] && childWords.has(tokens[t]?.norm ?? '')) t++
      if (t > i + 2) {
        out.push(familyEdit(tok, tokens[t - 1] as Token))
        skipTo = t
      }
      continue
    }
    if (tok.norm === 'single' && next !== undefined && singleParents.has(next.norm)) {
      out.push(familyEdit(tok, next))
      skipTo = i + 2
      continue
    }
    if ((tok.kind === 'number' && tok.norm.length <= 2) || (numberWords.has(tok.norm) && !articleNumberWords.has(tok.norm))) {
      if (next && childWords.has(next.norm) && onlySpaces(text, tok.end, next.start)) {
        const prev = tokens[i - 1]
        const start = prev && childCountIntros.has(prev.norm) ? prev : tok
        out.push(familyEdit(start, next))
        skipTo = i + 2
      }
      continue
    }
    if ((tok.norm === 'senza' || tok.norm === 'no') && next && noChildrenWords.has(next.norm)) {
      out.push(familyEdit(tok, next))
      skipTo = i + 2
    }
  }
  return out
}

/** Priority of kinship and person nouns: below the family phrases ("madre di due figli"), above names. */
const kinPriority = phrasePriority - 2

/**
 * Gendered kinship nouns in all free text → `[FAMILY]` ("her husband", "the daughter of immigrants", "mio
 * marito", "della madre" → "di [FAMILY]", with the Italian article or possessive before them), and gendered
 * person nouns → neutral nouns ("a woman living in" → "a person living in", "helping women" → "helping
 * people", "una donna" / "un uomo" → "una persona", "le donne" / "gli uomini" → "le persone", "salute
 * femminile" → "salute"). A capitalised noun inside a sentence is a name or a brand ("Brother"), and
 * "mother tongue" is a language: both stay.
 */
export function detectKinship(context: ScrubContext): Candidate[] {
  const { text, tokens, language } = context
  const out: Candidate[] = []
  const it = language === 'it'
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token
    if (tok.kind !== 'word') continue
    const norm = tok.norm
    const prev = tokens[i - 1]
    const next = tokens[i + 1]
    const kin = englishKinNouns.has(norm) || italianKinNouns.has(norm) || (italianPartnerNouns.has(norm) && prev !== undefined && possessives.has(prev.norm))
    const person = englishPersonNouns.get(norm) ?? italianPersonNouns.get(norm)
    const topic = it && italianTopicAdjectives.has(norm) && prev !== undefined && prev.kind === 'word' && onlySpaces(text, prev.end, tok.start) && !italianTeamNouns.has(prev.norm)
    // "Gujarati (native)", "italiano madrelingua", "mother tongue", "native speaker": a hint at origin, written
    // as the level it means (C2, as the parser counts a mother tongue).
    const native = nativeLevel(tokens, i, it)
    if (native > 0) {
      out.push({ start: tok.start, end: (tokens[i + native - 1] as Token).end, replacement: 'C2', category: 'nationality', priority: kinPriority + 1 })
      i += native - 1
      continue
    }
    // Under the keep policy, a plural noun about clients or a topic stays ("salute delle donne", "helping
    // women", "assistenza alle mamme"), and so does a topic adjective ("salute femminile").
    if (context.keepTopicNouns === true && (topic || ((kin || person !== undefined) && aboutOthers(tokens, i)))) continue
    if (!kin && person === undefined && !topic) {
      // "è la prima della famiglia" / "è il primo": an ordinal predicate agrees with the person.
      if (it && (norm === 'la' || norm === 'il') && next !== undefined && ordinalPredicates.has(next.norm) && prev !== undefined && copulas.has(prev.norm)) {
        out.push({ start: tok.start, end: next.end, replacement: `lə ${ordinalPredicates.get(next.norm) as string}`, category: 'gendered-word', priority: kinPriority })
        i++
        continue
      }
      // "I colleghi la descrivono" / "lo descrivono": an object clitic before a verb agrees with the person.
      if (it && (norm === 'la' || norm === 'lo') && next !== undefined && next.kind === 'word' && cliticVerb.test(next.norm) && !notCliticVerbs.has(next.norm) && prev !== undefined && prev.kind === 'word') {
        out.push({ start: tok.start, end: tok.end, replacement: matchCase(text.slice(tok.start, tok.end), 'lə'), category: 'pronoun', priority: kinPriority })
      }
      continue
    }
    // "Girl Guides", "Boy Scouts": the scouting movement, one neutral name.
    if (person !== undefined && (norm === 'girl' || norm === 'boy') && next !== undefined && scoutWords.has(next.norm)) {
      out.push({ start: tok.start, end: next.end, replacement: matchCase(text.slice(next.start, next.end), next.norm.endsWith('s') ? 'Scouts' : 'Scout'), category: 'gendered-word', priority: kinPriority })
      i++
      continue
    }
    // A capitalised noun inside a sentence is a name or a brand ("Brother printers", "Isle of Man").
    if (isCapitalised(text, tok) && !isAllCaps(text, tok) && prev !== undefined && !startsSentence(text, prev, tok)) continue
    if (next !== undefined && notKinAfter.has(next.norm) && onlySpaces(text, tok.end, next.start)) continue
    // "lingua madre", "casa madre", "scheda madre": a language, a head office, a motherboard.
    if (prev !== undefined && notKinBefore.has(prev.norm) && onlySpaces(text, prev.end, tok.start)) continue
    if (next !== undefined && next.norm === '-' && next.start === tok.end && tokens[i + 2]?.norm !== 'in') continue
    if (topic) {
      out.push({ start: prev!.end, end: tok.end, replacement: '', category: 'gendered-word', priority: kinPriority })
      continue
    }
    if (kin) {
      const { start, replacement } = it ? italianLead(text, tokens, i, '[FAMILY]') : { start: tok.start, replacement: '[FAMILY]' }
      out.push({ start, end: tok.end, replacement, category: 'family', priority: kinPriority })
      continue
    }
    if (person === undefined) continue
    // "the women's team", "squadra femminile": a team by gender, removed by the organisation detector.
    const after = next?.norm === "'" || next?.norm === '’' ? tokens[i + 3] : next
    if (after !== undefined && englishTeamWords.has(after.norm)) continue
    // English "women’s": the tokenizer keeps "women" and "s" apart; the neutral noun takes the apostrophe.
    if (it) {
      const { start, replacement } = italianLead(text, tokens, i, person.neutral)
      out.push({ start, end: tok.end, replacement: matchCaseOf(text, tok, replacement, start), category: 'gendered-word', priority: kinPriority })
    } else out.push({ start: tok.start, end: tok.end, replacement: matchCase(text.slice(tok.start, tok.end), person.neutral), category: 'gendered-word', priority: kinPriority })
  }
  return out
}

/** Plural gendered nouns that may name clients or a topic ("women", "donne", "mamme", "mothers"). */
const topicPlurals: ReadonlySet<string> = new Set([
  'women', 'men', 'ladies', 'gentlemen', 'girls', 'boys', 'mothers', 'fathers', 'mums', 'moms', 'dads', 'wives', 'husbands', 'daughters', 'sons',
  'donne', 'uomini', 'signore', 'signori', 'ragazze', 'ragazzi', 'bambine', 'bambini', 'mamme', 'madri', 'padri', 'papa', 'mogli', 'mariti', 'figlie', 'figli',
])
/** Words after which a plural noun names clients or a topic ("for women", "alle mamme", "helping women", "le donne"). */
const topicIntros: ReadonlySet<string> = new Set([
  'of', 'for', 'with', 'to', 'among', 'about', 'helping', 'supporting', 'assisting', 'coaching', 'empowering', 'mentoring', 'serving', 'and', 'or',
  'di', 'delle', 'degli', 'dei', 'alle', 'agli', 'ai', 'per', 'con', 'tra', 'fra', 'verso', 'le', 'gli', 'i', 'e', 'o', 'aiutare', 'sostenere', 'accompagnare',
])
/** Words before which a plural noun is a group addressed as clients ("women's health", "mamme in attesa"). */
const selfIntros: ReadonlySet<string> = new Set(['sono', 'siamo', 'am', 'are', 'mia', 'mio', 'miei', 'mie', 'my', 'our', 'nostri', 'nostre', 'his', 'her', 'their', 'suoi', 'sue'])

/** Whether the plural gendered noun at `i` names clients or a topic rather than the subject or a relative. */
function aboutOthers(tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i] as Token
  if (!topicPlurals.has(tok.norm)) return false
  const prev = tokens[i - 1]
  if (prev === undefined || selfIntros.has(prev.norm) || selfIntros.has(tokens[i - 2]?.norm ?? '')) return false
  // "women's health"
  if ((tokens[i + 1]?.norm === "'" || tokens[i + 1]?.norm === '’') && tokens[i + 2]?.norm === 's') return true
  return topicIntros.has(prev.norm)
}

const copulas: ReadonlySet<string> = new Set(['e', 'sono', 'ero', 'era', 'sara', 'stata', 'stato', 'diventata', 'diventato'])
const ordinalPredicates: ReadonlyMap<string, string> = new Map([
  ['prima', 'primə'], ['primo', 'primə'], ['unica', 'unicə'], ['unico', 'unicə'], ['ultima', 'ultimə'], ['ultimo', 'ultimə'],
  ['seconda', 'secondə'], ['secondo', 'secondə'], ['sola', 'solə'], ['solo', 'solə'],
])
/** Third-person verb forms after an object clitic ("la descrivono", "lo considerano", "la chiamava"). */
const cliticVerb = /(?:ono|ano|ava|avano|eva|evano|iamo|ete|ate|ite)$/
const notCliticVerbs: ReadonlySet<string> = new Set(['mano', 'piano', 'milano', 'ano', 'siciliano', 'italiano', 'romano', 'toscano', 'veneziano', 'bergamo', 'lontano', 'sano', 'strano', 'vano', 'suono', 'buono', 'nono', 'trono', 'tono', 'dono', 'cava', 'lava'])
const notKinBefore: ReadonlySet<string> = new Set(['lingua', 'lingue', 'casa', 'scheda', 'societa', 'chiesa', 'terra', 'madre', 'pater', 'santo', 'santa', 'beata', 'suor'])
/**
 * The number of tokens of a mother-tongue phrase at `i` (0 when none): "madrelingua", "lingua madre",
 * "mother tongue", "native speaker", "first language", and "native" in brackets, after a colon or a dash,
 * or before "level"/"language" (not "React Native", "native app").
 */
function nativeLevel(tokens: readonly Token[], i: number, it: boolean): number {
  const tok = tokens[i] as Token
  const next = tokens[i + 1]
  const prev = tokens[i - 1]
  if (tok.norm === 'madrelingua' || tok.norm === 'madrelingue') return 1
  if (tok.norm === 'lingua' && next?.norm === 'madre') return 2
  if (tok.norm === 'mother' && (next?.norm === 'tongue' || next?.norm === 'language')) return 2
  if (tok.norm === 'first' && next?.norm === 'language' && prev?.norm !== 'the') return 2
  if (tok.norm === 'native' && !it) {
    if (next?.norm === 'speaker' || next?.norm === 'language' || next?.norm === 'level' || next?.norm === 'proficiency') return 2
    if (prev !== undefined && (prev.norm === '(' || prev.norm === ':' || prev.norm === '-' || prev.norm === '–' || prev.norm === ',')) return 1
  }
  return 0
}

const possessives: ReadonlySet<string> = new Set(['mio', 'mia', 'suo', 'sua', 'tuo', 'tua', 'nostro', 'nostra', 'my', 'his', 'her', 'their', 'our'])
const scoutWords: ReadonlySet<string> = new Set(['guide', 'guides', 'scout', 'scouts'])

/**
 * The start and replacement of an Italian noun edit widened over the article, possessive or articulated
 * preposition before it, which agree with the noun's gender: "la mia sorella" → "[FAMILY]", "della madre" →
 * "di [FAMILY]", "un uomo" → "una persona", "gli uomini" → "le persone".
 */
function italianLead(text: string, tokens: readonly Token[], i: number, noun: string): { start: number; replacement: string } {
  let start = (tokens[i] as Token).start
  let k = i - 1
  let preposition: string | undefined
  let article: string | undefined
  while (k >= 0 && i - k <= 2) {
    const t = tokens[k] as Token
    const after = tokens[k + 1] as Token
    if (t.kind === 'punct' && (t.norm === "'" || t.norm === '’') && t.end === after.start) {
      k--
      continue
    }
    if (t.kind !== 'word' || !(onlySpaces(text, t.end, after.start) || t.end === after.start - 1 || t.end === after.start)) break
    const bare = italianArticulated.get(t.norm)
    if (bare !== undefined) {
      preposition = bare
      article = t.norm
      start = t.start
      break
    }
    if (!italianDeterminers.has(t.norm)) break
    article ??= t.norm
    start = t.start
    k--
  }
  if (noun.startsWith('[')) return { start, replacement: preposition === undefined ? noun : `${preposition} ${noun}` }
  // A neutral noun ("persona", "persone") takes the feminine article, the same for both variants.
  const plural = noun.endsWith('e')
  if (article === undefined) return { start, replacement: noun }
  const lead = preposition !== undefined ? articulatedFeminine(preposition, plural) : plural ? 'le' : italianDeterminers.has(article) && /^(un|una|uno)$/.test(article) ? 'una' : possessiveOrArticle(article, plural)
  return { start, replacement: `${lead} ${noun}` }
}

function articulatedFeminine(preposition: string, plural: boolean): string {
  const table: Record<string, [string, string]> = { di: ['della', 'delle'], a: ['alla', 'alle'], da: ['dalla', 'dalle'], in: ['nella', 'nelle'], su: ['sulla', 'sulle'], con: ['con la', 'con le'] }
  return (table[preposition] ?? [preposition, preposition])[plural ? 1 : 0]
}

function possessiveOrArticle(article: string, plural: boolean): string {
  if (/^(mio|mia|miei|mie)$/.test(article)) return plural ? 'le mie' : 'la mia'
  if (/^(suo|sua|suoi|sue)$/.test(article)) return plural ? 'le sue' : 'la sua'
  return plural ? 'le' : 'la'
}

/** The replacement capitalised when the replaced text started with a capital. */
function matchCaseOf(text: string, tok: Token, replacement: string, start: number): string {
  const first = text.charAt(start)
  if (first !== first.toUpperCase() || first === first.toLowerCase()) return replacement
  void tok
  return replacement.charAt(0).toUpperCase() + replacement.slice(1)
}

/** Whether `tok` starts a sentence or a line after `prev`. */
function startsSentence(text: string, prev: Token, tok: Token): boolean {
  for (let k = prev.end; k < tok.start; k++) if (text.charCodeAt(k) === 10) return true
  return prev.kind === 'punct' && (prev.norm === '.' || prev.norm === '!' || prev.norm === '?' || prev.norm === ':' || prev.norm === ';' || prev.norm === '•' || prev.norm === '-' || prev.norm === '(')
}

/** A family placeholder over tokens `a` to `b`. */
function familyEdit(a: Token, b: Token): Candidate {
  return { start: a.start, end: b.end, replacement: '[FAMILY]', category: 'family', priority: phrasePriority }
}

const militaryIndex = phrasesByFirstWord(militaryPhrases.map((phrase) => ({ phrase })))
const photoIndex = phrasesByFirstWord(photoPhrases.map((phrase) => ({ phrase })))
const photoWords = trigger([...photoIndex.keys(), 'foto', 'photo'])
const militaryWords = trigger(militaryIndex.keys())

/** Military service clauses; removed (one variant may have them and the other not), with their line when alone on it. */
export function detectMilitary(context: ScrubContext): Candidate[] {
  const { text, tokens } = context
  const out: Candidate[] = []
  let skipTo = 0
  for (const i of tokensWith(context, militaryWords)) {
    if (i < skipTo) continue
    for (const { phrase } of militaryIndex.get((tokens[i] as Token).norm) ?? []) {
      const after = matchPhrase(text, tokens, i, phrase)
      if (after < 0) continue
      let end = (tokens[after - 1] as Token).end
      const start = (tokens[i] as Token).start
      const ls = lineStart(context, start)
      const le = lineEnd(context, start)
      // Swallow a trailing value ("servizio militare: assolto").
      const rest = text.slice(end, le)
      if (/^\s*[:\-–]\s*[\p{L} ]{0,30}\.?\s*$/u.test(rest)) end = le
      const beforeText = text.slice(ls, start)
      const afterText = text.slice(end, le)
      if (/^[\s\-•*·]*$/u.test(beforeText) && /^[\s.,;]*$/.test(afterText)) {
        out.push(le < text.length ? { start: ls, end: le + 1, replacement: '', category: 'military-service', priority: phrasePriority + 15 } : { start: ls > 0 ? ls - 1 : 0, end: le, replacement: '', category: 'military-service', priority: phrasePriority + 15 })
      } else {
        // Inside a line: remove the clause and one adjacent separator.
        const sepAfter = /^\s*[,;]\s*/.exec(afterText)
        if (sepAfter) end += sepAfter[0].length
        else {
          out.push({ start: start - trailingSeparatorLength(beforeText), end, replacement: '', category: 'military-service', priority: phrasePriority + 15 })
          skipTo = after
          break
        }
        out.push({ start, end, replacement: '', category: 'military-service', priority: phrasePriority + 15 })
      }
      skipTo = after
      break
    }
  }
  return out
}

/** Phrases that refer to a photo (health and protected categories: see `detectHealth`). */
export function detectHealthAndPhoto(context: ScrubContext): Candidate[] {
  const { text, tokens } = context
  const out: Candidate[] = []
  for (const i of tokensWith(context, photoWords)) {
    for (const { phrase } of photoIndex.get((tokens[i] as Token).norm) ?? []) {
      const after = matchPhrase(text, tokens, i, phrase)
      if (after < 0) continue
      out.push({ start: (tokens[i] as Token).start, end: (tokens[after - 1] as Token).end, replacement: placeholderOf('photo'), category: 'photo', priority: phrasePriority })
      break
    }
    // "[foto]", "(photo)"
    const tok = tokens[i] as Token
    const before = tokens[i - 1]?.norm
    const after = tokens[i + 1]?.norm
    if ((tok.norm === 'foto' || tok.norm === 'photo') && (before === '[' || before === '(') && (after === ']' || after === ')')) {
      out.push({ start: (tokens[i - 1] as Token).start, end: (tokens[i + 1] as Token).end, replacement: '[PHOTO]', category: 'photo', priority: phrasePriority })
    }
  }
  return out
}

const isSpace = (code: number): boolean => code === 32 || code === 9 || code === 0xa0 || code === 0x2009 || code === 0x202f

/**
 * Length of the trailing "spaces, at most one comma or semicolon, spaces" of a text, scanned backwards
 * (linear: a regular expression such as `\s*[,;]?\s*$` backtracks cubically on long runs of spaces).
 */
export function trailingSeparatorLength(text: string): number {
  let i = text.length
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--
  if (i > 0 && (text[i - 1] === ',' || text[i - 1] === ';')) {
    i--
    while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--
  }
  return text.length - i
}

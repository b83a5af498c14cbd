import { tokenize } from '@incontro/core'

/**
 * Whether an occupation word found in the BODY of an ad names the ad's own role. Real ads mention
 * occupations for many other reasons: the clients ("relations with physicians"), the company's mission
 * ("a healthier, cleaner and safer world"), a department ("customer service"), an adjective or a field
 * ("meccanica", "Server"). Only three constructions state the role, in Italian and English:
 * - a role statement: "cerchiamo / ricerchiamo / selezioniamo … un magazziniere", "we are looking for a …",
 *   "hiring a …", "Posizione: …", "in qualità di …", "as a …";
 * - a requirement of experience in that role: "esperienza come …", "experience as …";
 * - a line that is itself a title: a short line the mention covers for the most part.
 */

/** Verb cues (folded words) whose last word may stand up to {@link VERB_WINDOW} words before the mention. */
const verbCues: readonly (readonly string[])[] = [
  ['cerchiamo'], ['ricerchiamo'], ['cercasi'], ['cerca'], ['ricerca'], ['ricercasi'], ['selezioniamo'], ['seleziona'], ['selezionando'],
  ['assume'], ['assumiamo'], ['assumere'], ['inserire'], ['inseriamo'], ['looking', 'for'], ['look', 'for'], ['seeking'], ['seek'],
  ['hiring'], ['hire'], ['recruiting'], ['recruit'], ['searching', 'for'], ['search', 'for'], ['we', 'need'],
]
/** Prepositional cues ("come", "as a", "ruolo di") whose last word stands at most {@link NEAR_WINDOW} words before the mention. */
const nearCues: readonly (readonly string[])[] = [
  ['come'], ['as'], ['figura', 'di'], ['ruolo', 'di'], ['posizione', 'di'], ['profilo', 'di'], ['qualità', 'di'], ['qualita', 'di'],
  ['role', 'of'], ['position', 'of'], ['vacancy', 'for'], ['opening', 'for'], ['inserimento', 'di'], ['opportunità', 'per'], ['opportunita', 'per'],
]
/** Words before "as" / "come" that make it no role cue ("such as", "as well as", "così come"). */
const notBeforeAs: ReadonlySet<string> = new Set(['such', 'well', 'così', 'cosi', 'sia', 'tanto'])
/** Labels naming the role when a colon follows ("Posizione: …", "Job title: …"). */
/** Definite articles: "come la …", "as the …" list examples rather than name a role. */
const definiteArticles: ReadonlySet<string> = new Set(['il', 'lo', 'la', 'i', 'gli', 'le', 'l', 'the'])
const roleLabels: ReadonlySet<string> = new Set(['posizione', 'ruolo', 'figura', 'qualifica', 'mansione', 'mansioni', 'profilo', 'position', 'role', 'title', 'profile', 'job', 'vacancy', 'cercasi'])

const VERB_WINDOW = 6
const NEAR_WINDOW = 3
/** Tokens that end a sentence: a cue before them does not reach the mention. */
const sentenceEnds: ReadonlySet<string> = new Set(['.', ';', '!', '?', '(', ')', '[', ']'])
/** A title-like line has at most this many words … */
const TITLE_LINE_WORDS = 8

function indexByLastWord(phrases: readonly (readonly string[])[]): Map<string, (readonly string[])[]> {
  const byLastWord = new Map<string, (readonly string[])[]>()
  for (const phrase of phrases) {
    const last = phrase[phrase.length - 1] as string
    const list = byLastWord.get(last) ?? []
    list.push(phrase)
    byLastWord.set(last, list)
  }
  return byLastWord
}
const verbsByLastWord = indexByLastWord(verbCues)
const nearByLastWord = indexByLastWord(nearCues)

function phraseEndsAt(words: readonly string[], i: number, phrase: readonly string[]): boolean {
  for (let j = 1; j < phrase.length; j++) if (words[i - j] !== phrase[phrase.length - 1 - j]) return false
  return true
}

/**
 * Whether the occupation mention at `[start, end)` of `line` states the ad's role: a role or experience cue
 * within a few words before it in the same sentence, or a title-like line (at most eight words, half or more
 * of them the mention's).
 */
export function statesRole(line: string, start: number, end: number): boolean {
  const tokens = tokenize(line)
  const words: string[] = []
  let lineWords = 0
  let mentionWords = 0
  for (const token of tokens) {
    if (token.kind === 'punct') continue
    lineWords++
    if (token.start >= start && token.end <= end) mentionWords++
  }
  if (lineWords <= TITLE_LINE_WORDS && mentionWords * 2 >= lineWords) return true
  // Words before the mention, back to the sentence's start, nearest last.
  for (const token of tokens) {
    if (token.end > start) break
    if (token.kind === 'punct') {
      if (sentenceEnds.has(token.norm)) words.length = 0
      else if (token.norm === ':') words.push(':')
      continue
    }
    words.push(token.norm)
  }
  for (let i = words.length - 1, distance = 0; i >= 0 && distance <= VERB_WINDOW; i--, distance++) {
    const word = words[i] as string
    if (word === ':') {
      // "Posizione: …", "Job title: …", "Ruolo: …": a label naming the role.
      if (roleLabels.has(words[i - 1] ?? '')) return true
      continue
    }
    if ((verbsByLastWord.get(word) ?? []).some((phrase) => phraseEndsAt(words, i, phrase))) return true
    if (distance > NEAR_WINDOW) continue
    // "such as", "come la Direzione Medica": examples, not the role (a role takes no definite article).
    if ((word === 'as' || word === 'come') && (notBeforeAs.has(words[i - 1] ?? '') || definiteArticles.has(words[i + 1] ?? ''))) continue
    if ((nearByLastWord.get(word) ?? []).some((phrase) => phraseEndsAt(words, i, phrase))) return true
  }
  return false
}

import type { Token } from '@incontro/core'
import { isAllCaps, isCapitalised, lineStart, type ScrubContext } from './context.js'
import { notNameWords, placeStarts } from './detect-gazetteer-names.js'

/** Words of place and institution names ("San", "Villa", "Ospedale"). */
const isPlaceWord = (norm: string) => notNameWords.has(norm) || placeStarts.has(norm)

/**
 * Names in running text (biographies, cover letters, personal profiles), found by their position rather
 * than by a list: after a kinship noun ("her husband Taras", "mio marito Rubel"), after "married to" /
 * "sposata con", after "my name is" / "mi chiamo" / "io sottoscritta", on a signature line after a closing
 * ("Kind regards,", "Cordiali saluti"), as the subject of a verb that only people take at the start of a
 * sentence ("Uliana lives in …", "Rossana vive a …"), and — for given names of the gazetteer that are not
 * also words — anywhere mid-sentence except after a place or organisation preposition ("in Florence", "at
 * John Lewis", "presso …"). Every rule reads only positions and word classes in which female and male
 * words are treated alike (a kinship noun of either gender, any name), so both gender variants of a text
 * are handled the same way. `found` receives each name (one to four capitalised words) with its keys.
 */
export function findNarrativeNames(
  context: ScrubContext,
  found: (start: number, end: number, norms: string[]) => void,
  isGiven: (norm: string) => boolean,
): void {
  const { text, tokens, language } = context
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token
    if (tok.kind !== 'word' || tok.norm.length < 2 || !isCapitalised(text, tok)) continue
    if (blockedWords.has(tok.norm)) continue
    // A word split at a line end ("Giu-\nlia") is joined by the name detector, not taken in halves.
    const glued = tokens[i + 1]
    if (glued !== undefined && glued.start === tok.end && glued.norm === '-') continue
    const prev = previousWord(tokens, i)
    const start = atSentenceStart(text, tokens, i)
    let fire = false
    // "Firma: X Y", "Signed: X": a signature label, the colon between.
    const labelBefore = tokens[i - 1]?.norm === ':' ? tokens[i - 2] : undefined
    if (labelBefore !== undefined && signatureLabels.has(labelBefore.norm)) fire = true
    // A clause after a fronted phrase ("Originaria di Dakar, Saima Gupta si occupa …") starts like a sentence.
    const clause = start || (tokens[i - 1]?.norm === ',' && !(prev !== undefined && kinNouns.has(prev.token.norm)))
    if (fire) {
      // labelled
    } else if (prev !== undefined && !start) {
      const p = prev.token.norm
      const p2 = tokens[prev.index - 1]?.norm
      const p3 = tokens[prev.index - 2]?.norm
      if (kinNouns.has(p) && prev.comma <= 1) fire = true
      else if ((p === 'to' && (p2 === 'married' || p2 === 'engaged')) || (p === 'con' && p2 !== undefined && spouseParticiples.has(p2))) fire = true
      else if ((p === 'chiamo' && p2 === 'mi') || (p === 'is' && p2 === 'name' && p3 === 'my') || sottoscritto.has(p)) fire = true
      else if (p === 'i' && prev.comma === 1) fire = true
      else if (signatureLabels.has(p)) fire = true
      // A nickname: "(per gli amici Giò)", "detta Giuly", "known as Jaz", "call me Jaz".
      else if ((p === 'amici' && p2 === 'gli') || nicknameIntros.has(p) || (p === 'as' && p2 === 'known') || (p === 'me' && p2 === 'call')) fire = true
      else if (isGiven(tok.norm) && !(prev.index === i - 1 && isCapitalised(text, prev.token)) && !placeIntros.has(p) && !(language === 'it' && italianPlaceIntros.has(p)) && !isAllCaps(text, tok)) fire = true
    }
    if (!fire && clause) {
      // The verb comes after the name's capitalised words ("Kavya Sharma is married").
      let j = i + 1
      while (j < i + 4 && tokens[j] !== undefined && (tokens[j] as Token).kind === 'word' && isCapitalised(text, tokens[j] as Token) && spacesOnly(text, (tokens[j - 1] as Token).end, (tokens[j] as Token).start)) j++
      const next = tokens[j]
      const next2 = tokens[j + 1]
      if (next !== undefined && next.kind === 'word' && !isCapitalised(text, next) && spacesOnly(text, (tokens[j - 1] as Token).end, next.start)) {
        if (personVerbs.has(next.norm)) fire = true
        else if (next2 !== undefined && personVerbPairs.has(`${next.norm} ${next2.norm}`)) fire = true
        else if (isGiven(tok.norm) && !isAllCaps(text, tok)) fire = true
        // A biography opens with its subject: two or three capitalised words, then "is", "has", "è" …
        else if (j - i >= 2 && j - i <= 3 && i === 0 && openingVerbs.has(next.norm)) fire = true
      }
    }
    if (!fire && closingBefore(context, tokens, i) && signatureLine(text, tokens, i)) fire = true
    if (!fire) continue
    // The name: this word and the capitalised words after it on the same line (at most four in all).
    let end = i + 1
    while (end < tokens.length && end - i < 4) {
      const t = tokens[end] as Token
      const before = tokens[end - 1] as Token
      if (t.kind !== 'word' || !isCapitalised(text, t) || blockedWords.has(t.norm) || !spacesOnly(text, before.end, t.start)) break
      end++
    }
    const last = tokens[end - 1] as Token
    const after = tokens[end]
    // "Sesto San Giovanni", "Villa Serena": a place or an institution named after a person.
    let place = false
    for (let k = i; k < end; k++) if (isPlaceWord((tokens[k] as Token).norm)) place = true
    if (place || (after !== undefined && orgWords.has(after.norm)) || (prev !== undefined && orgWords.has(prev.token.norm))) {
      i = end - 1
      continue
    }
    const norms: string[] = []
    for (let k = i; k < end; k++) norms.push((tokens[k] as Token).norm)
    found(tok.start, last.end, norms)
    i = end - 1
  }
}

const openingVerbs = new Set(['is', 'has', 'was', 'joined', 'lives', 'works', 'e', 'ha', 'vive', 'lavora', 'si'])

/** The word before token `i` on the same line, skipping one comma; `comma`: how many commas were skipped. */
function previousWord(tokens: readonly Token[], i: number): { token: Token; index: number; comma: number } | undefined {
  let k = i - 1
  let comma = 0
  while (k >= 0 && (tokens[k] as Token).kind === 'punct' && (tokens[k] as Token).norm === ',' && comma < 1) {
    k--
    comma++
  }
  const token = tokens[k]
  if (token === undefined || token.kind !== 'word') return undefined
  return { token, index: k, comma }
}

/** Whether token `i` starts a sentence (the text, a line, or after ".", "!", "?", ":", ";", a bullet). */
function atSentenceStart(text: string, tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]
  if (prev === undefined) return true
  const tok = tokens[i] as Token
  for (let k = prev.end; k < tok.start; k++) if (text.charCodeAt(k) === 10) return true
  return prev.kind === 'punct' && sentenceEnds.has(prev.norm)
}

function spacesOnly(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k)
    if (c !== 32 && c !== 9 && c !== 0xa0) return false
  }
  return true
}

/** Whether the previous non-blank line closes a letter ("Kind regards,", "Cordiali saluti", "In fede"). */
function closingBefore(context: ScrubContext, tokens: readonly Token[], i: number): boolean {
  const { text } = context
  const tok = tokens[i] as Token
  const before = tokens[i - 1]
  if (before === undefined) return false
  // A closing ends with a comma, a stop or one of its last words: most lines are told by that one token.
  if (before.kind === 'word' ? !closingLastWords.has(before.norm) : before.norm !== ',' && before.norm !== '.') return false
  // Only the first word of a line: a line break lies between it and the token before.
  let newline = false
  for (let k = before.end; k < tok.start; k++) if (text.charCodeAt(k) === 10) newline = true
  if (!newline) return false
  const from = lineStart(context, before.start)
  // A closing is short: a long line before is none (and is not sliced).
  if (before.end - from > 80) return false
  const previousLine = text.slice(from, before.end).toLowerCase().replace(/[^\p{L}\s]/gu, '').replace(/\s+/g, ' ').trim()
  return closings.some((c) => previousLine === c || previousLine.endsWith(` ${c}`) || previousLine.startsWith(`${c} `))
}

/** Whether the line of token `i` holds only one to four capitalised words (and punctuation). */
function signatureLine(text: string, tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i] as Token
  let words = 0
  for (let k = i; k < tokens.length; k++) {
    const t = tokens[k] as Token
    if (k > i) {
      let newline = false
      for (let c = (tokens[k - 1] as Token).end; c < t.start; c++) if (text.charCodeAt(c) === 10) newline = true
      if (newline) break
    }
    if (t.kind === 'number') return false
    if (t.kind === 'word') {
      if (!isCapitalised(text, t) || blockedWords.has(t.norm) || orgWords.has(t.norm)) return false
      if (++words > 4) return false
    }
  }
  return words >= 1 && words <= 4 && tok.kind === 'word'
}

const sentenceEnds = new Set(['.', '!', '?', ':', ';', '•', '·', '*', '-', '–', '—', '(', '"', '“'])

/** Last words of the closings below, and of a closing sentence followed by a comma or a stop. */
const closingLastWords = new Set(['regards', 'wishes', 'sincerely', 'faithfully', 'truly', 'thanks', 'you', 'saluti', 'fede', 'cordialmente', 'saluto', 'grazie', 'lattenzione', 'attenzione', 'colloquio', 'riscontro'])

/** Closing formulas of letters, folded, without punctuation. */
const closings = [
  'kind regards', 'best regards', 'regards', 'best wishes', 'yours sincerely', 'yours faithfully', 'sincerely', 'yours truly',
  'many thanks', 'thank you', 'cordiali saluti', 'distinti saluti', 'saluti', 'in fede', 'cordialmente', 'un cordiale saluto',
  'grazie', 'grazie per lattenzione', 'i look forward to hearing from you', 'resto a disposizione per un colloquio',
  'in attesa di un vostro riscontro', 'ringrazio per lattenzione',
]

/**
 * Kinship and partner nouns (both genders) after which a capitalised word is a relative's name.
 * Folded keys ("papà" is "papa").
 */
export const kinNouns: ReadonlySet<string> = new Set([
  'husband', 'wife', 'partner', 'spouse', 'mother', 'father', 'mum', 'mom', 'dad', 'daughter', 'son', 'sister', 'brother',
  'sibling', 'grandmother', 'grandfather', 'grandma', 'grandpa', 'granddaughter', 'grandson', 'aunt', 'uncle', 'niece',
  'nephew', 'cousin', 'girlfriend', 'boyfriend', 'fiance', 'fiancee', 'stepmother', 'stepfather', 'stepson', 'stepdaughter',
  'child', 'children', 'kids', 'twins',
  'marito', 'moglie', 'compagno', 'compagna', 'madre', 'padre', 'mamma', 'papa', 'figlia', 'figlio', 'figli', 'figlie',
  'sorella', 'fratello', 'nonna', 'nonno', 'nipote', 'zia', 'zio', 'cugina', 'cugino', 'fidanzata', 'fidanzato', 'suocera',
  'suocero', 'cognata', 'cognato', 'gemelli', 'gemelle',
])
/** Participles after which "con" introduces a partner ("sposata con", "fidanzato con"). */
const spouseParticiples = new Set(['sposata', 'sposato', 'sposatə', 'fidanzata', 'fidanzato', 'convive', 'conviviamo', 'sposati', 'sposata', 'coniugata', 'coniugato'])
/** Words right before a nickname ("detta Giuly", "soprannominato Toto", "aka Jaz"). */
const nicknameIntros = new Set(['detta', 'detto', 'soprannominata', 'soprannominato', 'soprannome', 'nickname', 'aka', 'chiamatemi'])
const sottoscritto = new Set(['sottoscritta', 'sottoscritto', 'sottoscrittə'])
const signatureLabels = new Set(['firma', 'firmato', 'signed', 'signature', 'f.to', 'fto'])
/** Prepositions before a place or an organisation, not a person ("in Florence", "at John Lewis"). */
const placeIntros = new Set(['at', 'in', 'near', 'from', 'presso', 'vicino', 'the', 'of', 'for', 'di', 'del', 'della', 'nel', 'nella', 'dal', 'dalla', 'via', 'viale', 'piazza', 'corso', 'visit', 'to'])
const italianPlaceIntros = new Set(['a', 'da', 'per', 'su', 'tra', 'fra'])
/** Words after which a run is an organisation ("John Lewis Partnership", "Morgan Stanley Bank"). */
const orgWords = new Set(['srl', 'srls', 'snc', 'sas', 'ltd', 'plc', 'inc', 'llc', 'srl', 'spa', 'group', 'bank', 'partnership', 'foundation', 'trust', 'university', 'hospital', 'school', 'college', 'council', 'gruppo', 'banca', 'fondazione', 'universita', 'ospedale', 'scuola', 'istituto', 'cooperativa', 'associazione', 'onlus', 'street', 'road', 'avenue'])
/** Capitalised words never taken as names here (salutations, function words, section words). */
const blockedWords = new Set([
  'dear', 'kind', 'best', 'yours', 'thank', 'thanks', 'regards', 'sincerely', 'personal', 'statement', 'profile', 'profilo',
  'personale', 'gentile', 'spett', 'spettle', 'buongiorno', 'buonasera', 'salve', 'cordiali', 'distinti', 'saluti', 'in',
  'fede', 'firma', 'the', 'a', 'an', 'i', 'my', 'his', 'her', 'their', 'our', 'we', 'they', 'she', 'he', 'it', 'il', 'la',
  'lo', 'le', 'gli', 'un', 'una', 'uno', 'io', 'mi', 'mio', 'mia', 'suo', 'sua', 'sono', 'lei', 'lui', 'ho', 'ha', 'e',
  'and', 'or', 'but', 'to', 'whom', 'concern', 'sir', 'madam', 'hiring', 'manager', 'team', 'recruitment', 'alla', 'cortese',
  'attenzione', 'ufficio', 'responsabile', 'curriculum', 'vitae', 'cv', 'resume', 'mr', 'mrs', 'ms', 'dott', 'ing',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'lunedi', 'martedi', 'mercoledi', 'giovedi',
  'venerdi', 'sabato', 'domenica', 'english', 'italian', 'spanish', 'french', 'inglese', 'italiano', 'spagnolo', 'francese',
  'ringrazio', 'resto', 'attualmente', 'nel', 'nella', 'dal', 'dalla', 'per', 'con', 'da', 'di', 'ai', 'al', 'as', 'at',
  'with', 'when', 'before', 'after', 'outside', 'colleagues', 'meet', 'born', 'contact', 'proud', 'look', 'forward',
])
/** Verbs that, right after a capitalised word starting a sentence, make it a person ("Uliana lives in"). */
const personVerbs = new Set([
  'lives', 'lived', 'enjoys', 'enjoyed', 'joined', 'returned', 'trains', 'mentors', 'volunteers', 'specialises', 'specializes',
  'describes', 'grew', 'studied', 'speaks', 'loves', 'moved', 'plays', 'helps', 'cares', 'graduated',
  'vive', 'viveva', 'aiutava', 'aiuta', 'suona', 'ama', 'parla', 'studia', 'abita', 'adora', 'insegna',
])
/** Two-word continuations that make a sentence's first capitalised word a person ("X is married", "X è sposata"). */
const personVerbPairs = new Set([
  'is married', 'was born', 'has been', 'can be', 'and her', 'and his', 'and their', 'e sua', 'e suo', 'si definisce',
  'si occupa', 'ha lavorato', 'e sposata', 'e sposato', 'e nata', 'e nato', 'e mamma', 'e papa', 'e entrata', 'e entrato',
  'e stata', 'e stato', 'ha una', 'lavora presso', 'has worked', 'holds a', 'trains new',
])

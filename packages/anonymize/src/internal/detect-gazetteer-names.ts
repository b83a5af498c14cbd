import { foldKey, tokenize, type Token } from '@incontro/core'
import { firstOf, isCapitalised, matchAllNear, onlySpaces, type ScrubContext } from './context.js'
import { nameParticles, wordLikeNames } from './cue-words.js'
import { givenNameGazetteer } from './gazetteer-given-names.js'
import { fakerGivenNames } from './gazetteer-given-names-faker.js'
import { letterRuns } from './letter-runs.js'
import { surnameGazetteer } from './gazetteer-surnames.js'
import { maxOf } from './max-of.js'

/** Faker's given names that are mostly Italian or English function words in CVs ("Nella", "Alla", "Come"). */
const notGivenNames = new Set(['come', 'nella', 'alla', 'gentile', 'mia', 'sole', 'vita', 'gioia', 'bella', 'art', 'guy', 'chance', 'major', 'king', 'prince', 'lane', 'river', 'heaven', 'genesis', 'justice', 'destiny', 'harmony', 'crystal', 'rocky', 'sierra'])
const keysOf = (names: readonly string[], particles: boolean): Set<string> => {
  const out = new Set<string>()
  for (const name of names) for (const t of tokenize(name)) if (t.kind === 'word' && t.norm.length >= 2 && (particles || !nameParticles.has(t.norm))) out.add(t.norm)
  return out
}
// Given names that are also particles ("Li", "Lo") stay: dropping one would treat its counterpart differently.
const given = keysOf([...givenNameGazetteer, ...fakerGivenNames.filter((n) => !notGivenNames.has(n))], true)
const surnames = keysOf(surnameGazetteer, false)
/** Both lists in one set: most capitalised words are in neither, and are told so by one lookup. */
const givenOrSurnames = new Set([...given, ...surnames])

/** Index of a key's shape: its first and last code units modulo 32 and its length (15 for 15 and more). */
const shapeIndex = (key: string) => ((key.charCodeAt(0) & 31) << 9) | ((key.charCodeAt(key.length - 1) & 31) << 4) | Math.min(key.length, 15)
/** The shapes of the gazetteer keys: a word whose shape no key has is in neither list, without a hash lookup. */
const gazetteerShapes = new Uint8Array(32 * 32 * 16)
for (const key of givenOrSurnames) gazetteerShapes[shapeIndex(key)] = 1

/** `givenOrSurnames.has(norm)`, most misses told by their shape. */
export function isGazetteerName(norm: string): boolean {
  return gazetteerShapes[shapeIndex(norm)] === 1 && givenOrSurnames.has(norm)
}

/**
 * Gazetteer names that are also common words (Italian or English): once found, only their capitalised
 * occurrences are redacted elsewhere, so "cameriere di sala" survives a Ms Sala.
 */
const commonWords = new Set([
  ...wordLikeNames,
  'sala', 'villa', 'costa', 'conte', 'porta', 'ferro', 'riva', 'monti', 'fontana', 'greco', 'gallo', 'colombo', 'bianco',
  'bianchi', 'neri', 'serra', 'testa', 'marino', 'fabbri', 'barbieri', 'gatti', 'pace', 'lombardo', 'romano', 'longo', 'grasso',
  'russo', 'bruno', 'rossi', 'verdi', 'guerra', 'fiore', 'volpe', 'battaglia', 'orlando', 'mazza', 'carbone', 'farina', 'basile',
  'amato', 'amico', 'angelo', 'luca', 'stefano', 'marini', 'bruni', 'negri', 'mauri', 'nava', 'corti', 'rota', 'magni', 'bassi',
  'li', 'lo', 'ma', 'he', 'hu', 'lu', 'ye', 'du', 'xu', 'ba', 'sy', 'fu', 'ji', 'na', 'bo', 'mai', 'min', 'ion', 'said', 'sana', 'nada', 'mark', 'will', 'bill',
  'frank', 'jack', 'hope', 'joy', 'grace', 'ruby', 'daisy', 'jade', 'holly', 'luna', 'stella', 'gloria', 'vera', 'luz', 'flor',
  'blanca', 'carmen', 'cruz', 'flores', 'silva', 'fernando', 'islam', 'khan', 'begum', 'han', 'long', 'wood', 'hall', 'hill',
  'green', 'white', 'brown', 'ward', 'parker', 'baker', 'turner', 'walker', 'cooper', 'martin', 'lewis', 'young', 'kind',
  'smith', 'jones', 'taylor', 'franco', 'primo', 'felice', 'ali',
  // given names (of the faker lists) that are also places, products or words
  'london', 'paris', 'milan', 'sydney', 'chelsea', 'florence', 'victoria', 'jordan', 'israel', 'georgia', 'virginia',
  'carolina', 'florida', 'montana', 'dakota', 'dallas', 'houston', 'austin', 'brooklyn', 'america', 'roma', 'royal',
  'sage', 'alexa', 'grant', 'morgan', 'stanley', 'lewis', 'spencer', 'santa', 'may', 'june', 'april', 'august', 'summer',
  'autumn', 'olive', 'ivy', 'rose', 'lily', 'amber', 'pearl', 'dawn', 'angel', 'brook', 'sunny', 'dean', 'drew', 'faith',
  'marina', 'luna', 'john',
  'rey', 'ramos', 'cedeno', 'vera', 'mera', 'bravo', 'andrade', 'domingo', 'pop', 'stan', 'ene', 'toma', 'marin', 'meta',
  'rama', 'duka', 'kola', 'leka', 'lika', 'cela', 'fall', 'kane', 'wade', 'sall', 'samb', 'seck', 'alam', 'miah', 'uddin',
  'chen', 'wang', 'zhang', 'liu', 'yang', 'huang', 'zhao', 'wu', 'sun', 'zhu', 'lin', 'guo', 'gao', 'luo', 'tang', 'cao', 'ren', 'jin', 'shi',
  'pan', 'dai', 'xia', 'ye', 'jiang', 'cai', 'deng', 'feng', 'liang', 'xie', 'zheng', 'zhong', 'wei', 'jun', 'hao', 'jing', 'mei',
  'ming', 'lei', 'tao', 'gang', 'bin', 'peng', 'chao', 'hui', 'yong', 'jie', 'kai', 'ying', 'yan', 'hong', 'fang', 'juan', 'ling',
  'qing', 'yun', 'xue', 'ting', 'qiang', 'jian', 'nina', 'lisa', 'asia', 'ada', 'ida', 'ambra', 'viola', 'rosa', 'bianca',
])
/** Words that start or end a capitalised run that is not a person (places, institutions, companies). */
export const notNameWords = new Set([
  'pasticceria', 'panetteria', 'gelateria', 'macelleria', 'officina', 'autofficina', 'agenzia', 'azienda', 'ditta', 'impresa',
  'salone', 'boutique', 'shop', 'store', 'bakery', 'cafe', 'salon', 'clinic', 'partnership', 'bank', 'trust', 'council',
  'via', 'viale', 'piazza', 'piazzale', 'corso', 'largo', 'vicolo', 'strada', 'ospedale', 'policlinico', 'istituto', 'liceo',
  'scuola', 'universita', 'university', 'college', 'fondazione', 'teatro', 'stadio', 'san', 'santa', 'santo', 'sant', 'ss',
  'srl', 'spa', 'snc', 'sas', 'srls', 'ltd', 'inc', 'llc', 'group', 'gruppo', 'ristorante', 'hotel', 'bar', 'trattoria',
  'pizzeria', 'caffe', 'studio', 'cooperativa', 'associazione', 'museo', 'biblioteca', 'parco', 'aeroporto', 'stazione',
  'street', 'road', 'avenue', 'square', 'hospital', 'school', 'company', 'foundation', 'centro', 'center', 'centre',
  'residenza', 'casa', 'clinica', 'farmacia', 'supermercati', 'banca', 'premio', 'award', 'prize', 'asilo', 'nido',
  'rsa', 'rsd', 'cdi', 'asl', 'ats', 'asst', 'irccs', 'osteria', 'bistrot', 'hostel', 'albergo', 'negozio', 'punto',
])
/** Words before an employer or a place ("at", "presso"). */
const employerIntros = new Set(['at', 'presso'])
/** Words that make a run a place when they start it ("Villa Serena", "Casa Rossi"), though they are also surnames. */
export const placeStarts = new Set(['villa', 'casa', 'cascina', 'palazzo', 'corte', 'ca', 'borgo', 'torre', 'porta'])
const labelWords = new Set([
  'referente', 'referenti', 'referenze', 'referenza', 'references', 'reference', 'referee', 'contatto', 'contatti', 'contact',
  'firma', 'firmato', 'signed', 'signature', 'nome', 'cognome', 'name', 'surname', 'tutor', 'supervisor', 'supervisore',
  'responsabile', 'manager', 'attn', 'att', 'sincerely', 'regards', 'saluti', 'fede', 'cordialmente', 'distinti',
])
const runParticles = new Set(['de', 'di', 'da', 'del', 'della', 'dela', 'van', 'von', 'el', 'al', 'ben', 'bin', 'le', 'la', 'dos', 'das', 'du'])

/**
 * The word lists of the gazetteer pass, for the tests that compare it with a reference implementation.
 *
 * @internal
 */
export const gazetteerWords = { given, surnames, commonWords, notNameWords, placeStarts, labelWords, runParticles } as const

/** What the gazetteer pass found: redaction spans and the name keys known from now on. */
export interface GazetteerNames {
  spans: { start: number; end: number }[]
  /** Keys redacted in any casing. */
  known: Set<string>
  /** Keys that are also common words: redacted only where capitalised. */
  knownCapitalised: Set<string>
}

const scans = new WeakMap<ScrubContext, GazetteerNames>()

/**
 * Names found through the gazetteers with context: a capitalised run of two to four words holding a
 * given name (or a given name and a surname when the given name is also a word) not next to an
 * institution word; a single capitalised gazetteer name after a label ("Referente:", "Firma") or on
 * the last line (a signature); gazetteer names inside email local parts and profile URLs; letter-spaced
 * names. The rules depend only on positions and on membership in the lists, where female and male
 * names are treated alike, so both gender variants of a CV are handled the same way.
 */
export function findGazetteerNames(context: ScrubContext): GazetteerNames {
  const cached = scans.get(context)
  if (cached) return cached
  const { text, tokens } = context
  const out: GazetteerNames = { spans: [], known: new Set(), knownCapitalised: new Set() }
  const lastLine = lastLineStart(text)
  // One buffer for the run at every token: most runs hold no gazetteer name and are dropped at once.
  const buffer = new Int32Array(maxRun)
  let i = 0
  while (i < tokens.length) {
    const length = runAt(text, tokens, i, buffer)
    if (length === 0) {
      i++
      continue
    }
    // A capitalised word before the first gazetteer name is a sentence start, not part of the name.
    const firstHit = firstGazetteerWord(tokens, buffer, length)
    if (firstHit >= 0) {
      const norms = firingNames(text, tokens, buffer, length, firstHit, lastLine)
      if (norms) {
        out.spans.push({ start: (tokens[buffer[firstHit] as number] as Token).start, end: (tokens[buffer[length - 1] as number] as Token).end })
        for (const n of norms) learn(out, n)
      }
    }
    i = (buffer[length - 1] as number) + 1
  }
  namesInHandles(text, (pieces) => {
    if (pieces.some((n) => given.has(n))) for (const n of pieces) if (given.has(n) || surnames.has(n)) learn(out, n)
  })
  for (const span of letterSpaced(text, tokens, out)) out.spans.push(span)
  scans.set(context, out)
  return out
}

/** Whether a key is a given name of the gazetteers that is not also a common word (for the narrative pass). */
export function isNarrativeGiven(norm: string): boolean {
  return given.has(norm) && !commonWords.has(norm) && !wordLikeNames.has(norm)
}

/** Records a name key as known from now on (common words only where capitalised). */
export function learn(out: GazetteerNames, norm: string): void {
  if (norm.length < 2 || nameParticles.has(norm)) return
  if (commonWords.has(norm)) out.knownCapitalised.add(norm)
  else out.known.add(norm)
}

/** Position in `run[0..length)` of the first token that is a gazetteer name, or -1. */
function firstGazetteerWord(tokens: readonly Token[], run: Int32Array, length: number): number {
  for (let k = 0; k < length; k++) if (isGazetteerName((tokens[run[k] as number] as Token).norm)) return k
  return -1
}

/**
 * The keys of the run `run[firstHit..length)` when it is a name (see {@link findGazetteerNames}), or
 * undefined. `run` holds the token indices of a capitalised run, `run[firstHit]` its first gazetteer name;
 * the words before it on the same line (the rest of the run, and the two tokens before it) can block the
 * run or label it.
 */
function firingNames(text: string, tokens: readonly Token[], run: Int32Array, length: number, firstHit: number, lastLine: number): string[] | undefined {
  const head = tokens[run[firstHit] as number] as Token
  const last = tokens[run[length - 1] as number] as Token
  // The words of the run: a lowercase particle ("de", "di") is glue, not a word.
  const norms: string[] = []
  let givenHits = 0
  let surnameHits = 0
  let strongGiven = false
  let allNames = true
  for (let k = firstHit; k < length; k++) {
    const token = tokens[run[k] as number] as Token
    if (runParticles.has(token.norm) && !isCapitalised(text, token)) continue
    const norm = token.norm
    if (notNameWords.has(norm)) return undefined
    const isGiven = given.has(norm)
    const isSurname = surnames.has(norm)
    if (isGiven) givenHits++
    if (isSurname) surnameHits++
    if (isGiven && !commonWords.has(norm)) strongGiven = true
    if (!isGiven && !isSurname) allNames = false
    norms.push(norm)
  }
  if (norms.length >= 2 && placeStarts.has(norms[0] as string)) return undefined
  const before: Token[] = []
  for (let k = 0; k < firstHit; k++) before.push(tokens[run[k] as number] as Token)
  const index = run[firstHit] as number
  if (index >= 1) before.push(tokens[index - 1] as Token)
  if (index >= 2) before.push(tokens[index - 2] as Token)
  let labelled = false
  // "at John Lewis", "presso Villa …": an employer or a place, not a person.
  const justBefore = tokens[(run[0] as number) - 1]
  if (justBefore !== undefined && employerIntros.has(justBefore.norm) && sameLine(text, justBefore, head)) return undefined
  for (const t of before) {
    const blocks = notNameWords.has(t.norm)
    const labels = labelWords.has(t.norm)
    if ((blocks || labels) && sameLine(text, t, head)) {
      if (blocks) return undefined
      labelled = true
    }
  }
  const after = tokens[(run[length - 1] as number) + 1]
  if (after !== undefined && notNameWords.has(after.norm) && sameLine(text, last, after)) return undefined
  let fire = false
  if (norms.length >= 2) {
    fire = (strongGiven && norms.length <= 4) || (givenHits >= 1 && surnameHits >= 1 && norms.some((n) => n !== norms[0]))
    // Every other word of the run must not be a common word in lowercase use (a name, or unknown).
    if (fire && !strongGiven) fire = allNames
  } else if (norms.length === 1 && (givenHits === 1 || surnameHits === 1)) {
    fire = labelled || isSignature(text, head, last, lastLine)
  }
  return fire ? norms : undefined
}

/** A signature: the last line holds only the run from `first` to `last` (and punctuation). */
function isSignature(text: string, first: Token, last: Token, lastLine: number): boolean {
  return first.start >= lastLine && !/[\p{L}\p{N}]/u.test(text.slice(lastLine, first.start)) && !/[\p{L}\p{N}]/u.test(text.slice(last.end))
}

/** Whether a token is an apostrophe or a hyphen. */
const isGlue = (norm: string) => norm === "'" || norm === '’' || norm === '-'

/** Most words in a capitalised run. */
const maxRun = 5

/**
 * Writes the token indices of the capitalised run starting at `i` (words on one line; particles
 * inside) to the start of `run` and returns their count, 0 when no run starts there.
 */
export function runAt(text: string, tokens: readonly Token[], i: number, run: Int32Array): number {
  const first = tokens[i] as Token
  if (first.kind !== 'word' || first.norm.length < 2 || !isCapitalised(text, first)) return 0
  run[0] = i
  let length = 1
  let t = i + 1
  while (length < maxRun && t < tokens.length) {
    // The last token of the run: `t` is always just after it.
    const prev = tokens[t - 1] as Token
    let cur = tokens[t] as Token
    // "D'Angelo", "Abdel-Rahman": an apostrophe or hyphen glued on both sides.
    if (cur.kind === 'punct' && isGlue(cur.norm) && cur.start === prev.end && tokens[t + 1]?.start === cur.end) {
      t++
      cur = tokens[t] as Token
    } else if (cur.start - prev.end > 3 || !onlySpaces(text, prev.end, cur.start)) break
    if (cur.kind !== 'word') break
    if (!isCapitalised(text, cur)) {
      if (!runParticles.has(cur.norm) || !tokens[t + 1] || !isCapitalised(text, tokens[t + 1] as Token)) break
    }
    run[length++] = t
    t++
  }
  return length
}

function sameLine(text: string, a: Token, b: Token): boolean {
  const from = Math.min(a.end, b.end)
  const to = Math.max(a.start, b.start)
  return from >= to || !text.slice(from, to).includes('\n')
}

function lastLineStart(text: string): number {
  let end = text.length
  while (end > 0 && /\s/.test(text[end - 1] as string)) end--
  return text.lastIndexOf('\n', end - 1) + 1
}

export const handlePattern = /[A-Za-z0-9._%+\-\u00C0-\u024F]{3,64}@|(?:linkedin\.com\/in|github\.com|facebook\.com|instagram\.com|twitter\.com|x\.com|tiktok\.com\/@?)\/([A-Za-z0-9._\-\u00C0-\u024F]{3,64})|(?:^|\s)@([A-Za-z0-9._]{3,32})/g

export const handleAnchors = firstOf('@', '.com')

/** What separates the name pieces of a handle ("anna.rossi90", "anna-rossi"). */
const handleSeparators = /[._\-+%0-9]+/

/** Name keys inside email local parts, profile URLs and social handles ("anna.rossi@", "/in/anna-rossi-90"). */
function namesInHandles(text: string, found: (pieces: string[]) => void): void {
  // Every match holds an "@" (at most 64 code units after its start) or a ".com" (at most 9).
  for (const m of matchAllNear(handlePattern, text, nextHandleAnchor(), 64, handleStart())) {
    const part = m[1] ?? m[2] ?? m[0].slice(0, -1)
    found(part.split(handleSeparators).filter((piece) => piece.length >= 3).map((piece) => foldKey(piece)))
  }
}

/**
 * {@link handleAnchors} for one scan, whose `from` never decreases: the next "@" and the next ".com" are
 * remembered, and searched again only once `from` has passed them (or when `from` goes back), so a text
 * with many of one anchor and none of the other is not searched to its end at every anchor.
 */
export function nextHandleAnchor(): (text: string, from: number) => number {
  let lastFrom = 0
  let nextAt = -2
  let nextCom = -2
  return (text, from) => {
    if (from < lastFrom) nextAt = nextCom = -2
    lastFrom = from
    if (nextAt === -2 || (nextAt >= 0 && nextAt < from)) nextAt = text.indexOf('@', from)
    if (nextCom === -2 || (nextCom >= 0 && nextCom < from)) nextCom = text.indexOf('.com', from)
    return nextAt < 0 ? nextCom : nextCom < 0 ? nextAt : Math.min(nextAt, nextCom)
  }
}

/** Whether a code unit is in `[A-Za-z0-9._%+\-\u00C0-\u024F]`, the local part of an email in `handlePattern`. */
function isLocalPartUnit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45 || (c >= 0xc0 && c <= 0x24f)
}

/** Whether a profile host of `handlePattern`'s second alternative starts at `at` (`c`: the code unit there). */
function profileHostAt(text: string, at: number, c: number): boolean {
  switch (c) {
    case 0x6c: return text.startsWith('linkedin.com/in/', at)
    case 0x67: return text.startsWith('github.com/', at)
    case 0x66: return text.startsWith('facebook.com/', at)
    case 0x69: return text.startsWith('instagram.com/', at)
    case 0x74: return text.startsWith('twitter.com/', at) || text.startsWith('tiktok.com/', at)
    case 0x78: return text.startsWith('x.com/', at)
    default: return false
  }
}

/**
 * A test that every start of a `handlePattern` match passes (for one scan, asked at increasing offsets):
 * the expression is tried only there. A match of the first alternative is a maximal run of 3 to 64
 * local-part units followed by "@" (the "@" is not in the run); the second starts with a profile host
 * (local-part units); the third is an "@" at the start of the text, or after a code unit that is a space
 * (not a local-part unit). The run of local-part units around the last offset asked is remembered, so
 * the runs are scanned once in all.
 */
export function handleStart(): (text: string, at: number) => boolean {
  let runFrom = 0
  let runEnd = 0
  return (text, at) => {
    const c = text.charCodeAt(at)
    if (!isLocalPartUnit(c)) return text.charCodeAt(at + 1) === 64 || (at === 0 && c === 64)
    if (at < runFrom || at >= runEnd) {
      runFrom = at
      runEnd = at + 1
      while (runEnd < text.length && isLocalPartUnit(text.charCodeAt(runEnd))) runEnd++
    }
    return (text.charCodeAt(runEnd) === 64 && runEnd - at >= 3 && runEnd - at <= 64) || profileHostAt(text, at, c)
  }
}

/** Letter-spaced names ("M a r i a  R o s s i"): a run of single letters spelling gazetteer names. */
function letterSpaced(text: string, tokens: readonly Token[], out: GazetteerNames): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = []
  for (const { from, to } of letterRuns(text, tokens)) {
    const parts = splitNames(joinedNorms(tokens, from, to))
    if (!parts) continue
    spans.push({ start: (tokens[from] as Token).start, end: (tokens[to - 1] as Token).end })
    for (const p of parts) learn(out, p)
  }
  return spans
}

/** The keys of `tokens[from..to)` joined without separators. */
export function joinedNorms(tokens: readonly Token[], from: number, to: number): string {
  let joined = ''
  for (let t = from; t < to; t++) joined += (tokens[t] as Token).norm
  return joined
}

/** Length of the longest gazetteer key: no longer head of a split can be a name. */
const longestKey = maxOf([...givenOrSurnames].map((k) => k.length))

/**
 * Splits a string into one to three gazetteer names, at least one of them a given name, or undefined.
 * The tail is sliced only after a head that is a name (a head longer than every key is none).
 */
export function splitNames(joined: string): string[] | undefined {
  if (given.has(joined)) return [joined]
  const lastSplit = Math.min(joined.length - 2, longestKey)
  for (let a = 3; a <= lastSplit; a++) {
    const head = joined.slice(0, a)
    const headGiven = given.has(head)
    if (!headGiven && !surnames.has(head)) continue
    const tail = joined.slice(a)
    if ((headGiven && (surnames.has(tail) || given.has(tail))) || (!headGiven && given.has(tail))) return [head, tail]
  }
  return undefined
}

import { foldKey, tokenize, type Token } from '@incontro/core'
import { firstOf, isCapitalised, matchAllNear, onlySpaces, type ScrubContext } from './context.js'
import { nameParticles, wordLikeNames } from './cue-words.js'
import { givenNameGazetteer } from './gazetteer-given-names.js'
import { letterRuns } from './letter-runs.js'
import { surnameGazetteer } from './gazetteer-surnames.js'

const keysOf = (names: readonly string[], particles: boolean): Set<string> => {
  const out = new Set<string>()
  for (const name of names) for (const t of tokenize(name)) if (t.kind === 'word' && t.norm.length >= 2 && (particles || !nameParticles.has(t.norm))) out.add(t.norm)
  return out
}
// Given names that are also particles ("Li", "Lo") stay: dropping one would treat its counterpart differently.
const given = keysOf(givenNameGazetteer, true)
const surnames = keysOf(surnameGazetteer, false)
/** Both lists in one set: most capitalised words are in neither, and are told so by one lookup. */
const givenOrSurnames = new Set([...given, ...surnames])

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
  'rey', 'ramos', 'cedeno', 'vera', 'mera', 'bravo', 'andrade', 'domingo', 'pop', 'stan', 'ene', 'toma', 'marin', 'meta',
  'rama', 'duka', 'kola', 'leka', 'lika', 'cela', 'fall', 'kane', 'wade', 'sall', 'samb', 'seck', 'alam', 'miah', 'uddin',
  'chen', 'wang', 'zhang', 'liu', 'yang', 'huang', 'zhao', 'wu', 'sun', 'zhu', 'lin', 'guo', 'gao', 'luo', 'tang', 'cao', 'ren', 'jin', 'shi',
  'pan', 'dai', 'xia', 'ye', 'jiang', 'cai', 'deng', 'feng', 'liang', 'xie', 'zheng', 'zhong', 'wei', 'jun', 'hao', 'jing', 'mei',
  'ming', 'lei', 'tao', 'gang', 'bin', 'peng', 'chao', 'hui', 'yong', 'jie', 'kai', 'ying', 'yan', 'hong', 'fang', 'juan', 'ling',
  'qing', 'yun', 'xue', 'ting', 'qiang', 'jian', 'nina', 'lisa', 'asia', 'ada', 'ida', 'ambra', 'viola', 'rosa', 'bianca',
])
/** Words that start or end a capitalised run that is not a person (places, institutions, companies). */
const notNameWords = new Set([
  'via', 'viale', 'piazza', 'piazzale', 'corso', 'largo', 'vicolo', 'strada', 'ospedale', 'policlinico', 'istituto', 'liceo',
  'scuola', 'universita', 'university', 'college', 'fondazione', 'teatro', 'stadio', 'san', 'santa', 'santo', 'sant', 'ss',
  'srl', 'spa', 'snc', 'sas', 'srls', 'ltd', 'inc', 'llc', 'group', 'gruppo', 'ristorante', 'hotel', 'bar', 'trattoria',
  'pizzeria', 'caffe', 'studio', 'cooperativa', 'associazione', 'museo', 'biblioteca', 'parco', 'aeroporto', 'stazione',
  'street', 'road', 'avenue', 'square', 'hospital', 'school', 'company', 'foundation', 'centro', 'center', 'centre',
  'residenza', 'casa', 'clinica', 'farmacia', 'supermercati', 'banca', 'premio', 'award', 'prize', 'asilo', 'nido',
  'rsa', 'rsd', 'cdi', 'asl', 'ats', 'asst', 'irccs', 'osteria', 'bistrot', 'hostel', 'albergo', 'negozio', 'punto',
])
/** Words that make a run a place when they start it ("Villa Serena", "Casa Rossi"), though they are also surnames. */
const placeStarts = new Set(['villa', 'casa', 'cascina', 'palazzo', 'corte', 'ca', 'borgo', 'torre', 'porta'])
const labelWords = new Set([
  'referente', 'referenti', 'referenze', 'referenza', 'references', 'reference', 'referee', 'contatto', 'contatti', 'contact',
  'firma', 'firmato', 'signed', 'signature', 'nome', 'cognome', 'name', 'surname', 'tutor', 'supervisor', 'supervisore',
  'responsabile', 'manager', 'attn', 'att', 'sincerely', 'regards', 'saluti', 'fede', 'cordialmente', 'distinti',
])
const runParticles = new Set(['de', 'di', 'da', 'del', 'della', 'dela', 'van', 'von', 'el', 'al', 'ben', 'bin', 'le', 'la', 'dos', 'das', 'du'])

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
  const learn = (norm: string) => {
    if (norm.length < 2 || nameParticles.has(norm)) return
    if (commonWords.has(norm)) out.knownCapitalised.add(norm)
    else out.known.add(norm)
  }
  const lastLine = lastLineStart(text)
  let i = 0
  while (i < tokens.length) {
    const found = runAt(text, tokens, i)
    if (found.length === 0) {
      i++
      continue
    }
    // A capitalised word before the first gazetteer name is a sentence start, not part of the name.
    const firstHit = found.findIndex((t) => givenOrSurnames.has((tokens[t] as Token).norm))
    if (firstHit < 0) {
      i = (found.at(-1) as number) + 1
      continue
    }
    const run = found.slice(firstHit)
    const skipped = found.slice(0, firstHit).map((t) => tokens[t] as Token)
    const words = run.map((t) => tokens[t] as Token).filter((t) => !runParticles.has(t.norm) || isCapitalised(text, t))
    const norms = words.map((t) => t.norm)
    const givenHits = norms.filter((n) => given.has(n))
    const surnameHits = norms.filter((n) => surnames.has(n))
    const head = run[0] as number
    const before = [...skipped, tokens[head - 1], tokens[head - 2]].filter((t): t is Token => t !== undefined && sameLine(text, t, tokens[head] as Token))
    const after = tokens[(run.at(-1) as number) + 1]
    const blocked =
      norms.some((n) => notNameWords.has(n)) ||
      (words.length >= 2 && placeStarts.has(norms[0] as string)) ||
      before.some((t) => notNameWords.has(t.norm)) ||
      (after !== undefined && notNameWords.has(after.norm) && sameLine(text, tokens[run.at(-1) as number] as Token, after))
    const labelled = before.some((t) => labelWords.has(t.norm))
    // A signature: the last line holds only this run (and punctuation).
    const lastToken = tokens[run.at(-1) as number] as Token
    const signature =
      (tokens[head] as Token).start >= lastLine && !/[\p{L}\p{N}]/u.test(text.slice(lastLine, (tokens[head] as Token).start)) && !/[\p{L}\p{N}]/u.test(text.slice(lastToken.end))
    let fire = false
    if (!blocked && words.length >= 2) {
      const strongGiven = givenHits.some((n) => !commonWords.has(n))
      fire = (strongGiven && words.length <= 4) || (givenHits.length >= 1 && surnameHits.length >= 1 && new Set(norms).size >= 2)
      // Every other word of the run must not be a common word in lowercase use (a name, or unknown).
      if (fire && !strongGiven) fire = norms.every((n) => given.has(n) || surnames.has(n))
    } else if (!blocked && words.length === 1) {
      fire = (givenHits.length === 1 || surnameHits.length === 1) && (labelled || signature)
    }
    if (fire) {
      const first = tokens[run[0] as number] as Token
      const last = tokens[run.at(-1) as number] as Token
      out.spans.push({ start: first.start, end: last.end })
      for (const n of norms) learn(n)
    }
    i = (run.at(-1) as number) + 1
  }
  namesInHandles(text, (pieces) => {
    if (pieces.some((n) => given.has(n))) for (const n of pieces) if (given.has(n) || surnames.has(n)) learn(n)
  })
  out.spans.push(...letterSpaced(text, tokens, learn))
  scans.set(context, out)
  return out
}

const noRun: readonly number[] = []

/** Whether a token is an apostrophe or a hyphen. */
const isGlue = (norm: string) => norm === "'" || norm === '’' || norm === '-'

/** Token indices of the capitalised run starting at `i` (words on one line; particles inside), or none. */
function runAt(text: string, tokens: readonly Token[], i: number): readonly number[] {
  const first = tokens[i] as Token
  // Most tokens start no run: one shared empty list, not a new one per token.
  if (first.kind !== 'word' || !isCapitalised(text, first) || first.norm.length < 2) return noRun
  const run = [i]
  let t = i + 1
  while (run.length < 5 && t < tokens.length) {
    const prev = tokens[(run.at(-1) as number)] as Token
    let cur = tokens[t] as Token
    // "D'Angelo", "Abdel-Rahman": an apostrophe or hyphen glued on both sides.
    if (cur.kind === 'punct' && isGlue(cur.norm) && cur.start === prev.end && tokens[t + 1]?.start === cur.end) {
      t++
      cur = tokens[t] as Token
    } else if (!onlySpaces(text, prev.end, cur.start) || cur.start - prev.end > 3) break
    if (cur.kind !== 'word') break
    if (!isCapitalised(text, cur)) {
      if (!runParticles.has(cur.norm) || !tokens[t + 1] || !isCapitalised(text, tokens[t + 1] as Token)) break
    }
    run.push(t)
    t++
  }
  return run
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

/** Name keys inside email local parts, profile URLs and social handles ("anna.rossi@", "/in/anna-rossi-90"). */
function namesInHandles(text: string, found: (pieces: string[]) => void): void {
  // Every match holds an "@" (at most 64 code units after its start) or a ".com" (at most 9).
  for (const m of matchAllNear(handlePattern, text, handleAnchors, 64)) {
    const part = m[1] ?? m[2] ?? m[0].slice(0, -1)
    found(part.split(/[._\-+%0-9]+/).filter((piece) => piece.length >= 3).map((piece) => foldKey(piece)))
  }
}

/** Letter-spaced names ("M a r i a  R o s s i"): a run of single letters spelling gazetteer names. */
function letterSpaced(text: string, tokens: readonly Token[], learn: (norm: string) => void): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = []
  for (const { from, to } of letterRuns(text, tokens)) {
    const parts = splitNames(tokens.slice(from, to).map((t) => t.norm).join(''))
    if (!parts) continue
    out.push({ start: (tokens[from] as Token).start, end: (tokens[to - 1] as Token).end })
    for (const p of parts) learn(p)
  }
  return out
}

/** Splits a string into one to three gazetteer names, at least one of them a given name, or undefined. */
function splitNames(joined: string): string[] | undefined {
  if (given.has(joined)) return [joined]
  for (let a = 3; a <= joined.length - 2; a++) {
    const head = joined.slice(0, a)
    const tail = joined.slice(a)
    if ((given.has(head) && (surnames.has(tail) || given.has(tail))) || (surnames.has(head) && given.has(tail))) return [head, tail]
  }
  return undefined
}

import type { Line } from './lines.js'

/** Honorifics before a name, longest first (case-sensitive; all-caps only where dotted). */
const honorifics: readonly string[] = [
  'Professoressa', 'Dottoressa', 'Signorina', 'Professore', 'Prof.ssa', 'Dott.ssa', 'Signora', 'Dottore', 'Signor',
  'Dr.ssa', 'Sig.ra', 'Sig.na', 'D.ssa', 'Sigg.', 'Dott.', 'Prof.', 'Geom.', 'Arch.', 'Sig.', 'Ing.', 'Avv.', 'Rag.',
  'Miss', 'Mrs.', 'Mrs', 'Mr.', 'Mr', 'Ms.', 'Ms', 'Mx.', 'Mx', 'Dr.', 'Dr',
]
const dottedUpper: readonly string[] = honorifics.filter((h) => h.includes('.')).map((h) => h.toUpperCase())
const allHonorifics: readonly string[] = [...new Set([...honorifics, ...dottedUpper])].sort((a, b) => b.length - a.length)
const honorificKeys: ReadonlySet<string> = new Set(allHonorifics.map((h) => h.replace(/\./g, '').toLowerCase()))
const honorificFirstChars: ReadonlySet<string> = new Set(allHonorifics.map((h) => h[0] as string))

/** Words that open a header line before the name ("Curriculum vitae di …", "CV – …"). */
const documentWords = /^(?:curriculum[ \t]+vitae|curriculum|resume|résumé|cv)(?![\p{L}\p{N}])/iu
/** Prepositions between the document words and the name, with their article ("della Sig.ra …"). */
const namePrepositions = /^(?:(?:di|della|del|dello|of|de)(?=[ \t])|dell['’])/iu
const nameParticles = new Set(['de', 'di', 'da', 'del', 'della', 'dei', 'van', 'von', 'der', 'den', 'dos', 'das', 'do', 'le', 'la', 'el', 'al', 'bin', 'ben', "d'"])
const notNames = new Set(['curriculum', 'vitae', 'resume', 'cv', 'europass', 'profilo', 'profile', 'formato', 'europeo'])
/** Separators between a name and a job title on one header line. */
const titleSeparators = [' - ', ' – ', ' — ', ' | ', '|', ',', ' / ']

/** The honorific starting at `at` in `value` (followed by a space or tab), as its length, or 0. */
function honorificAt(value: string, at: number): number {
  if (!honorificFirstChars.has(value[at] as string)) return 0
  if (at > 0 && /[\p{L}\p{N}]/u.test(value[at - 1] ?? '')) return 0
  for (const h of allHonorifics) {
    if (!value.startsWith(h, at)) continue
    const after = value[at + h.length] ?? ''
    if (after === ' ' || after === '\t') return h.length
  }
  return 0
}

function isCapitalisedWord(word: string): boolean {
  const first = word[0] ?? ''
  return first !== first.toLowerCase() && first === first.toUpperCase()
}

/** Whether a word counts as a name word: capitalised, or "d'Angelo"/"D'ANGELO" with a capitalised rest. */
function isNameWord(word: string): boolean {
  if (/^[dD]['’]/.test(word)) return isCapitalisedWord(word.slice(2))
  return isCapitalisedWord(word)
}

/** Checks a candidate name of 2–4 name words (particles allowed), as in "Anna Maria de Souza". */
function isNamePhrase(value: string): boolean {
  if (value.length === 0 || value.length > 60 || /[\d@:/|,;()]/.test(value)) return false
  const words = value.split(/[ \t]+/)
  if (words.length < 2 || words.length > 5) return false
  let named = 0
  for (const word of words) {
    if (!/^[\p{L}][\p{L}\p{M}'’.-]*$/u.test(word)) return false
    const lower = word.toLowerCase()
    if (notNames.has(lower) || honorificKeys.has(lower.replace(/\./g, ''))) return false
    if (nameParticles.has(lower)) continue
    if (!isNameWord(word)) return false
    named++
  }
  return named >= 2 && named <= 4
}

/** The offset of the first unit at or after `at` that is not a space or tab. */
function skipSpaces(value: string, at: number): number {
  let i = at
  while (value[i] === ' ' || value[i] === '\t') i++
  return i
}

/**
 * The span of a person's name on a header line: the whole line ("Anna Rossi"), after document words,
 * a preposition and an honorific ("Curriculum vitae della Sig.ra Anna Rossi"), or before a job title
 * on the document's first line ("Anna Rossi - Cameriera", "Anna Rossi, Waitress", "Anna Rossi | Chef").
 */
export function headerNameSpan(text: string, line: Line, firstLine: boolean): { start: number; end: number } | undefined {
  if (line.listItem) return undefined
  const value = text.slice(line.start, line.end)
  if (value.length > 200) return undefined
  let at = 0
  let prefixed = false
  const documentMatch = documentWords.exec(value)
  if (documentMatch) {
    at = documentMatch[0].length
    prefixed = true
    at = skipSpaces(value, at)
    if (value[at] === ':' || value[at] === '-' || value[at] === '–' || value[at] === '—' || value[at] === '|') {
      at++
      at = skipSpaces(value, at)
    }
    const preposition = namePrepositions.exec(value.slice(at, at + 8))
    if (preposition) {
      at += preposition[0].length
      at = skipSpaces(value, at)
    }
  }
  const honorific = honorificAt(value, at)
  if (honorific > 0) {
    at += honorific
    prefixed = true
    at = skipSpaces(value, at)
  }
  let cut = value.length
  for (const separator of titleSeparators) {
    const found = value.indexOf(separator, at)
    if (found >= 0 && found < cut) cut = found
  }
  // A title after the name is accepted on the first line, or after "Curriculum vitae"/an honorific.
  if (cut < value.length && !firstLine && !prefixed) return undefined
  let end = cut
  while (end > at && (value[end - 1] === ' ' || value[end - 1] === '\t')) end--
  if (!isNamePhrase(value.slice(at, end))) return undefined
  return { start: line.start + at, end: line.start + end }
}

/**
 * Names written after an honorific anywhere on a line ("Personal details: Ms Awa Diop, born …"): one
 * to three name words, as spans relative to the line.
 */
export function honorificNameSpans(value: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = []
  for (let at = 0; at < value.length; at++) {
    const length = honorificAt(value, at)
    if (length === 0) continue
    let i = at + length
    while (value[i] === ' ' || value[i] === '\t') i++
    const start = i
    let end = i
    let words = 0
    while (words < 3) {
      let j = i
      while (j < value.length && /[\p{L}\p{M}'’-]/u.test(value[j] as string)) j++
      const word = value.slice(i, j)
      if (word.length < 2 || !isNameWord(word) || notNames.has(word.toLowerCase()) || honorificAt(value, i) > 0) break
      end = j
      words++
      if (value[j] !== ' ' && value[j] !== '\t') break
      i = j + 1
    }
    if (words > 0) out.push({ start, end })
    at = Math.max(at, end - 1)
  }
  return out
}

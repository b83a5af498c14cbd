import { tokenize, type Language, type ParsedVacancy, type Token } from '@incontro/core'
import { splitTitle, type Annotator, type Taxonomy } from '@incontro/taxonomy'
import { annotatorFor } from './internal/annotator-for.js'
import { feminineCodedEn, masculineCodedEn, type CodedStem } from './internal/coded-words-en.js'
import { feminineCodedIt, masculineCodedIt } from './internal/coded-words-it.js'
import { matchCase, onlySpaces } from './internal/context.js'
import { firstIndex, lineIndex } from './internal/search.js'
import { englishGenderedTitles } from './internal/cue-words.js'
import { excludedForms, irregularPairs, nounGuards, regularStems } from './internal/gendered-lexicon.js'
import {
  addressTriggers,
  englishGenderedPronouns,
  italianTitlePairs,
  notDiscriminatory,
  personNounStems,
  references,
  requirementRules,
  statementPatterns,
} from './internal/vacancy-words.js'

/** What a finding of {@link reviewVacancy} is about. */
export type VacancyFindingCategory =
  | 'gendered-title'
  | 'gendered-address'
  | 'masculine-coded'
  | 'feminine-coded'
  | 'age'
  | 'appearance'
  | 'marital-family'
  | 'pregnancy'
  | 'military'
  | 'gender-exclusion'
  | 'nationality'
  | 'photo'
  | 'missing-equal-opportunity-statement'

/** `error`: an illegal requirement; `warning`: one-gender wording or a missing statement; `info`: coded wording. */
export type VacancyFindingSeverity = 'error' | 'warning' | 'info'

/** One problem found in a vacancy text; `start`/`end` are UTF-16 offsets in the reviewed text. */
export interface VacancyFinding {
  category: VacancyFindingCategory
  severity: VacancyFindingSeverity
  start: number
  end: number
  message: string
  /** A neutral wording to use instead, where one applies. */
  suggestion?: string
  /** The legal reference, where one applies. */
  reference?: string
}

/** Gender-coding label, as in Gender Decoder (`empty`: no coded word at all). */
export type GenderCodingLabel = 'strongly feminine-coded' | 'feminine-coded' | 'neutral' | 'masculine-coded' | 'strongly masculine-coded' | 'empty'

/** Counts of masculine- and feminine-coded words and the resulting label (Gender Decoder's rule). */
export interface GenderCodingScore {
  masculine: number
  feminine: number
  /** The coded words found, lowercase, in order of appearance. */
  masculineWords: string[]
  feminineWords: string[]
  label: GenderCodingLabel
}

/** Options of {@link reviewVacancy}. */
export interface ReviewVacancyOptions {
  /** Language of a plain text (guessed from its words when omitted; a ParsedVacancy carries its own). */
  language?: Language
  /** A taxonomy whose occupation labels add gendered titles and give neutral titles. */
  taxonomy?: Taxonomy
  annotator?: Annotator
  /** Return `rewritten`: titles and addresses neutral, discriminatory phrases removed, statement appended. */
  neutralize?: boolean
}

/** What {@link reviewVacancy} returns. */
export interface VacancyReview {
  language: Language
  findings: VacancyFinding[]
  /** Whether the ad states it is open to both sexes and has no one-gender title or address left. */
  inclusive: boolean
  coding: GenderCodingScore
  /** The neutral rewrite, with `neutralize: true`. */
  rewritten?: string
}

interface Candidate extends VacancyFinding {
  /** Text that replaces the span in the rewrite; undefined: left as is. */
  replacement?: string
}

/**
 * Reviews a vacancy for one-gender titles and addresses, gender-coded wording and discriminatory
 * requirements (age, appearance, marital or family status, pregnancy, military service, exclusion of
 * one sex, nationality, photo), and checks that it states it is addressed to both sexes
 * (D.Lgs. 198/2006 art. 27). Findings carry spans, never copies of the text.
 *
 * @example
 * const { findings, inclusive, coding } = reviewVacancy('Cercasi cameriera bella presenza, max 30 anni.')
 * // findings: gendered-title, appearance, age, missing-equal-opportunity-statement; inclusive: false
 */
export function reviewVacancy(input: string | ParsedVacancy, options: ReviewVacancyOptions = {}): VacancyReview {
  const text = typeof input === 'string' ? input : input.document.text
  const tokens = tokenize(text)
  const language: Language = typeof input === 'string' ? (options.language ?? guessLanguage(tokens)) : input.language
  const statement = statementPatterns.some((p) => p.test(text))
  // The statement itself may use a generic plural ("candidati dell'uno e dell'altro sesso"): its line is not an address.
  const statementLines = lineSpans(text).filter((l) => statementPatterns.some((p) => p.test(text.slice(l.start, l.end))))
  const outsideStatement = (c: Candidate) => !statementLines.some((l) => c.start >= l.start && c.end <= l.end)

  const candidates: Candidate[] = []
  // Appended in loops, not spread into push: a long ad has more findings than a call has arguments.
  for (const c of genderedTitles(text, tokens, language, 'warning', options)) if (outsideStatement(c)) candidates.push(c)
  for (const c of language === 'it' ? italianAddresses(text, tokens, 'warning') : englishAddresses(text, tokens, 'warning')) if (outsideStatement(c)) candidates.push(c)
  const requirementFindings = requirements(text, language)
  const { findings: coded, score } = codedWords(text, tokens, language, requirementFindings)
  for (const c of coded) candidates.push(c)
  for (const c of requirementFindings) candidates.push(c)
  if (!statement) {
    candidates.push({
      category: 'missing-equal-opportunity-statement',
      severity: 'warning',
      start: text.length,
      end: text.length,
      message: 'The ad does not state that it is addressed to both sexes.',
      suggestion: statementText(language),
      reference: references.gender,
    })
  }
  const findings = dedupe(candidates).sort((a, b) => a.start - b.start || a.end - b.end || (a.category < b.category ? -1 : a.category > b.category ? 1 : 0))
  const inclusive = statement && !findings.some((f) => f.category === 'gendered-title' || f.category === 'gendered-address')
  const review: VacancyReview = {
    language,
    findings: findings.map(({ replacement: _replacement, ...finding }) => finding),
    inclusive,
    coding: score,
  }
  if (options.neutralize) review.rewritten = rewrite(text, findings, statement ? undefined : statementText(language))
  return review
}

/** The spans of the lines of a text. */
function lineSpans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = []
  let start = 0
  for (const line of text.split('\n')) {
    out.push({ start, end: start + line.length })
    start += line.length + 1
  }
  return out
}

/** The statement appended by the rewrite. */
function statementText(language: Language): string {
  return language === 'it'
    ? "La ricerca è rivolta a persone dell'uno e dell'altro sesso (D.Lgs. 198/2006)."
    : 'This vacancy is open to candidates of any gender (D.Lgs. 198/2006).'
}

const italianHints = new Set(['il', 'la', 'di', 'che', 'per', 'con', 'del', 'della', 'sono', 'cerchiamo', 'requisiti', 'si', 'offre', 'una', 'e', 'nel', 'lavoro', 'esperienza'])
const englishHints = new Set(['the', 'and', 'of', 'we', 'are', 'for', 'with', 'you', 'your', 'to', 'is', 'will', 'requirements', 'experience', 'looking'])

function guessLanguage(tokens: readonly Token[]): Language {
  let it = 0
  let en = 0
  for (const t of tokens) {
    if (italianHints.has(t.norm)) it++
    else if (englishHints.has(t.norm)) en++
  }
  return en > it ? 'en' : 'it'
}

interface TitleEntry {
  counterpart: string
  split: string
}

const titleMap: ReadonlyMap<string, TitleEntry> = (() => {
  const map = new Map<string, TitleEntry>()
  for (const [f, m] of italianTitlePairs) {
    if (f === m) {
      map.set(m, { counterpart: m, split: m })
      continue
    }
    const split = splitTitle(m, f)
    map.set(f, { counterpart: m, split })
    map.set(m, { counterpart: f, split })
  }
  return map
})()

/** Whether a split, parenthesised, asterisk or doublet form follows or precedes the word at token `i`. */
function locallyInclusive(text: string, tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i] as Token
  const after = text.slice(tok.end, tok.end + 12)
  if (/^\s?\/\s?\p{L}{1,7}\b|^\s?\(\s?\p{L}{1,4}\s?\)|^[*@əɜ]|^\s?\(\s?[mfhw]\s?\/\s?[mfhw]|^\s[mf]\/[fm]\b|^\s(?:ambosessi|ambo sessi)\b/iu.test(after)) return true
  const before = text.slice(Math.max(0, tok.start - 12), tok.start)
  if (/\/\s?$/.test(before)) return true
  // A doublet: the other form of the same word two or three tokens away, joined by "e", "o" or "/"
  // ("cameriere e cameriera", "la candidata o il candidato", "camerieri e cameriere").
  const other = (t: number) => {
    const word = tokens[t]?.norm
    if (word === undefined || word === tok.norm || tokens[t]?.kind !== 'word') return false
    const need = Math.max(4, Math.min(word.length, tok.norm.length) - 4)
    let p = 0
    while (p < word.length && word[p] === tok.norm[p]) p++
    return p >= need
  }
  const joiner = (t: number) => ['e', 'o', '/', 'or', 'and', 'ed', 'od'].includes(tokens[t]?.norm ?? '')
  if (joiner(i + 1) && (other(i + 2) || other(i + 3))) return true
  if (joiner(i - 1) && other(i - 2)) return true
  if (joiner(i - 2) && other(i - 3)) return true
  return false
}

function genderedTitles(text: string, tokens: readonly Token[], language: Language, severity: VacancyFindingSeverity, options: ReviewVacancyOptions): Candidate[] {
  const out: Candidate[] = []
  const push = (start: number, end: number, neutral: string) =>
    out.push({
      category: 'gendered-title',
      severity,
      start,
      end,
      message: 'Job title in one gender only.',
      suggestion: neutral,
      reference: references.gender,
      replacement: matchCase(text.slice(start, end), neutral),
    })
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token
    if (tok.kind !== 'word') continue
    if (language === 'it') {
      const entry = titleMap.get(tok.norm)
      if (entry && !locallyInclusive(text, tokens, i)) push(tok.start, tok.end, entry.split)
    }
    const english = englishGenderedTitles.get(tok.norm)
    if (english !== undefined && !locallyInclusive(text, tokens, i)) push(tok.start, tok.end, english)
  }
  if (options.taxonomy) {
    const annotator = annotatorFor({ taxonomy: options.taxonomy, annotator: options.annotator })
    for (const mention of annotator.annotate(text, { kinds: ['occupation'] })) {
      if (mention.role !== 'masculine' && mention.role !== 'feminine') continue
      if (out.some((f) => f.start < mention.end && f.end > mention.start)) continue
      const i = tokens.findIndex((t) => t.start >= mention.start)
      const last = tokens.findIndex((t) => t.end >= mention.end)
      if (i >= 0 && last >= 0 && locallyInclusive(text, tokens, last)) continue
      push(mention.start, mention.end, options.taxonomy.neutralTitle(mention.concept, language))
    }
  }
  return out
}

interface AddressEntry {
  split: string
}

/** Italian gendered adjectives, participles and person nouns, with their split form ("motivato/a"). */
const addressWords: ReadonlyMap<string, AddressEntry> = (() => {
  const map = new Map<string, AddressEntry>()
  const put = (form: string, split: string) => {
    if (!excludedForms.has(form) && !map.has(form)) map.set(form, { split })
  }
  for (const stem of [...regularStems, ...personNounStems]) {
    put(`${stem}o`, `${stem}o/a`)
    put(`${stem}a`, `${stem}o/a`)
    const plural = stem.endsWith('i') ? stem : `${stem}i`
    put(plural, `${plural} e ${stem}e`)
    put(`${stem}e`, `${plural} e ${stem}e`)
  }
  for (const [f, m] of irregularPairs) if (f !== m) {
    put(f, splitTitle(m, f))
    put(m, splitTitle(m, f))
  }
  return map
})()
const personStems = new Set(personNounStems)
const chainWords = new Set(['e', 'ed', ',', 'molto', 'gia', 'anche', 'particolarmente', 'davvero', 'possibilmente', 'preferibilmente', 'ben', 'e/o', '/', 'o'])
const searchVerbs = new Set(['cercasi', 'cerchiamo', 'ricerchiamo', 'selezioniamo', 'ricercasi', 'assumiamo', 'cerca', 'ricerca', 'seleziona'])
const bulletChars = new Set(['-', '•', '*', '–', '·', '▪', '>'])

function isPersonNoun(norm: string): boolean {
  for (const stem of personStems) if (norm.length === stem.length + 1 && norm.startsWith(stem)) return true
  return false
}

function italianAddresses(text: string, tokens: readonly Token[], severity: VacancyFindingSeverity): Candidate[] {
  const out: Candidate[] = []
  let window = 0
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token
    const prev = tokens[i - 1]
    if (prev && !onlySpaces(text, prev.end, tok.start) && text.slice(prev.end, tok.start).includes('\n')) window = 0
    // Job titles are reported as titles, not twice.
    const entry = tok.kind === 'word' && !titleMap.has(tok.norm) ? addressWords.get(tok.norm) : undefined
    const guard = nounGuards[tok.norm]
    const guarded = guard !== undefined && ((prev && guard.prev?.includes(prev.norm)) || guard.next?.includes(tokens[i + 1]?.norm ?? ''))
    const lineFirst = isLineFirst(text, tokens, i)
    const afterSearch = prev !== undefined && (searchVerbs.has(prev.norm) || (['un', 'una', 'uno'].includes(prev.norm) && searchVerbs.has(tokens[i - 2]?.norm ?? '')))
    if (entry && !guarded && (isPersonNoun(tok.norm) || window > 0 || lineFirst || afterSearch)) {
      if (!locallyInclusive(text, tokens, i)) {
        out.push({
          category: 'gendered-address',
          severity,
          start: tok.start,
          end: tok.end,
          message: 'Addresses the candidate in one gender only.',
          suggestion: entry.split,
          reference: references.gender,
          replacement: matchCase(text.slice(tok.start, tok.end), entry.split),
        })
      }
      window = 4
      continue
    }
    if (addressTriggers.has(tok.norm)) window = 4
    else if (chainWords.has(tok.norm)) {
      if (window > 0) window = Math.max(window, 2)
    } else if (window > 0) window--
  }
  return out
}

function isLineFirst(text: string, tokens: readonly Token[], i: number): boolean {
  let t = i - 1
  while (t >= 0 && (tokens[t] as Token).kind === 'punct' && bulletChars.has((tokens[t] as Token).norm)) t--
  const from = t >= 0 ? (tokens[t] as Token).end : 0
  const gap = text.slice(from, (tokens[i] as Token).start)
  if (t < 0) return !/\S/.test(text.slice(0, (tokens[i] as Token).start).replace(/[-•*–·▪>]/g, ''))
  return gap.includes('\n') && !/[^\s\-•*–·▪>]/.test(gap)
}

function englishAddresses(text: string, tokens: readonly Token[], severity: VacancyFindingSeverity): Candidate[] {
  const out: Candidate[] = []
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token
    const neutral = englishGenderedPronouns.get(tok.norm)
    if (neutral === undefined) continue
    // "he or she", "his/her", "s/he", "him or her" address both.
    const isPronoun = (t: number) => englishGenderedPronouns.has(tokens[t]?.norm ?? '')
    const joins = (t: number) => tokens[t]?.norm === 'or' || tokens[t]?.norm === '/' || tokens[t]?.norm === 'and'
    if ((joins(i + 1) && isPronoun(i + 2)) || (joins(i - 1) && isPronoun(i - 2))) continue
    if (tok.norm === 'he' && tokens[i - 1]?.norm === '/' && tokens[i - 2]?.norm === 's') continue
    out.push({
      category: 'gendered-address',
      severity,
      start: tok.start,
      end: tok.end,
      message: 'Refers to the candidate with a one-gender pronoun.',
      suggestion: neutral,
      reference: references.gender,
      replacement: matchCase(text.slice(tok.start, tok.end), neutral),
    })
  }
  return out
}

function matchesStem(word: string, stems: readonly CodedStem[]): boolean {
  for (const { stem, prefix } of stems) if (prefix ? word.startsWith(stem) : word === stem) return true
  return false
}

/**
 * Coded words and the Gender Decoder score: feminine − masculine; ±1…3 coded, beyond ±3 strongly coded.
 * Words inside a discriminatory requirement are left out (Gender Decoder would count "children").
 */
function codedWords(text: string, tokens: readonly Token[], language: Language, requirementFindings: readonly Candidate[]): { findings: Candidate[]; score: GenderCodingScore } {
  const masculine = language === 'it' ? masculineCodedIt : masculineCodedEn
  const feminine = language === 'it' ? feminineCodedIt : feminineCodedEn
  const findings: Candidate[] = []
  const masculineWords: string[] = []
  const feminineWords: string[] = []
  const inRequirement = spansIndex(requirementFindings)
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token
    if (tok.kind !== 'word') continue
    let word = tok.norm
    let end = tok.end
    // "self-confident", "co-operative"
    const dash = tokens[i + 1]
    const next = tokens[i + 2]
    if ((word === 'self' || word === 'co') && dash?.norm === '-' && dash.start === tok.end && next && next.start === dash.end) {
      word = `${word}-${next.norm}`
      end = next.end
      i += 2
    }
    // Italian "tempo determinato" is a contract, not a trait.
    if (language === 'it' && word.startsWith('determinat') && tokens[i - 1]?.norm === 'tempo') continue
    // A word inside a discriminatory requirement ("no children") is reported there, not as coding.
    if (inRequirement.contains(tok.start, end)) continue
    const m = matchesStem(word, masculine)
    const f = !m && matchesStem(word, feminine)
    if (!m && !f) continue
    ;(m ? masculineWords : feminineWords).push(text.slice(tok.start, end).toLowerCase())
    findings.push({
      category: m ? 'masculine-coded' : 'feminine-coded',
      severity: 'info',
      start: tok.start,
      end,
      message: `${m ? 'Masculine' : 'Feminine'}-coded word (Gaucher, Friesen & Kay 2011): it may discourage some applicants.`,
    })
  }
  const balance = feminineWords.length - masculineWords.length
  const label: GenderCodingLabel =
    balance === 0
      ? feminineWords.length > 0 ? 'neutral' : 'empty'
      : balance > 3 ? 'strongly feminine-coded' : balance > 0 ? 'feminine-coded' : balance < -3 ? 'strongly masculine-coded' : 'masculine-coded'
  return { findings, score: { masculine: masculineWords.length, feminine: feminineWords.length, masculineWords, feminineWords, label } }
}

function requirements(text: string, language: Language): Candidate[] {
  const allowedSpans: { start: number; end: number }[] = []
  for (const pattern of notDiscriminatory) for (const m of text.matchAll(pattern)) allowedSpans.push({ start: m.index, end: m.index + m[0].length })
  const allowed = spansIndex(allowedSpans)
  const lines = lineIndex(text)
  const out: Candidate[] = []
  for (const rule of requirementRules) {
    // Whether the lines of a match state a reason, tested once per line (a line may hold many matches).
    const reasonOnLines = new Map<string, boolean>()
    for (const m of text.matchAll(rule.pattern)) {
      const start = m.index
      const end = start + m[0].length
      if (allowed.overlaps(start, end)) continue
      if (rule.unlessReason) {
        const ls = lines.startOf(start)
        const le = lines.endOf(end)
        let stated = reasonOnLines.get(`${ls}:${le}`)
        if (stated === undefined) {
          stated = rule.unlessReason.test(text.slice(ls, le))
          reasonOnLines.set(`${ls}:${le}`, stated)
        }
        if (stated) continue
      }
      const finding: Candidate = { category: rule.category, severity: rule.severity, start, end, message: rule.message, suggestion: rule.suggestion, reference: rule.reference, replacement: rule.replacement ?? '' }
      if (rule.category === 'nationality' && rule.severity === 'warning') {
        const italian = /ital/i.test(m[0])
        finding.replacement = language === 'it' ? (italian ? 'italiano (livello C1)' : 'inglese (livello C1)') : italian ? 'Italian (C1 level)' : 'English (C1 level)'
      }
      out.push(finding)
    }
  }
  return out
}

/**
 * Keeps one finding per span and category (the first pattern wins); nested requirement matches are merged.
 * Findings of other categories never clash, and a finding that is not a requirement clashes only with one
 * of the same span (then it is dropped), so those are counted by span instead of searched for.
 */
function dedupe(candidates: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = []
  const byCategory = new Map<string, number[]>()
  const spansKept = new Map<string, number>()
  const key = (c: Candidate) => `${c.category}\u0000${c.start}\u0000${c.end}`
  for (const c of candidates) {
    const requirement = c.severity === 'error' || c.category === 'nationality'
    const same = byCategory.get(c.category) ?? []
    byCategory.set(c.category, same)
    let clash = -1
    if (requirement) clash = same.find((i) => (out[i] as Candidate).start < c.end && (out[i] as Candidate).end > c.start) ?? -1
    else if ((spansKept.get(key(c)) ?? 0) > 0 && c.end > c.start) clash = 0
    if (clash < 0) {
      same.push(out.length)
      out.push(c)
      spansKept.set(key(c), (spansKept.get(key(c)) ?? 0) + 1)
      continue
    }
    if (!requirement) continue
    const other = out[clash] as Candidate
    if (c.end - c.start > other.end - other.start) {
      spansKept.set(key(other), (spansKept.get(key(other)) ?? 1) - 1)
      spansKept.set(key(c), (spansKept.get(key(c)) ?? 0) + 1)
      out[clash] = c
    }
  }
  return out
}

/** Containment and overlap tests against a set of spans, in O(log n) each: sorted by start, with the largest end so far. */
function spansIndex(spans: readonly { start: number; end: number }[]): { contains(start: number, end: number): boolean; overlaps(start: number, end: number): boolean } {
  const sorted = [...spans].sort((a, b) => a.start - b.start)
  const starts = sorted.map((s) => s.start)
  const maxEnd: number[] = []
  for (const s of sorted) maxEnd.push(Math.max(maxEnd.at(-1) ?? Number.NEGATIVE_INFINITY, s.end))
  // How many spans start before `offset` (or at it, with `inclusive`).
  const count = (offset: number, inclusive: boolean) =>
    firstIndex(starts.length, (k) => (starts[k] as number) > offset || (!inclusive && (starts[k] as number) === offset))
  return {
    // Some span with start <= `start` and end >= `end`.
    contains: (start, end) => {
      const k = count(start, true)
      return k > 0 && (maxEnd[k - 1] as number) >= end
    },
    // Some span sharing a code unit with [start, end): start < `end` and end > `start`.
    overlaps: (start, end) => {
      const k = count(end, false)
      return k > 0 && (maxEnd[k - 1] as number) > start
    },
  }
}

/** The neutral rewrite: replacements applied line by line; a line left with no words is dropped. */
function rewrite(text: string, findings: readonly Candidate[], statement: string | undefined): string {
  const edits = findings
    .filter((f) => f.replacement !== undefined && f.end > f.start)
    .sort((a, b) => (b.severity === 'error' ? 1 : 0) - (a.severity === 'error' ? 1 : 0) || b.end - b.start - (a.end - a.start))
  // Accepted edits are marked on the text: each one is checked in time proportional to its length.
  let size = text.length
  for (const e of edits) if (e.end > size) size = e.end
  const covered = new Uint8Array(size + 1)
  const accepted: Candidate[] = []
  for (const e of edits) {
    let free = true
    for (let p = e.start; p < e.end && free; p++) free = covered[p] === 0
    if (!free) continue
    accepted.push(e)
    covered.fill(1, e.start, e.end)
  }
  accepted.sort((a, b) => a.start - b.start)
  const lines: string[] = []
  let lineStart = 0
  let k = 0
  for (const line of text.split('\n')) {
    const lineEnd = lineStart + line.length
    let out = ''
    let at = lineStart
    let changed = false
    while (k < accepted.length && (accepted[k] as Candidate).start < lineEnd + 1) {
      const e = accepted[k] as Candidate
      k++
      if (e.end > lineEnd) continue
      out += text.slice(at, e.start) + (e.replacement as string)
      at = e.end
      changed = true
    }
    out += text.slice(at, lineEnd)
    if (changed) {
      out = out
        // Collapse every run of horizontal white space first: the patterns below then see runs of at most
        // one character, so none of them can backtrack over a long run (linear on hostile input).
        .replace(/[^\S\n]{2,}/g, ' ')
        .replace(/\s+([,.;:])/g, '$1')
        .replace(/[,;:.](?:\s*[,;:.])+/g, (run) => (run.includes('.') ? '.' : (run[0] as string)))
        .replace(/^(\s*[-•*–·▪>]?\s*)[,;]\s*/, '$1')
        .replace(/[,;]\s*([.!?]?)\s*$/, '$1')
        .replace(/\(\s*\)/g, '')
        .trimEnd()
      if (!/[\p{L}\p{N}]/u.test(out)) {
        lineStart = lineEnd + 1
        continue
      }
    }
    lines.push(out)
    lineStart = lineEnd + 1
  }
  let result = lines.join('\n')
  if (statement) result = `${result.replace(/\s+$/, '')}\n\n${statement}\n`
  return result
}

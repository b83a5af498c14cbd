import { tokenize, type Language, type ParsedVacancy, type Token } from '@incontro/core'
import { splitTitle, type Annotator, type Taxonomy } from '@incontro/taxonomy'
import { annotatorFor } from './internal/annotator-for.js'
import { feminineCodedEn, masculineCodedEn, type CodedStem } from './internal/coded-words-en.js'
import { feminineCodedIt, masculineCodedIt } from './internal/coded-words-it.js'
import { matchCase } from './internal/context.js'
import { firstIndex, lineIndex } from './internal/search.js'
import { englishGenderedTitles } from './internal/cue-words.js'
import { englishInclusiveLanguage } from './internal/review-english.js'
import { italianInclusiveLanguage } from './internal/review-italian.js'
import { auxiliaries } from './internal/review-lexicon-it.js'
import { reviewMessage, reviewSuggestion, type ReviewMessageKey } from './internal/review-messages.js'
import type { ReviewCandidate } from './internal/review-types.js'
import {
  englishGenderedPronouns,
  italianReference,
  italianTitlePairs,
  notDiscriminatory,
  references,
  requirementRules,
  statementPatterns,
} from './internal/vacancy-words.js'

/** What a finding of {@link reviewVacancy} is about. */
export type VacancyFindingCategory =
  | 'gendered-title'
  | 'gendered-address'
  | 'masculine-generic'
  | 'age-coded'
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

/** `error`: an illegal requirement; `warning`: one-gender or age-coded wording, or a missing statement; `info`: coded wording. */
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

type Candidate = ReviewCandidate

/**
 * Reviews a vacancy for one-gender titles and addresses, masculine generics ("i colleghi", "un Recruiter"),
 * age-coded and gender-coded wording and discriminatory requirements (age, appearance, marital or family
 * status, pregnancy, military service, exclusion of one sex, nationality, photo), and checks that it states
 * it is addressed to both sexes (D.Lgs. 198/2006 art. 27). Italian rules follow Sabatini (1987) and
 * Robustelli (2012); messages are in the ad's language. Findings carry spans, never copies of the text.
 *
 * @example
 * const { findings, inclusive, coding } = reviewVacancy('Cercasi cameriera bella presenza, max 30 anni.')
 * // findings: gendered-title, appearance, age, missing-equal-opportunity-statement; inclusive: false
 */
export function reviewVacancy(input: string | ParsedVacancy, options: ReviewVacancyOptions = {}): VacancyReview {
  const text = typeof input === 'string' ? input : input.document.text
  const tokens = tokenize(text)
  const language: Language = typeof input === 'string' ? (options.language ?? guessLanguage(tokens)) : input.language
  // The statement itself may use a generic plural ("candidati dell'uno e dell'altro sesso"): its sentence is
  // not an address. The sentences after it are ("rivolto ad ambo i sessi. I candidati …" is still masculine).
  const statementSpans = statementSentences(text)
  const statement = statementSpans.length > 0
  const inStatement = spansIndex(statementSpans)
  const candidates: Candidate[] = []
  const add = (list: readonly Candidate[], skipStatement: boolean) => {
    for (const c of list) if (!skipStatement || !inStatement.contains(c.start, c.end)) candidates.push(c)
  }
  add(genderedTitles(text, tokens, language, 'warning', options), true)
  const requirementFindings = requirements(text, language)
  const inRequirement = spansIndex(requirementFindings.filter((f) => f.severity === 'error'))
  if (language === 'it') {
    add(
      italianInclusiveLanguage({
        text,
        tokens,
        isTitle: (norm) => titleMap.has(norm),
        locallyInclusive: (i) => locallyInclusive(text, tokens, i),
        insideRequirement: (start, end) => inRequirement.overlaps(start, end),
      }),
      true,
    )
  } else {
    add(englishAddresses(text, tokens, 'warning'), true)
    add(englishInclusiveLanguage(text, tokens, (start, end) => inRequirement.overlaps(start, end)), true)
  }
  const { findings: coded, score } = codedWords(text, tokens, language, requirementFindings)
  add(coded, false)
  add(requirementFindings, false)
  if (!statement) {
    candidates.push({
      category: 'missing-equal-opportunity-statement',
      severity: 'warning',
      start: text.length,
      end: text.length,
      message: reviewMessage('missing-statement', language),
      suggestion: statementText(language),
      reference: referenceIn(references.gender, language),
    })
  }
  const findings = dedupe(candidates).sort((a, b) => a.start - b.start || a.end - b.end || (a.category < b.category ? -1 : a.category > b.category ? 1 : 0))
  const inclusive = statement && !findings.some((f) => f.category === 'gendered-title' || f.category === 'gendered-address' || f.category === 'masculine-generic')
  const review: VacancyReview = {
    language,
    findings: findings.map(({ replacement: _replacement, edit: _edit, ...finding }) => finding),
    inclusive,
    coding: score,
  }
  if (options.neutralize) review.rewritten = rewrite(text, findings, statement ? undefined : statementText(language))
  return review
}

/** A reference in the ad's language. */
function referenceIn(reference: string, language: Language): string {
  return language === 'it' ? (italianReference.get(reference) ?? reference) : reference
}

const statementSearch: readonly RegExp[] = statementPatterns.map((p) => new RegExp(p.source, p.flags.includes('g') ? p.flags : `${p.flags}g`))

/**
 * The sentences that state the ad is addressed to both sexes. A sentence ends at a line break or at
 * ".", "!" or "?" followed by white space and a capital letter ("(D.Lgs. 198/2006). I candidati …"), so
 * the dots of "L. 903/77" and "D.Lgs." do not end it. Linear: one scan per statement match, bounded by its sentence.
 */
function statementSentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = []
  let coveredTo = -1
  const matches: { start: number; end: number }[] = []
  for (const p of statementSearch) for (const m of text.matchAll(p)) matches.push({ start: m.index, end: m.index + m[0].length })
  matches.sort((a, b) => a.start - b.start)
  for (const m of matches) {
    if (m.start < coveredTo) continue
    let start = m.start
    while (start > 0 && !sentenceEndsBefore(text, start)) start--
    let end = m.end
    while (end < text.length && !sentenceEndsBefore(text, end)) end++
    out.push({ start, end })
    coveredTo = end
  }
  return out
}

/** Whether a sentence ends just before offset `p`. */
function sentenceEndsBefore(text: string, p: number): boolean {
  const c = text[p - 1]
  if (c === '\n') return true
  if (c !== ' ' && c !== '\t') return false
  const mark = text[p - 2]
  const next = text[p] ?? ''
  return (mark === '.' || mark === '!' || mark === '?' || mark === ')') && /\p{Lu}/u.test(next) && (mark !== ')' || text[p - 3] === '.')
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

/** Whether a split, parenthesised, asterisk or doublet form follows or precedes the word at token `i` ("**" is bold, not an asterisk form). */
function locallyInclusive(text: string, tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i] as Token
  const after = text.slice(tok.end, tok.end + 12)
  if (/^\s?\/\s?\p{L}{1,7}\b|^\s?\(\s?\p{L}{1,4}\s?\)|^(?:\*(?!\*)|[@əɜ])|^\s?\(\s?[mfhw]\s?\/\s?[mfhw]|^\s[mf]\/[fm]\b|^\s(?:ambosessi|ambo sessi)\b/iu.test(after)) return true
  const before = text.slice(Math.max(0, tok.start - 12), tok.start)
  if (/\/\s?$/.test(before)) return true
  // A doublet: the other form of the same word two or three tokens away, joined by "e", "o" or "/"
  // ("cameriere e cameriera", "la candidata o il candidato", "camerieri e cameriere").
  // "un operaio o un'operaia": an elided article adds two tokens.
  const own = tok.norm
  if (joinerAt(tokens, i + 1) && (otherFormAt(tokens, i + 2, own) || otherFormAt(tokens, i + 3, own) || otherFormAt(tokens, i + 4, own))) return true
  if (joinerAt(tokens, i - 1) && otherFormAt(tokens, i - 2, own)) return true
  if (joinerAt(tokens, i - 2) && otherFormAt(tokens, i - 3, own)) return true
  if (joinerAt(tokens, i - 3) && otherFormAt(tokens, i - 4, own)) return true
  return false
}

const joiners: ReadonlySet<string> = new Set(['e', 'o', '/', 'or', 'and', 'ed', 'od'])

/** Whether token `t` joins two forms ("e", "o", "/", …). Module functions, not closures made per token. */
function joinerAt(tokens: readonly Token[], t: number): boolean {
  return joiners.has(tokens[t]?.norm ?? '')
}

/** Whether token `t` is another form of the word `own`: a different word sharing its stem. */
function otherFormAt(tokens: readonly Token[], t: number, own: string): boolean {
  const word = tokens[t]?.norm
  if (word === undefined || word === own || tokens[t]?.kind !== 'word') return false
  const need = Math.max(4, Math.min(word.length, own.length) - 4)
  let p = 0
  while (p < word.length && word[p] === own[p]) p++
  return p >= need
}

/** Words after which a masculine-only title that is also an adjective ("meccanico") is the title. */
const titleLeaders = new Set(['un', 'uno', 'il', 'lo', 'del', 'al', 'dal', 'cercasi', 'cerchiamo', 'ricerchiamo', 'ricerca', 'cerca', 'selezioniamo', 'assumiamo', 'come', 'e', 'o', 'ed', 'di', 'da', 'per', 'quale', 'qualita'])

function isWordToken(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word'
}

function genderedTitles(text: string, tokens: readonly Token[], language: Language, severity: VacancyFindingSeverity, options: ReviewVacancyOptions): Candidate[] {
  const out: Candidate[] = []
  const push = (start: number, end: number, neutral: string) =>
    out.push({
      category: 'gendered-title',
      severity,
      start,
      end,
      message: reviewMessage('gendered-title', language),
      suggestion: neutral,
      reference: referenceIn(references.gender, language),
      replacement: matchCase(text.slice(start, end), neutral),
    })
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token
    if (tok.kind !== 'word') continue
    if (language === 'it') {
      const entry = titleMap.get(tok.norm)
      // "disegno meccanico", "impianto idraulico": a masculine-only title that is also an adjective after a noun.
      const adjective = entry !== undefined && entry.counterpart === tok.norm && isWordToken(tokens[i - 1]) && !titleLeaders.has((tokens[i - 1] as Token).norm)
      // "la risorsa verrà impiegata": a participle after an auxiliary, reported (if addressed) by the address
      // rule; "personale addetto" agrees with the epicene "personale".
      const participle = entry !== undefined && (auxiliaries.has(tokens[i - 1]?.norm ?? '') || tokens[i - 1]?.norm === 'personale')
      if (entry && !adjective && !participle && !locallyInclusive(text, tokens, i)) push(tok.start, tok.end, entry.split)
    }
    const english = englishGenderedTitles.get(tok.norm)
    // "CRAFTSMAN®": a trademark, not a title.
    const mark = text.charCodeAt(tok.end)
    if (english !== undefined && mark !== 0xae && mark !== 0x2122 && !locallyInclusive(text, tokens, i)) push(tok.start, tok.end, english)
  }
  if (options.taxonomy) {
    const annotator = annotatorFor({ taxonomy: options.taxonomy, annotator: options.annotator })
    const found = spansIndex(out)
    const ends = tokens.map((t) => t.end)
    for (const mention of annotator.annotate(text, { kinds: ['occupation'] })) {
      if (mention.role !== 'masculine' && mention.role !== 'feminine') continue
      if (found.overlaps(mention.start, mention.end)) continue
      // The last token of the mention, by binary search over token ends.
      const last = firstIndex(ends.length, (k) => (ends[k] as number) >= mention.end)
      if (last < tokens.length && locallyInclusive(text, tokens, last)) continue
      push(mention.start, mention.end, options.taxonomy.neutralTitle(mention.concept, language))
    }
  }
  return out
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
      message: reviewMessage('gendered-pronoun', 'en'),
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
  const codedOf = new Map<string, number>()
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
    // Words repeat: each distinct word is matched against the stem lists once (0 none, 1 masculine, 2 feminine).
    let coded = codedOf.get(word)
    if (coded === undefined) {
      coded = matchesStem(word, masculine) ? 1 : matchesStem(word, feminine) ? 2 : 0
      codedOf.set(word, coded)
    }
    const m = coded === 1
    const f = coded === 2
    if (!m && !f) continue
    ;(m ? masculineWords : feminineWords).push(text.slice(tok.start, end).toLowerCase())
    findings.push({
      category: m ? 'masculine-coded' : 'feminine-coded',
      severity: 'info',
      start: tok.start,
      end,
      message: reviewMessage(m ? 'masculine-coded' : 'feminine-coded', language),
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
      const key: ReviewMessageKey = rule.category === 'nationality' && rule.severity === 'warning' ? 'mother-tongue' : rule.category
      const finding: Candidate = {
        category: rule.category,
        severity: rule.severity,
        start,
        end,
        message: language === 'it' ? reviewMessage(key, 'it') : rule.message,
        suggestion: language === 'it' ? (reviewSuggestion(key, 'it') ?? rule.suggestion) : rule.suggestion,
        reference: referenceIn(rule.reference, language),
        replacement: rule.replacement ?? '',
      }
      if (rule.category === 'photo') {
        const edit = photoEdit(text, start, end, m[0])
        if (edit !== undefined) finding.edit = edit
      }
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
 * The edit of a photo request that keeps a correct sentence: "Inviare CV con foto." → "Inviare il CV.",
 * "CV con foto a …" → "CV a …", "allegando una foto" and "con foto" removed with the space before them.
 */
function photoEdit(text: string, start: number, end: number, match: string): Candidate['edit'] {
  const head = /^(?:cv|curriculum(?: vitae)?|candidature?)\b/iu.exec(match)
  if (head !== null) {
    // The document is kept; an article is added after a verb that had none ("inviare CV con foto").
    const before = text.slice(Math.max(0, start - 20), start)
    const verb = /(?:^|\s)(?:inviare|invia|inviate|inviaci|allegare|mandare|manda|spedire|trasmettere|caricare)\s$/iu.test(before)
    const article = verb && /^cv|^curriculum/iu.test(head[0]) ? 'il ' : ''
    return { start, end, replacement: `${article}${head[0]}` }
  }
  let from = start
  while (from > 0 && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--
  return { start: from, end, replacement: '' }
}

/**
 * Keeps one finding per span and category (the first pattern wins); overlapping requirement matches of one
 * category are merged, the longer one kept. Requirements are swept by start, so this is O(n log n).
 */
function dedupe(candidates: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = []
  // Keys are numbers (span and category), not strings: a hostile text can have 100,000 findings.
  const seen = new Set<number | string>()
  const categoryIndex = new Map<string, number>()
  const requirementsByCategory = new Map<string, { c: Candidate; order: number }[]>()
  let order = 0
  for (const c of candidates) {
    if (c.severity === 'error' || c.category === 'nationality') {
      let list = requirementsByCategory.get(c.category)
      if (list === undefined) requirementsByCategory.set(c.category, (list = []))
      list.push({ c, order: order++ })
      continue
    }
    if (c.end > c.start) {
      let category = categoryIndex.get(c.category)
      if (category === undefined) categoryIndex.set(c.category, (category = categoryIndex.size))
      // Offsets below 2^23 (texts of a few MB) and categories below 32 make an exact number; past that, a string.
      const key = c.end < 2 ** 23 && category < 32 ? (c.start * 2 ** 23 + c.end) * 32 + category : `${category}:${c.start}:${c.end}`
      if (seen.has(key)) continue
      seen.add(key)
    }
    out.push(c)
  }
  for (const list of requirementsByCategory.values()) {
    list.sort((a, b) => a.c.start - b.c.start || a.order - b.order)
    let last = -1
    for (const { c } of list) {
      const kept = out[last]
      if (last >= 0 && kept !== undefined && c.start < kept.end) {
        if (c.end - c.start > kept.end - kept.start) out[last] = c
        continue
      }
      last = out.length
      out.push(c)
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

/** What the rewrite's clean-up of an edited line acts on (see {@link rewrite}). */
const needsCleanUp = /[,;:.!?()]|[^\S\n]{2}|\s$|\s(?:e|ed|o|and|or|con|with)$/

/** The neutral rewrite: replacements applied line by line; a line left with no words is dropped. */
function rewrite(text: string, findings: readonly Candidate[], statement: string | undefined): string {
  const edits: Candidate[] = []
  for (const f of findings) {
    // An edit over its own range replaces the finding's span in the rewrite.
    if (f.edit !== undefined) edits.push({ ...f, start: f.edit.start, end: f.edit.end, replacement: f.edit.replacement })
    else if (f.replacement !== undefined && f.end > f.start) edits.push(f)
  }
  edits.sort((a, b) => (b.severity === 'error' ? 1 : 0) - (a.severity === 'error' ? 1 : 0) || b.end - b.start - (a.end - a.start))
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
    // The clean-up below changes only a line with punctuation, brackets, a double blank, a trailing blank or
    // a joiner at its end; most edited lines (a title replaced) have none, and skip its seven passes.
    if (changed && needsCleanUp.test(out)) {
      out = out
        // Collapse every run of horizontal white space first: the patterns below then see runs of at most
        // one character, so none of them can backtrack over a long run (linear on hostile input).
        .replace(/[^\S\n]{2,}/g, ' ')
        .replace(/\s+([,.;:])/g, '$1')
        .replace(/[,;:.](?:\s*[,;:.])+/g, (run) => (run.includes('.') ? '.' : (run[0] as string)))
        .replace(/^(\s*[-•*–·▪>]?\s*)[,;]\s*/, '$1')
        .replace(/[,;]\s*([.!?]?)\s*$/, '$1')
        // A joiner left before a mark or at the end ("inviare il CV e." after "allegare una foto" went).
        .replace(/\s(?:e|ed|o|and|or|con|with)([.,;!?]|$)/g, '$1')
        .replace(/\(\s*\)/g, '')
        .trimEnd()
    }
    if (changed) {
      if (!/[\p{L}\p{N}]/u.test(out)) {
        lineStart = lineEnd + 1
        continue
      }
    }
    lines.push(out)
    lineStart = lineEnd + 1
  }
  let result = lines.join('\n')
  // trimEnd, not /\s+$/: the pattern restarts at every blank of a long run that ends before the text does.
  if (statement) result = `${result.trimEnd()}\n\n${statement}\n`
  return result
}

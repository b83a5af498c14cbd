import type { Token } from '@incontro/core'
import { splitTitle } from '@incontro/taxonomy'
import { matchCase } from './context.js'
import { excludedForms, irregularPairs, nounGuards, regularStems } from './gendered-lexicon.js'
import { reviewMessage } from './review-messages.js'
import {
  agreementHeads,
  auxiliaries,
  ambiguousRoleHeads,
  englishRoleHeads,
  legalRoleNext,
  masculineModifiers,
  masculinePluralDeterminers,
  masculineSingularDeterminers,
  personOnlyStems,
  readerTriggers,
  servedPeople,
  singularRoleNouns,
  workplacePlurals,
  youthNames,
} from './review-lexicon-it.js'
import type { ReviewCandidate } from './review-types.js'
import { addressTriggers, personNounStems, referencesIt } from './vacancy-words.js'

/** What the Italian rules need from the review: the text, its tokens and two tests shared with the title rule. */
export interface ItalianReviewInput {
  text: string
  tokens: readonly Token[]
  /** Whether a folded word is a job title (reported by the title rule, not twice). */
  isTitle(norm: string): boolean
  /** Whether a split, parenthesised, asterisk or doublet form stands at token `i` ("candidati/e"). */
  locallyInclusive(i: number): boolean
  /** Whether a span lies inside a discriminatory requirement already reported ("cerchiamo giovani"). */
  insideRequirement(start: number, end: number): boolean
}

/**
 * The Italian inclusive-language rules (Sabatini 1987, Robustelli 2012, D.Lgs. 198/2006 art. 27,
 * D.Lgs. 216/2003): masculine generic plurals for groups of people ("i colleghi", "i nostri Recruiter"),
 * a masculine article before an epicene or English role noun ("un Recruiter"), one-gender adjectives and
 * participles addressed to the reader or describing the candidate ("sarai coinvolto", "automunita"), and
 * age-coded wording ("un ambiente giovane"). One pass over the tokens, each rule looking a bounded number
 * of tokens around the current one: linear in the input.
 */
export function italianInclusiveLanguage(input: ItalianReviewInput): ReviewCandidate[] {
  const out: ReviewCandidate[] = []
  const flagged = new Uint8Array(input.tokens.length)
  masculineGenerics(input, out, flagged)
  addresses(input, out, flagged)
  ageCoded(input, out)
  return out
}

const participleNext = new Set(['in', 'nel', 'nell', 'nella', 'nei', 'negli', 'nelle', 'presso', 'da', 'dal', 'dalla', 'dai', 'con', 'a', 'al', 'alla', 'ai'])
const participles = new Set(['impiegati', 'assunti', 'selezionati', 'interessati', 'iscritti', 'inseriti', 'esperti'])
/** Adjectives that make "agenti", "operatori" things or firms: "agenti chimici", "operatori economici". */
const thingNext = new Set(['chimici', 'fisici', 'biologici', 'atmosferici', 'patogeni', 'inquinanti', 'economici', 'finanziari', 'logici'])
const sentencePunct = new Set(['.', '!', '?', ';', ':'])
const boundaryWords = new Set(['e', 'ed', 'o', 'quindi', 'allora', 'subito', 'ora', 'adesso', 'non', 'aspettare', 'aspetti'])
const joiners = new Set(['e', 'ed', 'o', 'od', '/'])
const feminineDeterminers = new Set(['la', 'le', 'una', 'delle', 'alle', 'dalle', 'nelle', 'sulle', 'della', 'alla', 'dalla', 'nella', 'sulla', 'queste', 'quelle', 'questa', 'quella'])
const feminineSingular: ReadonlyMap<string, string> = new Map([
  ['il', 'la'], ['lo', 'la'], ['un', 'una'], ['uno', 'una'], ['del', 'della'], ['dello', 'della'], ['al', 'alla'], ['allo', 'alla'],
  ['dal', 'dalla'], ['dallo', 'dalla'], ['nel', 'nella'], ['nello', 'nella'], ['sul', 'sulla'], ['col', 'con la'], ['questo', 'questa'], ['quel', 'quella'],
])
/** English words that may stand before a role head in a title ("Senior Key Account", "Store Manager"). */
const englishModifiers = new Set([
  'senior', 'junior', 'sales', 'key', 'project', 'product', 'data', 'software', 'store', 'area', 'team', 'account', 'business',
  'customer', 'marketing', 'hr', 'it', 'digital', 'brand', 'social', 'media', 'problem', 'web', 'quality', 'supply', 'chain',
  'field', 'service', 'people', 'talent', 'office', 'front', 'back', 'full', 'stack', 'technical', 'legal', 'finance', 'category',
  'retail', 'visual', 'content', 'community', 'ux', 'ui', 'devops', 'cloud', 'security', 'test', 'research', 'medical', 'clinical',
  'regulatory', 'affairs', 'operations', 'general', 'managing', 'principal', 'scrum', 'delivery', 'payroll', 'credit', 'risk',
  'compliance', 'tax', 'help', 'desk', 'beauty', 'fashion', 'buyer', 'ecommerce', 'commerce', 'growth', 'performance', 'sem', 'seo',
  'recruiting', 'recruitment', 'executive', 'personal', 'shop', 'floor', 'event', 'events', 'travel', 'hotel', 'food', 'beverage',
])

function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word'
}

function capitalised(text: string, t: Token): boolean {
  const c = text.charCodeAt(t.start)
  return c >= 65 && c <= 90
}

/** Whether a line break or a sentence mark stands between token `i - 1` and token `i`. */
function breaksBefore(text: string, tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]
  if (prev === undefined) return true
  if (prev.kind === 'punct' && sentencePunct.has(prev.norm)) return true
  const from = prev.end
  const to = (tokens[i] as Token).start
  for (let p = from; p < to; p++) if (text.charCodeAt(p) === 10) return true
  return false
}

/**
 * The last token of an English role title starting at token `j` ("Recruiter", "Senior Consultant",
 * "problem solver"), or -1. Words before the head must be English title words; an ambiguous head
 * ("account", "lead") needs a capitalised word in the title.
 */
function englishRoleEnd(text: string, tokens: readonly Token[], j: number): number {
  let capital = false
  for (let k = j; k < j + 4; k++) {
    const t = tokens[k]
    if (!isWord(t)) return -1
    if (k > j && (tokens[k - 1] as Token).end !== t.start && text.slice((tokens[k - 1] as Token).end, t.start).trim() !== '' && text.slice((tokens[k - 1] as Token).end, t.start).trim() !== '-') return -1
    capital ||= capitalised(text, t)
    const head = t.norm.endsWith('s') && englishRoleHeads.has(t.norm.slice(0, -1)) ? t.norm.slice(0, -1) : t.norm
    // "azienda leader nel settore", "il leader italiano": a company; "il Team Leader" is a person.
    // "Key Opinion Leader" are the clinicians a company visits, a served group.
    if (head === 'leader' && (k === j || (tokens[k - 1] as Token).norm === 'opinion')) return -1
    if (englishRoleHeads.has(head)) {
      // A longer title may go on ("Account Manager"): the head is the last role word in a row.
      const next = tokens[k + 1]
      if (isWord(next) && englishRoleHeads.has(next.norm) && next.start - t.end <= 1) continue
      if (ambiguousRoleHeads.has(head) && !capital) return -1
      return k
    }
    // A capitalised English-looking word is part of the title ("Healthcare Nutrition Advisor").
    if (!englishModifiers.has(t.norm) && !(capitalised(text, t) && asciiWord.test(text.slice(t.start, t.end)))) return -1
  }
  return -1
}

const asciiWord = /^[A-Za-z]+$/

/** Whether another form of the same noun, or a feminine determiner, stands next to a determiner–noun phrase joined by "e"/"o"/"/" (a doublet). */
function doubletAround(tokens: readonly Token[], first: number, last: number, noun: string, feminine: string): boolean {
  const matches = (t: Token | undefined) => t !== undefined && t.kind === 'word' && (t.norm === feminine || t.norm === noun)
  const after = tokens[last + 1]
  if (after !== undefined && joiners.has(after.norm)) for (let k = last + 2; k <= last + 4; k++) if (matches(tokens[k])) return true
  const before = tokens[first - 1]
  if (before !== undefined && joiners.has(before.norm)) {
    // "le e i referenti": the feminine determiner right before the joiner.
    if (feminineDeterminers.has(tokens[first - 2]?.norm ?? '')) return true
    for (let k = first - 2; k >= first - 4 && k >= 0; k--) if (matches(tokens[k])) return true
  }
  return false
}

const searchWords = new Set(['cercasi', 'cerchiamo', 'ricerchiamo', 'selezioniamo', 'ricercasi', 'assumiamo', 'cerca', 'ricerca', 'seleziona', 'cercando', 'ricercando', 'selezionando', 'assume'])

/** Whether token `i` follows a search verb ("cerchiamo una", "siamo alla ricerca di una"). */
function afterSearchWords(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]?.norm ?? ''
  if (searchWords.has(prev)) return true
  return prev === 'di' && searchWords.has(tokens[i - 2]?.norm ?? '')
}

/** Whether "candidati" at token `i` is the imperative of "candidarsi" ("Candidati!", "Se ti interessa, candidati", "**Candidati ora**"). */
function imperative(text: string, tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]
  const next = tokens[i + 1]
  if (prev === undefined || prev.kind === 'punct' || boundaryWords.has(prev.norm) || breaksBefore(text, tokens, i)) return true
  return next === undefined || next.norm === '!' || next.norm === 'ora' || next.norm === 'subito' || next.norm === 'adesso'
}

/** Whether a collective agreement is named in the three tokens before token `i` ("CCNL per i dipendenti …"). */
function agreementName(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= i - 3 && k >= 0; k--) {
    const norm = (tokens[k] as Token).norm
    if (norm === 'ccnl' || norm === 'collettivo') return true
  }
  return false
}

/** The slash form of a masculine plural and its feminine ("colleghi/e"), or the doublet when the endings differ more. */
function slashOrDoublet(masculine: string, feminine: string): string {
  if (masculine === feminine) return masculine
  let p = 0
  while (p < masculine.length && masculine[p] === feminine[p]) p++
  const tail = feminine.slice(p)
  return tail.length <= 2 ? `${masculine}/${tail}` : `${masculine} e ${feminine}`
}

function masculineGenerics(input: ItalianReviewInput, out: ReviewCandidate[], flagged: Uint8Array): void {
  const { text, tokens } = input
  const plural = (start: number, end: number, suggestion: string, alternative: string | undefined) => {
    out.push({
      category: 'masculine-generic',
      severity: 'warning',
      start,
      end,
      message: reviewMessage('masculine-generic-plural', 'it'),
      suggestion: alternative !== undefined ? `${suggestion} (oppure: ${alternative})` : suggestion,
      reference: referencesIt.gender,
      replacement: suggestion,
    })
  }
  let lastPlural = -10
  // The end of a quoted agreement name ("CCNL per i lavoratori addetti all'industria"): nothing in it is flagged.
  let quotedUntil = -1
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token
    if (tok.kind !== 'word') continue
    // "cerchiamo una Receptionist", "alla ricerca di un'assistente": a feminine article makes the sought role feminine only.
    if ((tok.norm === 'una' || (tok.norm === 'un' && tokens[i + 1]?.norm === "'")) && afterSearchWords(tokens, i)) {
      let j = tok.norm === 'un' ? i + 2 : i + 1
      while (j < i + 4 && (tokens[j]?.norm === '*' || tokens[j]?.norm === '_')) j++
      const noun = tokens[j]
      if (isWord(noun)) {
        const feminineNoun = singularRoleNouns.get(noun.norm)
        const roleEnd = feminineNoun === noun.norm ? j : feminineNoun === undefined ? englishRoleEnd(text, tokens, j) : -1
        if (roleEnd >= 0 && !input.locallyInclusive(roleEnd) && !input.locallyInclusive(i) && tokens[i + 1]?.norm !== '/') {
          const end = (tokens[roleEnd] as Token).end
          const suggestion = `un/una${text.slice(tok.norm === 'un' ? (tokens[i + 1] as Token).end : tok.end, end).replace(/^(?=\S)/, ' ')}`
          out.push({
            category: 'gendered-title',
            severity: 'warning',
            start: tok.start,
            end,
            message: reviewMessage('gendered-title', 'it'),
            suggestion,
            reference: referencesIt.gender,
            replacement: matchCase(text.slice(tok.start, tok.end), suggestion),
          })
          for (let k = i; k <= roleEnd; k++) flagged[k] = 2
          i = roleEnd
          continue
        }
      }
    }
    const pluralDeterminer = masculinePluralDeterminers.get(tok.norm)
    const singularDeterminer = pluralDeterminer === undefined ? masculineSingularDeterminers.get(tok.norm) : undefined
    if (pluralDeterminer !== undefined || singularDeterminer !== undefined) {
      const next = tokens[i + 1]
      // "i/le", "un/a", "il/la": already both.
      if (next === undefined || next.norm === '/' || next.norm === "'") continue
      if (joiners.has(next.norm) && feminineDeterminers.has(tokens[i + 2]?.norm ?? '')) continue
      let j = i + 1
      // Markdown bold between the article and the title ("un **Tecnico**").
      while (j < i + 3 && (tokens[j]?.norm === '*' || tokens[j]?.norm === '_')) j++
      const modifiers: number[] = []
      // Numbers count people only in the plural ("i nostri 300 dipendenti"; "nel 1986 leader" is a year).
      while (j < i + 4 && tokens[j] !== undefined && (((tokens[j] as Token).kind === 'number' && pluralDeterminer !== undefined) || masculineModifiers.has((tokens[j] as Token).norm))) modifiers.push(j++)
      const noun = tokens[j]
      if (!isWord(noun)) continue
      if (pluralDeterminer !== undefined) {
        const entry = servedPeople.has(noun.norm) || thingNext.has(tokens[j + 1]?.norm ?? '') ? undefined : workplacePlurals.get(noun.norm)
        const roleEnd = entry === undefined ? englishRoleEnd(text, tokens, j) : j
        if (roleEnd < 0) continue
        const feminineNoun = entry?.feminine ?? noun.norm
        if (input.locallyInclusive(roleEnd) || doubletAround(tokens, i, roleEnd, noun.norm, feminineNoun)) {
          // Already a doublet: its noun is not looked at again as a bare plural.
          for (let k = i; k <= roleEnd; k++) flagged[k] = 2
          continue
        }
        // The feminine phrase: determiner, modifiers and noun, the English title as written.
        let feminine = pluralDeterminer
        for (const m of modifiers) feminine += ` ${masculineModifiers.get((tokens[m] as Token).norm) ?? text.slice((tokens[m] as Token).start, (tokens[m] as Token).end)}`
        feminine += ` ${entry !== undefined && entry.feminine !== noun.norm ? entry.feminine : text.slice(noun.start, (tokens[roleEnd] as Token).end)}`
        // "CCNL per i lavoratori addetti all'industria": the legal name of a collective agreement is quoted, not written.
        if (agreementName(tokens, i)) {
          quotedUntil = roleEnd + 4
          continue
        }
        const original = text.slice(tok.start, (tokens[roleEnd] as Token).end)
        const upper = original === original.toUpperCase() && original !== original.toLowerCase()
        plural(tok.start, (tokens[roleEnd] as Token).end, `${original} ${upper ? 'E' : 'e'} ${upper ? feminine.toUpperCase() : feminine}`, entry?.epicene)
        for (let k = i; k <= roleEnd; k++) flagged[k] = 1
        lastPlural = roleEnd
        i = roleEnd
        continue
      }
      // A masculine singular article before an epicene or English role noun ("un Recruiter", "il tuo referente").
      const prev = tokens[i - 1]
      if (prev !== undefined && joiners.has(prev.norm) && feminineDeterminers.has(tokens[i - 2]?.norm ?? '')) continue
      const feminineNoun = singularRoleNouns.get(noun.norm)
      const roleEnd = feminineNoun === undefined ? englishRoleEnd(text, tokens, j) : j
      if (roleEnd < 0 || input.isTitle(noun.norm)) continue
      const after = tokens[roleEnd + 1]
      if (after !== undefined && (legalRoleNext.has(after.norm) || legalRoleNext.has(tokens[roleEnd + 2]?.norm ?? ''))) continue
      if (input.locallyInclusive(roleEnd) || doubletAround(tokens, i, roleEnd, noun.norm, feminineNoun ?? noun.norm)) continue
      const end = (tokens[roleEnd] as Token).end
      let suggestion: string
      if (feminineNoun === undefined || feminineNoun === noun.norm) {
        // Epicene: the article shows both ("un/una Recruiter", "il tuo/la tua referente").
        suggestion = matchCase(text.slice(tok.start, tok.end), singularDeterminer as string)
        let at = tok.end
        for (const m of modifiers) {
          const mod = tokens[m] as Token
          const f = masculineModifiers.get(mod.norm)
          suggestion += text.slice(at, mod.start) + (f !== undefined && f !== mod.norm ? `${text.slice(mod.start, mod.end)}/${f}` : text.slice(mod.start, mod.end))
          at = mod.end
        }
        suggestion += text.slice(at, end)
      } else {
        let feminine = feminineSingular.get(tok.norm) ?? 'la'
        for (const m of modifiers) feminine += ` ${masculineModifiers.get((tokens[m] as Token).norm) ?? (tokens[m] as Token).norm}`
        suggestion = `${text.slice(tok.start, end)} o ${feminine} ${feminineNoun}`
      }
      out.push({
        category: 'masculine-generic',
        severity: 'warning',
        start: tok.start,
        end,
        message: reviewMessage('masculine-generic-article', 'it'),
        suggestion,
        reference: referencesIt.gender,
        replacement: suggestion,
      })
      // A singular person: its adjectives need the split form too ("un tecnico o una tecnica specializzato/a").
      for (let k = i; k <= roleEnd; k++) flagged[k] = 3
      i = roleEnd
      continue
    }
    // A bare masculine plural ("rivolto a neolaureati", "Ragazzi volenterosi", "da ingegneri, tecnici e progettisti").
    const entry = workplacePlurals.get(tok.norm)
    if (entry === undefined || flagged[i] !== 0 || i <= quotedUntil || thingNext.has(tokens[i + 1]?.norm ?? '')) continue
    const prev = tokens[i - 1]
    const conjoined = prev !== undefined && (prev.norm === ',' || prev.norm === 'e' || prev.norm === 'o') && lastPlural === i - 2
    if (!entry.bare && !conjoined) continue
    if (entry.feminine === tok.norm) continue
    if (tok.norm === 'candidati' && imperative(text, tokens, i)) continue
    if (prev !== undefined && (feminineDeterminers.has(prev.norm) || prev.norm === "'")) continue
    // "subcontraenti impiegati nelle attività", "assunti presso": a participle, not a noun.
    if (participles.has(tok.norm) && participleNext.has(tokens[i + 1]?.norm ?? '')) continue
    if (input.locallyInclusive(i)) continue
    const form = slashOrDoublet(tok.norm, entry.feminine)
    plural(tok.start, tok.end, matchCase(text.slice(tok.start, tok.end), form), entry.epicene)
    flagged[i] = 1
    lastPlural = i
  }
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
  for (const stem of [...regularStems, ...personNounStems, 'affiancat', 'seguit', 'guidat', 'accompagnat', 'valorizzat', 'supportat', 'invitat', 'responsabilizzat', 'stranier', 'benvenut']) {
    put(`${stem}o`, `${stem}o/a`)
    put(`${stem}a`, `${stem}o/a`)
    const plural = stem.endsWith('i') ? stem : `${stem}i`
    put(plural, `${plural}/e`)
    put(`${stem}e`, `${plural}/e`)
  }
  for (const [f, m] of irregularPairs) if (f !== m) {
    put(f, splitTitle(m, f))
    put(m, splitTitle(m, f))
  }
  return map
})()
const personStems = new Set(personNounStems)
const copulas = new Set(['sono', 'saranno', 'verranno', 'vengono', 'siano', 'risultano', 'devono', 'dovranno', 'essere', 'sara', 'verra', 'viene', 'deve', 'dovra', 'risulta', 'sia'])
const chainWords = new Set(['e', 'ed', ',', 'molto', 'gia', 'anche', 'particolarmente', 'davvero', 'possibilmente', 'preferibilmente', 'ben', 'e/o', '/', 'o', 'sempre', 'piu', 'fin', 'da', 'subito'])
const searchVerbs = new Set(['cercasi', 'cerchiamo', 'ricerchiamo', 'selezioniamo', 'ricercasi', 'assumiamo', 'cerca', 'ricerca', 'seleziona'])
const bulletChars = new Set(['-', '•', '*', '–', '·', '▪', '>'])

function isPersonNoun(norm: string): boolean {
  for (const stem of personStems) if (norm.length === stem.length + 1 && norm.startsWith(stem)) return true
  return false
}

function isPersonOnly(norm: string): boolean {
  for (const stem of personOnlyStems) if (norm.length === stem.length + 1 && norm.startsWith(stem)) return true
  return false
}

function isLineFirst(text: string, tokens: readonly Token[], i: number): boolean {
  let t = i - 1
  while (t >= 0 && (tokens[t] as Token).kind === 'punct' && bulletChars.has((tokens[t] as Token).norm)) t--
  const from = t >= 0 ? (tokens[t] as Token).end : 0
  const to = (tokens[i] as Token).start
  let newline = t < 0
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p)
    if (c === 10) newline = true
    else if (c !== 32 && c !== 9 && c !== 13 && c !== 0xa0 && !bulletChars.has(text[p] as string)) return false
  }
  return newline
}

/**
 * One-gender adjectives and participles addressed to the reader ("sarai coinvolto", "ti terremo
 * aggiornato") or describing the candidate ("il candidato ideale è automunito"), person-only forms
 * anywhere ("automunita") unless they agree with "persona", "figura", "risorsa" or "personale".
 */
function addresses(input: ItalianReviewInput, out: ReviewCandidate[], flagged: Uint8Array): void {
  const { text, tokens } = input
  let window = 0
  // The ending a form needs to agree with what opened the window ('' any): after "al Responsabile" a
  // masculine singular, after "i lavoratori saranno" a masculine plural ("La risorsa, riportando al
  // Responsabile, sarà coinvolta" agrees with "la risorsa").
  let ending = ''
  let subject = 0
  let lastHead = -100
  let lastGeneric = -100
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token
    const prev = tokens[i - 1]
    if (breaksBefore(text, tokens, i)) {
      window = 0
      subject = 0
      lastHead = -100
    }
    if (flagged[i] === 3) {
      window = 4
      ending = 'o'
      continue
    }
    if (flagged[i] === 1) {
      lastGeneric = i
      // A masculine generic noun: its attributes are rewritten with it ("dai colleghi più esperti"); its
      // predicates after a copula are not ("i lavoratori saranno assunti").
      subject = 3
      window = 0
      continue
    }
    if (subject > 0) {
      subject--
      if (copulas.has(tok.norm)) {
        window = 4
        ending = 'i'
      }
    }
    if (tok.kind === 'word' && agreementHeads.has(tok.norm)) {
      lastHead = i
      window = 0
      continue
    }
    // A title word after an auxiliary is a participle ("sarai impiegato"); elsewhere the title rule reports it.
    const entry = tok.kind === 'word' && (!input.isTitle(tok.norm) || auxiliaries.has(prev?.norm ?? '')) ? addressWords.get(tok.norm) : undefined
    const guard = nounGuards[tok.norm]
    const guarded = guard !== undefined && ((prev && guard.prev?.includes(prev.norm)) || guard.next?.includes(tokens[i + 1]?.norm ?? ''))
    if (tok.norm === 'candidati' && imperative(text, tokens, i)) continue
    const personNoun = entry !== undefined && isPersonNoun(tok.norm)
    const personOnly = entry !== undefined && isPersonOnly(tok.norm) && i - lastHead > 6 && i - lastGeneric > 2
    const afterSearch = prev !== undefined && (searchVerbs.has(prev.norm) || (['un', 'una', 'uno'].includes(prev.norm) && searchVerbs.has(tokens[i - 2]?.norm ?? '')))
    const inWindow = window > 0 && (ending === '' || tok.norm.endsWith(ending))
    if (entry && !guarded && (personNoun || personOnly || inWindow || afterSearch || isLineFirst(text, tokens, i))) {
      if (input.locallyInclusive(i)) {
        // "le candidate e i candidati selezionati": the phrase is a doublet, its agreement follows it.
        window = 0
        continue
      }
      {
        out.push({
          category: 'gendered-address',
          severity: 'warning',
          start: tok.start,
          end: tok.end,
          message: reviewMessage('gendered-address', 'it'),
          suggestion: entry.split,
          reference: referencesIt.gender,
          replacement: matchCase(text.slice(tok.start, tok.end), entry.split),
        })
      }
      // "il profilo del candidato verrà inserito": the predicate agrees with "profilo".
      window = personNoun && i - lastHead === 2 ? 0 : 4
      continue
    }
    if (readerTriggers.has(tok.norm) || addressTriggers.has(tok.norm)) {
      window = tok.norm === 'anche' ? Math.max(window, 1) : 4
      ending = ''
    }
    else if (chainWords.has(tok.norm) || (tok.kind === 'word' && tok.norm.length > 6 && tok.norm.endsWith('mente'))) {
      if (window > 0) window = Math.max(window, 2)
    } else if (window > 0) window--
  }
}

const youthWords = new Set(['giovane', 'giovani', 'giovanissimo', 'giovanissima', 'giovanissimi', 'giovanissime'])
const nativeDigital = /\bnativ[oaie] digital[ei]\b/giu

/** Age-coded wording: "giovane", "giovani" describing the workplace or the people sought, "nativi digitali" (D.Lgs. 216/2003). */
function ageCoded(input: ItalianReviewInput, out: ReviewCandidate[]): void {
  const { text, tokens } = input
  const push = (start: number, end: number, suggestion: string, edit: ReviewCandidate['edit']) =>
    out.push({
      category: 'age-coded',
      severity: 'warning',
      start,
      end,
      message: reviewMessage('age-coded', 'it'),
      suggestion,
      reference: referencesIt.age,
      ...(edit !== undefined ? { edit } : {}),
    })
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token
    if (tok.kind !== 'word' || !youthWords.has(tok.norm)) continue
    if (youthNames.has(tokens[i - 1]?.norm ?? '')) continue
    if (input.insideRequirement(tok.start, tok.end)) continue
    const next = tokens[i + 1]
    const after = tokens[i + 2]
    let end = tok.end
    if (next !== undefined && (next.norm === 'e' || next.norm === 'ed') && isWord(after) && after.norm.startsWith('dinamic')) end = after.end
    // The edit removes the word with one joiner: "giovane e dinamico" → "dinamico", "un'azienda giovane, in crescita" → "un'azienda in crescita".
    let editStart = tok.start
    let editEnd = tok.end
    if (next !== undefined && (next.norm === 'e' || next.norm === 'ed' || next.norm === ',') && isWord(after)) editEnd = after.start
    else if (isWord(next) && next.start > tok.end) editEnd = next.start
    else {
      const before = tokens[i - 1]
      if (before !== undefined && (before.norm === 'e' || before.norm === ',') && tokens[i - 2] !== undefined) editStart = (tokens[i - 2] as Token).end
      else while (editStart > 0 && text[editStart - 1] === ' ') editStart--
    }
    push(tok.start, end, 'Togli il riferimento all’età (per esempio «un ambiente dinamico»).', { start: editStart, end: editEnd, replacement: '' })
  }
  for (const m of text.matchAll(nativeDigital)) {
    if (input.insideRequirement(m.index, m.index + m[0].length)) continue
    const replacement = 'persone a proprio agio con il digitale'
    push(m.index, m.index + m[0].length, replacement, { start: m.index, end: m.index + m[0].length, replacement })
  }
}

import { foldKey, type Language, type Token } from '@incontro/core'
import type { AnnotateOptions, Taxonomy } from '@incontro/taxonomy'
import { annotateTokens } from './annotate-tokens.js'
import { isAllCaps, isCapitalised, matchCase, onlySpaces, removalSpan, tokensWith, trigger, type ScrubContext } from './context.js'
import {
  englishGenderedTitles,
  englishTeamWords,
  entries,
  italianStewardForms,
  englishPronouns,
  genderedOrganisationWords,
  honorificAbbreviations,
  honorificSuffixes,
  honorificWords,
  italianNeutralPronoun,
  italianTeamNouns,
  italianPronouns,
  notNounAfterHer,
  weakHonorifics,
} from './cue-words.js'
import { namePriority, type Candidate } from './edits.js'
import { excludedForms, irregularPairs, italianArticles, nounGuards, regularStems } from './gendered-lexicon.js'
import { extraGenderedStems } from './cue-words.js'

const honorificPriority = 65
const titlePriority = 45
const wordPriority = 35

/** One honorific found in a text: its token range and the capitalised words after it (a name). */
export interface HonorificMatch {
  /** Index of the honorific's first token. */
  first: number
  /** Index after the honorific's last token. */
  end: number
  /** Tokens of up to three capitalised words right after the honorific, on the same line. */
  name: Token[]
}

const honorificScans = new WeakMap<ScrubContext, HonorificMatch[]>()

/** The honorifics of a text ("Sig.ra", "Dott.", "Mrs"), each with the name after it; computed once per context. */
export function findHonorifics(context: ScrubContext): HonorificMatch[] {
  const cached = honorificScans.get(context)
  if (cached) return cached
  const { text, tokens } = context
  const out: HonorificMatch[] = []
  let next = 0
  for (const i of tokensWith(context, honorificStarts)) {
    if (i < next) continue
    const end = honorificEnd(text, tokens, i)
    if (end < 0) continue
    const name: Token[] = []
    let t = end
    while (t < end + 3) {
      const word = tokens[t]
      if (!word || word.kind !== 'word' || !isCapitalised(text, word) || !onlySpaces(text, (tokens[t - 1] as Token).end, word.start)) break
      if (honorificEnd(text, tokens, t) >= 0) break
      name.push(word)
      t++
    }
    out.push({ first: i, end, name })
    next = end
  }
  honorificScans.set(context, out)
  return out
}

/** Words an honorific can start with. */
const honorificStarts = trigger([...honorificAbbreviations, ...honorificWords])

/** The index after the honorific starting at token `i`, or -1. */
function honorificEnd(text: string, tokens: readonly Token[], i: number): number {
  const tok = tokens[i] as Token
  if (tok.kind !== 'word') return -1
  let end = i + 1
  let dotted = false
  if (honorificAbbreviations.has(tok.norm) && tokens[i + 1]?.norm === '.' && tokens[i + 1]?.start === tok.end) {
    dotted = true
    end = i + 2
    const suffix = tokens[i + 2]
    if (suffix && suffix.start === (tokens[i + 1] as Token).end && honorificSuffixes.has(suffix.norm)) {
      end = i + 3
      if (tokens[i + 3]?.norm === '.' && tokens[i + 3]?.start === suffix.end) end = i + 4
    }
  } else if (!honorificWords.has(tok.norm)) return -1
  const next = tokens[end]
  const nextIsName = next !== undefined && next.kind === 'word' && isCapitalised(text, next) && onlySpaces(text, (tokens[end - 1] as Token).end, next.start)
  if (!dotted && (!nextIsName || (weakHonorifics.has(tok.norm) && isAllCaps(text, tok)))) return -1
  // A one-letter abbreviation ("D.ssa", "P.") needs its suffix.
  if (tok.norm.length === 1 && end < i + 3) return -1
  return end
}

/**
 * Italian articles and articulated prepositions before an honorific, with the neutral form that
 * replaces them once the honorific is gone ("della Sig.ra Rossi" / "del Sig. Rossi" → "di [NAME]").
 */
const articlesBeforeHonorific: ReadonlyMap<string, string> = entries({
  la: '', il: '', lo: '', l: '',
  della: 'di', del: 'di', dello: 'di', dell: 'di',
  alla: 'a', al: 'a', allo: 'a', all: 'a',
  dalla: 'da', dal: 'da', dallo: 'da', dall: 'da',
  nella: 'in', nel: 'in', nello: 'in', nell: 'in',
  sulla: 'su', sul: 'su', sullo: 'su', sull: 'su',
  colla: 'con', col: 'con',
})

/**
 * Honorifics ("Sig.ra", "Dott.", "Mrs") removed with their space, and a gendered article or
 * articulated preposition right before them neutralized; capitalised words after them are names.
 */
export function detectHonorifics(context: ScrubContext): Candidate[] {
  const { text, tokens } = context
  const out: Candidate[] = []
  for (const { first, end, name } of findHonorifics(context)) {
    const tok = tokens[first] as Token
    const span = removalSpan(text, tok.start, (tokens[end - 1] as Token).end)
    const article = articleBeforeHonorific(text, tokens, first)
    if (article) {
      const neutral = articlesBeforeHonorific.get(article.norm) as string
      const original = text.slice(article.start, article.wordEnd)
      out.push({ start: article.start, end: span.end, replacement: neutral === '' ? '' : `${matchCase(original, neutral)}${article.elided ? ' ' : text.slice(article.wordEnd, tok.start)}`, category: 'honorific', priority: honorificPriority })
    } else {
      // Properties written out, not spread: `{ ...span, more }` takes a slow path in V8 (about a microsecond each).
      out.push({ start: span.start, end: span.end, replacement: '', category: 'honorific', priority: honorificPriority })
    }
    // The words after an honorific are a name the parser may have missed.
    for (const word of name) out.push({ start: word.start, end: word.end, replacement: '[NAME]', category: 'name', priority: namePriority - 1 })
  }
  return out
}

/** The article or articulated preposition right before the honorific at token `i` ("della ", "dell'"). */
function articleBeforeHonorific(text: string, tokens: readonly Token[], i: number): { start: number; wordEnd: number; norm: string; elided: boolean } | undefined {
  const tok = tokens[i] as Token
  const prev = tokens[i - 1]
  if (!prev) return undefined
  if ((prev.norm === "'" || prev.norm === '’') && prev.end === tok.start) {
    const word = tokens[i - 2]
    if (word && word.end === prev.start && word.kind === 'word' && articlesBeforeHonorific.has(word.norm)) {
      return { start: word.start, wordEnd: word.end, norm: word.norm, elided: true }
    }
    return undefined
  }
  if (prev.kind === 'word' && articlesBeforeHonorific.has(prev.norm) && prev.end < tok.start && onlySpaces(text, prev.end, tok.start)) {
    return { start: prev.start, wordEnd: prev.end, norm: prev.norm, elided: false }
  }
  return undefined
}

/** Third-person pronouns and possessives → Italian "ləi", English "they/them/their/theirs/themself". */
export function detectPronouns(context: ScrubContext): Candidate[] {
  const { text, tokens } = context
  const out: Candidate[] = []
  let next = 0
  for (const i of tokensWith(context, pronounWords)) {
    if (i < next) continue
    const tok = tokens[i] as Token
    if (tok.kind !== 'word') continue
    let neutral: string | undefined
    if (italianPronouns.has(tok.norm)) neutral = italianNeutralPronoun
    else if (tok.norm === 'his' || tok.norm === 'her' || tok.norm === 'him') {
      // "her" pairs with "his" (possessive) and with "him" (object), so all three are decided by the
      // same rule on what follows, which is identical in both variants: before a noun-like word →
      // "their"; otherwise "his" → "theirs" (like "hers"), "her"/"him" → "them". A single line break
      // is looked past ("confirm her\nskills"), a blank line is not; a sentence end is a punctuation token.
      // Before a word in `notNounAfterHer` all three become "them" (so "his very first" and "her very
      // first" stay identical); only with nothing after them in the clause does "his" become "theirs".
      const next = tokens[i + 1]
      const adjacent = next !== undefined && atMostOneNewline(text, tok.end, next.start) && next.kind !== 'punct'
      const beforeNoun = adjacent && (next.kind === 'number' || !notNounAfterHer.has(next.norm))
      neutral = beforeNoun ? 'their' : adjacent || tok.norm !== 'his' ? 'them' : 'theirs'
    } else neutral = englishPronouns.get(tok.norm)
    if (neutral === undefined) continue
    // "She is" / "He is" → "They are": the verb agrees with the neutral pronoun.
    const verb = tokens[i + 1]
    const agreed = (tok.norm === 'she' || tok.norm === 'he') && verb !== undefined && onlySpaces(text, tok.end, verb.start) ? pluralVerbs.get(verb.norm) : undefined
    if (agreed !== undefined && verb !== undefined) {
      out.push({ start: tok.start, end: verb.end, replacement: `${matchCase(text.slice(tok.start, tok.end), neutral)}${text.slice(tok.end, verb.start)}${matchCase(text.slice(verb.start, verb.end), agreed)}`, category: 'pronoun', priority: wordPriority })
      next = i + 2
      continue
    }
    out.push({ start: tok.start, end: tok.end, replacement: matchCase(text.slice(tok.start, tok.end), neutral), category: 'pronoun', priority: wordPriority })
  }
  return out
}

/** Every word {@link detectPronouns} replaces. */
const pronounWords = trigger([...italianPronouns, 'his', 'her', 'him', ...englishPronouns.keys()])

/** Third-person singular verbs and their plural, after "they". */
const pluralVerbs: ReadonlyMap<string, string> = entries({ is: 'are', has: 'have', was: 'were', does: 'do', wasn: 'weren', isn: 'aren', hasn: 'haven', doesn: 'don' })

/** Whether the gap between two tokens holds at most one line break (only whitespace lies between tokens). */
function atMostOneNewline(text: string, from: number, to: number): boolean {
  let breaks = 0
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10 && ++breaks > 1) return false
  return true
}

interface LexiconEntry {
  neutral: string
  /** Feminine or masculine form (plural forms are Italian only). */
  plural: boolean
  /** Whether the form is a noun that takes an article ("una ragazza"). */
  noun: boolean
}

const nounStems = new Set(['ragazz', 'impiegat', 'addett', 'candidat', 'volontari', 'operai', 'segretari', 'commess', 'cuoc', 'sart', 'fornai', 'maestr', 'ausiliari', 'bidell', 'portinai', 'laureat', 'diplomat', 'neolaureat', 'neodiplomat', 'laureand', 'diplomand', 'espert'])

const lexicon: ReadonlyMap<string, LexiconEntry> = (() => {
  const map = new Map<string, LexiconEntry>()
  const put = (form: string, entry: LexiconEntry) => {
    if (!excludedForms.has(form) && !map.has(form)) map.set(form, entry)
  }
  for (const stem of [...regularStems, ...extraGenderedStems]) {
    const noun = nounStems.has(stem)
    put(`${stem}a`, { neutral: `${stem}ə`, plural: false, noun })
    put(`${stem}o`, { neutral: `${stem}ə`, plural: false, noun })
    put(`${stem}e`, { neutral: `${stem}ɜ`, plural: true, noun })
    put(stem.endsWith('i') ? stem : `${stem}i`, { neutral: `${stem}ɜ`, plural: true, noun })
  }
  for (const [feminine, masculine, neutral] of irregularPairs) {
    if (feminine === masculine) continue
    const plural = neutral.endsWith('ɜ')
    put(feminine, { neutral, plural, noun: true })
    put(masculine, { neutral, plural, noun: true })
  }
  return map
})()
const lexiconWords = trigger(lexicon.keys())

/** Italian gendered words of self-description → one schwa form; an article right before a gendered noun is dropped. */
export function detectGenderedWords(context: ScrubContext): Candidate[] {
  const { text, tokens, language } = context
  const out: Candidate[] = []
  for (const i of tokensWith(context, lexiconWords)) {
    const tok = tokens[i] as Token
    if (tok.kind !== 'word') continue
    const entry = lexicon.get(tok.norm)
    if (!entry || (entry.plural && language !== 'it')) continue
    const guard = nounGuards[tok.norm]
    const prev = tokens[i - 1]
    const next = tokens[i + 1]
    if (guard && ((prev && guard.prev?.includes(prev.norm)) || (next && guard.next?.includes(next.norm)))) continue
    let start = tok.start
    if (entry.noun) {
      const article = articleBefore(text, tokens, i)
      if (article) start = article.start
    }
    out.push({ start, end: tok.end, replacement: matchCase(text.slice(tok.start, tok.end), entry.neutral), category: 'gendered-word', priority: wordPriority })
  }
  return out
}

/** Words after which an Italian adjective or participle describes the writer ("sono", "mi considero"). */
const predicateTriggers = new Set(['sono', 'ero', 'saro', 'sarei', 'fossi', 'e', 'era', 'sara', 'sarebbe', 'considero', 'ritengo', 'definisco', 'reputo', 'descrivo', 'sentirmi', 'sento'])
const predicateTrigger = trigger(predicateTriggers)
/** Adverbs and conjunctions that may stand inside a chain of predicate adjectives ("sono molto precisa e attenta"). */
const predicateLinks = new Set(['e', 'ed', 'molto', 'assai', 'particolarmente', 'estremamente', 'davvero', 'sempre', 'anche', 'abbastanza', 'piuttosto', 'tanto', 'piu', 'nonche', 'oltre', 'che', 'ma', 'inoltre', 'spesso', 'oggi', 'ormai', 'gia', 'non'])
const maxChain = 6
/** Function words ending in -a/-o that end a chain (articulated prepositions, demonstratives, adverbs). */
const predicateStops = new Set([
  'della', 'dello', 'alla', 'allo', 'dalla', 'dallo', 'nella', 'nello', 'sulla', 'sullo', 'colla', 'questa', 'questo',
  'quella', 'quello', 'codesta', 'codesto', 'ciascuna', 'ciascuno', 'nessuna', 'nessuno', 'alcuna', 'alcuno', 'tutta',
  'tutto', 'ogni', 'dopo', 'senza', 'sopra', 'sotto', 'verso', 'presso', 'circa', 'ancora', 'solo', 'soltanto',
  'proprio', 'poco', 'troppo', 'quanto', 'come', 'dunque', 'quindi', 'ovvero', 'ossia', 'oppure', 'neppure',
  'nemmeno', 'mica', 'certo', 'forse', 'subito', 'fino', 'lungo', 'contro', 'dentro', 'fuori', 'accanto', 'intorno',
  'insieme', 'qualcosa', 'niente', 'nulla', 'altro', 'altra', 'stessa', 'stesso', 'entrambe', 'entrambi',
])

/**
 * Predicate agreement: in Italian, an adjective or participle right after "sono", "è", "mi considero" …
 * agrees with the writer's gender ("sono riflessiva" / "sono riflessivo"). Every -a/-o word in that position
 * (and in a chain joined by "e", commas and adverbs) gets the schwa form, whether or not the lexicon knows
 * it; an article or a preposition ends the chain ("sono una persona precisa" agrees with "persona", the same
 * in both variants). Weaker than the lexicon and every redaction, which win where they overlap.
 */
export function detectPredicateAgreement(context: ScrubContext): Candidate[] {
  const { text, tokens, language } = context
  if (language !== 'it') return []
  const out: Candidate[] = []
  for (const i of tokensWith(context, predicateTrigger)) {
    const trigger = tokens[i] as Token
    if (trigger.kind !== 'word' || !predicateTriggers.has(trigger.norm)) continue
    // "è" folds to "e": only the accented verb triggers, never the conjunction.
    if (trigger.norm === 'e' && text.slice(trigger.start, trigger.end).toLowerCase() !== 'è') continue
    let previous = trigger
    for (let j = i + 1, seen = 0; j < tokens.length && seen < maxChain; j++, seen++) {
      const tok = tokens[j] as Token
      // A line wrapped by a PDF or a mail client ("è⏎entrata", "impiegata⏎amministrativa"): one line break
      // before a lowercase word continues the chain; a blank line or a capitalised word ends it.
      if (lineBreaks(text, previous.end, tok.start) > (tok.kind === 'word' && !isCapitalised(text, tok) ? 1 : 0)) break
      if (tok.kind === 'punct') {
        if (tok.norm !== ',') break
        previous = tok
        continue
      }
      if (tok.kind !== 'word') break
      if (predicateLinks.has(tok.norm)) {
        previous = tok
        continue
      }
      const word = tok.norm
      if (predicateStops.has(word)) break
      if (word.length >= 4 && /^[a-z]+$/.test(word) && (word.endsWith('a') || word.endsWith('o')) && !italianArticles.has(word)) {
        const neutral = word.endsWith('trice') ? `${word.slice(0, -5)}torə` : word.endsWith('tore') ? `${word.slice(0, -4)}torə` : `${word.slice(0, -1)}ə`
        out.push({ start: tok.start, end: tok.end, replacement: matchCase(text.slice(tok.start, tok.end), neutral), category: 'gendered-word', priority: wordPriority - 3 })
        previous = tok
        continue
      }
      // An epicene adjective ("affidabile", "paziente") continues the chain unchanged; anything else ends it.
      if (word.length >= 5 && /(?:[aeio]le|[ae]nte|ce|re)$/.test(word)) {
        previous = tok
        continue
      }
      break
    }
  }
  return out
}

/** The number of line feeds in `[from, to)`. */
function lineBreaks(text: string, from: number, to: number): number {
  let n = 0
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) n++
  return n
}

/**
 * Italian elided "un'" before a word ("un'assistente") is the feminine of "un assistente": it becomes
 * "un " so that epicene nouns read the same for both genders (gendered nouns are handled with their
 * article by `detectGenderedWords`, which wins over this weaker edit).
 */
export function detectElidedArticles(context: ScrubContext): Candidate[] {
  const { text, tokens, language } = context
  if (language !== 'it') return []
  const out: Candidate[] = []
  for (const i of tokensWith(context, elidedArticle)) {
    if (i + 2 >= tokens.length) break
    const article = tokens[i] as Token
    const apostrophe = tokens[i + 1] as Token
    const word = tokens[i + 2] as Token
    if (article.norm !== 'un' || (apostrophe.norm !== "'" && apostrophe.norm !== '’')) continue
    if (article.end !== apostrophe.start || apostrophe.end !== word.start || word.kind !== 'word') continue
    out.push({ start: article.start, end: apostrophe.end, replacement: `${text.slice(article.start, article.end)} `, category: 'gendered-word', priority: wordPriority - 5 })
  }
  return out
}

const elidedArticle = trigger(['un'])

/** The Italian article right before token `i` ("una ", "l'", "un'"), as a token span, if any. */
function articleBefore(text: string, tokens: readonly Token[], i: number): { start: number } | undefined {
  const tok = tokens[i] as Token
  const prev = tokens[i - 1]
  if (!prev) return undefined
  if ((prev.norm === "'" || prev.norm === '’') && prev.end === tok.start) {
    const article = tokens[i - 2]
    if (article && article.end === prev.start && (article.norm === 'l' || article.norm === 'un')) return { start: article.start }
    return undefined
  }
  if (prev.kind === 'word' && italianArticles.has(prev.norm) && prev.norm !== 'l' && onlySpaces(text, prev.end, tok.start)) return { start: prev.start }
  return undefined
}

/** "squadra femminile", "women's college": the gender word is removed. */
export function detectGenderedOrganisations(context: ScrubContext): Candidate[] {
  const { text, tokens } = context
  const out: Candidate[] = []
  for (const i of tokensWith(context, organisationStarts)) {
    const tok = tokens[i] as Token
    if ((tok.norm === 'female' || tok.norm === 'male') && tok.kind === 'word') {
      // "female football team", "male choir": only before a team or school noun (maybe after a sport word).
      const next = tokens[i + 1]
      const after = tokens[i + 2]
      if (next && (englishTeamWords.has(next.norm) || (after && englishTeamWords.has(after.norm) && englishTeamWords.has(next.norm)))) {
        const span = removalSpan(text, tok.start, tok.end)
        out.push({ start: span.start, end: span.end, replacement: '', category: 'gendered-organisation', priority: wordPriority })
      }
      continue
    }
    if (!genderedOrganisationWords.has(tok.norm)) continue
    if (context.keepTopicNouns === true && isTopicUse(tokens, i)) continue
    let end = tok.end
    if (englishOrganisationWords.has(tok.norm)) {
      // Only the possessive form names an organisation ("women's team", "girls' school").
      const apostrophe = tokens[i + 1]
      if (!apostrophe || (apostrophe.norm !== "'" && apostrophe.norm !== '’') || apostrophe.start !== tok.end) continue
      end = apostrophe.end
      const s = tokens[i + 2]
      if (s && s.norm === 's' && s.start === apostrophe.end) end = s.end
    }
    const span = removalSpan(text, tok.start, end)
    out.push({ start: span.start, end: span.end, replacement: '', category: 'gendered-organisation', priority: wordPriority })
  }
  return out
}

/**
 * Whether a gender word names a topic rather than a team or an organisation ("salute femminile", "women's
 * health"; not "squadra femminile", "women's team"), for the keep policy of topic nouns.
 */
function isTopicUse(tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i] as Token
  if (englishOrganisationWords.has(tok.norm)) {
    const noun = tokens[i + 1]?.norm === "'" || tokens[i + 1]?.norm === '’' ? (tokens[i + 2]?.norm === 's' ? tokens[i + 3] : tokens[i + 2]) : undefined
    return noun !== undefined && noun.kind === 'word' && !englishTeamWords.has(noun.norm)
  }
  const prev = tokens[i - 1]
  return prev !== undefined && prev.kind === 'word' && !italianTeamNouns.has(prev.norm) && !englishTeamWords.has(prev.norm)
}

const organisationStarts = trigger(['female', 'male', ...genderedOrganisationWords])
/** The English words of {@link genderedOrganisationWords}: they name an organisation only as a possessive. */
const englishOrganisationWords: ReadonlySet<string> = new Set(['women', 'men', 'girls', 'boys', 'ladies', 'gentlemen'])

const splitSuffix = /^(?:\s*\/\s*(?:a|e|essa|trice|ssa|ora|ice|i|o)\b|\s*\(\s*[mfhw]\s*\/\s*[mfhw]\s*\)|\s+[mf]\s*\/\s*[mf]\b)/i
const englishArticles = new Set(['a', 'an', 'the'])

/**
 * Gendered job titles: occupation mentions whose text is not a neutral or preferred label are
 * replaced by the neutral title; English gendered titles without a concept use a built-in list.
 */
export function detectGenderedTitles(context: ScrubContext): Candidate[] {
  const { text, tokens, taxonomy, annotator } = context
  const out: Candidate[] = []
  // The label found for each concept and surface text, made once per pair in this text (a title repeats:
  // "cameriera" on every line of a generated text folds and searches the labels once).
  const labels = new Map<string, TitleLabel | null>()
  for (const mention of annotateTokens(annotator, text, occupationsOnly, tokens)) {
    const concept = taxonomy.get(mention.concept)
    if (!concept) continue
    const surface = text.slice(mention.start, mention.end)
    const key = `${mention.concept}\u0000${surface}`
    let found = labels.get(key)
    if (found === undefined) {
      found = labelWithSurface(concept, foldKey(surface), context.language) ?? null
      labels.set(key, found)
    }
    const exact = found ?? undefined
    // Decided on the surface text, not on the mention's role: a text equal to a neutral or preferred
    // label stays; anything else (gendered, inflected, alternative) becomes the neutral title.
    if (exact && (exact.role === 'neutral' || exact.role === 'preferred')) {
      // An epicene title keeps its text, but its article carries gender ("una barista" / "un barista"):
      // it is dropped, as with gendered titles.
      const i = tokenIndexAt(tokens, mention.start)
      const article = i >= 0 ? articleBefore(text, tokens, i) : undefined
      const start = article?.start ?? mention.start
      out.push({ start, end: mention.end, replacement: surface, category: 'gendered-title', priority: titlePriority })
      continue
    }
    if (!exact && mention.role === 'neutral') continue
    const lang: Language = exact?.lang ?? context.language
    const neutral = taxonomy.neutralTitle(mention.concept, lang)
    out.push(withArticleAndSuffix(context, mention.start, mention.end, matchCase(surface, neutral)))
  }
  for (const i of tokensWith(context, listedTitles)) {
    const tok = tokens[i] as Token
    // The list decides over the taxonomy's alternative labels, so both genders of a pair meet in one title.
    const neutral = context.language === 'it' ? (italianStewardForms.get(tok.norm) ?? englishGenderedTitles.get(tok.norm)) : englishGenderedTitles.get(tok.norm)
    if (neutral === undefined || tok.kind !== 'word') continue
    out.push(withArticleAndSuffix(context, tok.start, tok.end, matchCase(text.slice(tok.start, tok.end), neutral), titlePriority + 1))
  }
  return out
}

/** Annotator options of {@link detectGenderedTitles}, built once and frozen (shared by every call). */
const occupationsOnly: AnnotateOptions = Object.freeze({ kinds: Object.freeze(['occupation'] as const) })

/** Words of the built-in gendered-title lists. */
const listedTitles = trigger([...italianStewardForms.keys(), ...englishGenderedTitles.keys()])

type TitleConcept = NonNullable<ReturnType<Taxonomy['get']>>
type TitleLabel = TitleConcept['labels'][number]

/** Folded label keys of each concept, computed once per concept object (labels are immutable data). */
const foldedLabels = new WeakMap<TitleConcept, readonly string[]>()

/**
 * Among the concept's labels whose folded text equals `surface`, a neutral or preferred one wins
 * ("software developer" is also an Italian alternative label of the concept whose English preferred
 * label it is); then one in the CV's language; then the first.
 */
function labelWithSurface(concept: TitleConcept, surface: string, language: Language): TitleLabel | undefined {
  let keys = foldedLabels.get(concept)
  if (keys === undefined) {
    keys = concept.labels.map((l) => foldKey(l.text))
    foldedLabels.set(concept, keys)
  }
  let first: TitleLabel | undefined
  let inLanguage: TitleLabel | undefined
  for (let i = 0; i < keys.length; i++) {
    if (keys[i] !== surface) continue
    const label = concept.labels[i] as TitleLabel
    if (label.role === 'neutral' || label.role === 'preferred') return label
    if (first === undefined) first = label
    if (inLanguage === undefined && label.lang === language) inLanguage = label
  }
  return inLanguage ?? first
}

/** The gendered-title edit of `[start, end)`, widened over an article before it and a split suffix after it ("cameriere/a"). */
function withArticleAndSuffix(context: ScrubContext, start: number, end: number, replacement: string, priority = titlePriority): Candidate {
  const { text, tokens } = context
  const suffix = splitSuffix.exec(text.slice(end, end + 12))
  const newEnd = suffix ? end + suffix[0].length : end
  let newStart = start
  const i = tokenIndexAt(tokens, start)
  if (i >= 0) {
    const article = articleBefore(text, tokens, i)
    const prev = tokens[i - 1]
    if (article) newStart = article.start
    else if (prev && englishArticles.has(prev.norm) && onlySpaces(text, prev.end, start) && (prev.norm === 'a' || prev.norm === 'an')) {
      // "a waitress" / "an actress": the English article must agree with the neutral title.
      const article = /^[aeiou]/i.test(replacement) ? 'an' : 'a'
      return { start: prev.start, end: newEnd, replacement: `${matchCase(text.slice(prev.start, prev.end), article)} ${replacement}`, category: 'gendered-title', priority }
    }
  }
  return { start: newStart, end: newEnd, replacement, category: 'gendered-title', priority }
}

function tokenIndexAt(tokens: readonly Token[], start: number): number {
  let lo = 0
  let hi = tokens.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const s = (tokens[mid] as Token).start
    if (s === start) return mid
    if (s < start) lo = mid + 1
    else hi = mid - 1
  }
  return -1
}

import { cefrRank } from '@incontro/core'
import type {
  ComponentName,
  Evidence,
  ItemCredit,
  MatchResult,
  NeutralProfile,
  NeutralVacancy,
  RequirementSource,
  ScoreComponent,
} from '@incontro/core'
import { genericSkillIds, type Taxonomy } from '@incontro/taxonomy'
import type { CreditSources } from './credit-sources.js'
import { bm25Idf, bm25Tf, BM25_K1, forEachTerm, forEachWord, stemLanguageOf, termOfWord } from './lexical.js'
import { bestLanguage, componentOrder, heldEqfLevel, levelCredit, resolveWeights } from './score-components.js'

/** Dense numbers for concept ids, so that scoring indexes arrays instead of hashing strings. */
export interface ConceptNumbers {
  /** The number of a concept if it has one. */
  find(concept: string): number | undefined
  /** The concept of a number. */
  idOf(number: number): string
  /** How many numbers are assigned (numbers are 0 … size − 1). */
  readonly size: number
}

/** What scoring reads of a profile, compacted once when the profile is stored (see {@link createScoreInputs}). */
export interface ScoreInput {
  /** Numbers of the concepts held (claims and occupations of experiences), without repetition. */
  readonly held: readonly number[]
  /** Per held concept, the share of credit it gives: 1, or {@link HOBBY_CREDIT} when only a hobby line states it. */
  readonly strength: readonly number[]
  /** Numbers of held concepts without any evidence (they do not prove a licence); almost always empty. */
  readonly unevidenced: readonly number[]
  /** Licence codes listed by the profile, trimmed and upper-cased. */
  readonly licences: readonly string[]
  /** The best CEFR rank per language code spoken. */
  readonly languages: readonly { readonly code: string; readonly rank: number }[]
  readonly eqfLevel: number | undefined
  readonly experienceMonths: number
  /** Per experience: the number of its occupation (−1 when not coded) … */
  readonly occupations: readonly number[]
  /** … and its months (0 when unknown). */
  readonly occupationMonths: readonly number[]
  /** Numbers of the occupations the profile states as its objective. */
  readonly targets: readonly number[]
  /** Lexical terms of the neutral text: ids in increasing order, with their counts and the text's number of terms. */
  readonly terms: Uint32Array
  readonly counts: Uint16Array
  readonly length: number
}

/**
 * Makes {@link ScoreInput}s, numbering their concepts and terms, and keeps the population statistics
 * scoring weighs concepts and words by (how many stored profiles hold each concept and use each word).
 * Plans must use the same instance.
 */
export interface ScoreInputs {
  readonly numbers: ConceptNumbers
  inputOf(profile: NeutralProfile): ScoreInput
  /** Counts a stored profile into the population statistics. */
  add(input: ScoreInput): void
  /** Takes a stored profile out of the population statistics. */
  remove(input: ScoreInput): void
  /** Number of profiles counted. */
  readonly profiles: number
  /** How many counted profiles hold the concept with this number. */
  conceptFrequency(number: number): number
  /** The id of a lexical term, if any counted or scored text had it. */
  termId(term: string): number | undefined
  /** How many counted profiles use the term with this id. */
  termFrequency(id: number): number
  /** Sum of the counted profiles' numbers of terms (an integer, so the average does not depend on order). */
  readonly totalLength: number
  /** The persisted form (numbering and statistics), for `saveMatcherRecords`. */
  snapshot(): ScoreInputsSnapshot
}

/** The persisted form of {@link ScoreInputs}: concept and term numbering with their frequencies. */
export interface ScoreInputsSnapshot {
  concepts: string[]
  terms: string[]
  conceptDf: Int32Array
  termDf: Int32Array
  profiles: number
  totalLength: number
}

const none: readonly never[] = []
const noTerms = new Uint32Array(0)
const noCounts = new Uint16Array(0)

/** Share of credit a concept gives when the CV states it only among hobbies and interests. */
export const HOBBY_CREDIT = 0.3

/** Folded words whose term ids a {@link ScoreInputs} memoizes, per stem language, before starting over. */
const WORD_MEMO_LIMIT = 1 << 18

/** Sections whose mentions state a competence only as a pastime. */
const hobbySections: ReadonlySet<string> = new Set(['interests'])

function growInt32(array: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  if (size <= array.length) return array
  const grown = new Int32Array(Math.max(size, array.length * 2, 64))
  grown.set(array)
  return grown
}

/**
 * Creates a maker of score inputs with empty population statistics. Inputs are small (a few hundred
 * bytes of concepts plus the text's distinct terms) because the lists most profiles share (languages
 * with levels, licences) are stored once and shared.
 */
export function createScoreInputs(restored?: ScoreInputsSnapshot): ScoreInputs {
  const numbers = new Map<string, number>()
  const ids: string[] = []
  const numberOf = (concept: string): number => {
    let number = numbers.get(concept)
    if (number === undefined) {
      number = numbers.size
      numbers.set(concept, number)
      ids.push(concept)
    }
    return number
  }
  const termIds = new Map<string, number>()
  const termIdOf = (term: string): number => {
    let id = termIds.get(term)
    if (id === undefined) {
      id = termIds.size
      termIds.set(term, id)
    }
    return id
  }
  let scratch: Int32Array<ArrayBuffer> = new Int32Array(64)
  const touched: number[] = []
  // Term id of each folded word seen, per stem language (−1: not a term); bounded like the stemmer's memo.
  const wordIds = { it: new Map<string, number>(), en: new Map<string, number>() }
  let conceptDf: Int32Array<ArrayBuffer> = new Int32Array(64)
  let termDf: Int32Array<ArrayBuffer> = new Int32Array(64)
  let profiles = 0
  let totalLength = 0
  if (restored !== undefined) {
    for (const concept of restored.concepts) numberOf(concept)
    for (const term of restored.terms) termIdOf(term)
    conceptDf = growInt32(conceptDf, numbers.size)
    conceptDf.set(restored.conceptDf.subarray(0, numbers.size))
    termDf = growInt32(termDf, termIds.size)
    termDf.set(restored.termDf.subarray(0, termIds.size))
    profiles = restored.profiles
    totalLength = restored.totalLength
  }
  const shared = new Map<string, readonly unknown[]>()
  const share = <T>(key: string, make: () => readonly T[]): readonly T[] => {
    let list = shared.get(key) as readonly T[] | undefined
    if (list === undefined) {
      list = Object.freeze(make())
      shared.set(key, list)
    }
    return list
  }
  const count = (input: ScoreInput, step: 1 | -1): void => {
    conceptDf = growInt32(conceptDf, numbers.size)
    termDf = growInt32(termDf, termIds.size)
    for (const number of input.held) conceptDf[number] = (conceptDf[number] as number) + step
    for (const id of input.terms) termDf[id] = (termDf[id] as number) + step
    profiles += step
    totalLength += step * input.length
  }
  return {
    numbers: {
      find: (concept) => numbers.get(concept),
      idOf: (number) => ids[number] as string,
      get size() {
        return numbers.size
      },
    },
    inputOf(profile) {
      const evidence = new Map<string, { count: number; strength: number }>()
      const hold = (concept: string, count: number, strength: number): void => {
        const known = evidence.get(concept)
        if (known === undefined) evidence.set(concept, { count, strength })
        else {
          known.count += count
          if (strength > known.strength) known.strength = strength
        }
      }
      for (const claim of profile.claims) {
        let hobbyOnly = claim.evidence.length > 0
        for (const e of claim.evidence) {
          if (e.section === undefined || !hobbySections.has(e.section)) {
            hobbyOnly = false
            break
          }
        }
        hold(claim.concept, claim.evidence.length, hobbyOnly ? HOBBY_CREDIT : 1)
      }
      const occupations: number[] = []
      const occupationMonths: number[] = []
      for (const experience of profile.experiences) {
        if (experience.occupation !== undefined) hold(experience.occupation, 1, 1)
        occupations.push(experience.occupation === undefined ? -1 : numberOf(experience.occupation))
        occupationMonths.push(experience.months ?? 0)
      }
      const held: number[] = []
      const strength: number[] = []
      let unevidenced: number[] | undefined
      for (const [concept, { count, strength: share }] of evidence) {
        const number = numberOf(concept)
        held.push(number)
        strength.push(share)
        if (count === 0) (unevidenced ??= []).push(number)
      }
      // The best CEFR rank per language code, codes in order of first mention.
      const ranks = new Map<string, number>()
      for (const spoken of profile.languages) {
        const rank = cefrRank(spoken.level)
        const known = ranks.get(spoken.code)
        if (known === undefined || rank > known) ranks.set(spoken.code, rank)
      }
      const languages: { code: string; rank: number }[] = []
      for (const [code, rank] of ranks) languages.push({ code, rank })
      const licences = profile.licences.map((code) => code.trim().toUpperCase())
      // Term counts in a scratch array indexed by term id (no map per profile): the ids touched, sorted.
      // Each folded word's term id is memoized, so a word seen before costs one lookup (no stemmer memo).
      const stemLanguage = stemLanguageOf(profile.language)
      const memo = wordIds[stemLanguage]
      let length = 0
      touched.length = 0
      forEachWord(profile.text, (norm) => {
        let id = memo.get(norm)
        if (id === undefined) {
          const term = termOfWord(norm, stemLanguage)
          id = term === null ? -1 : termIdOf(term)
          if (memo.size >= WORD_MEMO_LIMIT) memo.clear()
          memo.set(norm, id)
        }
        if (id < 0) return
        if (id >= scratch.length) scratch = growInt32(scratch, id + 1)
        if (scratch[id] === 0) touched.push(id)
        scratch[id] = (scratch[id] as number) + 1
        length++
      })
      const distinct = touched.length
      let terms = noTerms
      let counts = noCounts
      if (distinct > 0) {
        // A typed array sorts numerically in native code.
        terms = new Uint32Array(distinct)
        for (let i = 0; i < distinct; i++) terms[i] = touched[i] as number
        terms.sort()
        counts = new Uint16Array(distinct)
        for (let i = 0; i < distinct; i++) {
          const id = terms[i] as number
          counts[i] = Math.min(scratch[id] as number, 0xffff)
          scratch[id] = 0
        }
      }
      const targets = profile.targetOccupations === undefined || profile.targetOccupations.length === 0 ? none : [...new Set(profile.targetOccupations)].sort().map(numberOf)
      return {
        held,
        strength,
        unevidenced: unevidenced ?? none,
        licences: licences.length === 0 ? none : share(`licences ${JSON.stringify(licences)}`, () => licences),
        languages: languages.length === 0 ? none : share(`languages ${JSON.stringify(languages)}`, () => languages),
        eqfLevel: heldEqfLevel(profile),
        experienceMonths: profile.experienceMonths,
        occupations: occupations.length === 0 ? none : occupations,
        occupationMonths: occupationMonths.length === 0 ? none : occupationMonths,
        targets,
        terms,
        counts,
        length,
      }
    },
    add: (input) => count(input, 1),
    remove: (input) => count(input, -1),
    get profiles() {
      return profiles
    },
    conceptFrequency: (number) => (number < conceptDf.length ? (conceptDf[number] as number) : 0),
    termId: (term) => termIds.get(term),
    termFrequency: (id) => (id < termDf.length ? (termDf[id] as number) : 0),
    get totalLength() {
      return totalLength
    },
    snapshot: () => ({
      concepts: [...ids],
      terms: [...termIds.keys()],
      conceptDf: conceptDf.slice(0, numbers.size),
      termDf: termDf.slice(0, termIds.size),
      profiles,
      totalLength,
    }),
  }
}

/** How much a required concept weighs by where the ad states it (see `RequirementSource`). */
export const defaultSourceWeights: Readonly<Record<RequirementSource, number>> = Object.freeze({
  requirements: 1,
  title: 1,
  responsibilities: 0.8,
  description: 0.5,
  company: 0.15,
  implied: 0.5,
})

/** How much the words of each part of an ad weigh in the lexical component; parts not listed weigh `other`. */
const sectionTermWeights: Readonly<Record<string, number>> = Object.freeze({
  requirements: 1,
  preferred: 0.7,
  responsibilities: 0.8,
  skills: 0.8,
  experience: 0.8,
  description: 0.5,
  company: 0.1,
  offer: 0,
  other: 0.5,
})

/** Generic competences (communication, teamwork …) weigh this share of a specific one. */
export const GENERIC_WEIGHT = 0.5
/** Roots of the generic (transversal, soft) skills in the built-in taxonomy; their descendants are generic too. */
const genericRoots: ReadonlySet<string> = new Set(['skill.soft-skills'])

/** Occupation fit: an experience in the occupation counts this much at once, the rest grows with its months up to {@link OCCUPATION_FULL_MONTHS}. */
const OCCUPATION_BASE = 0.75
const OCCUPATION_FULL_MONTHS = 24
/** Occupation fit of an occupation only stated as an objective. */
const OBJECTIVE_FIT = 0.8
/** Relatedness of an experience whose occupation is not coded, for the months of experience. */
const UNCODED_RELATEDNESS = 0.25
/** Fit of occupations in the same ISCO-08 unit group (4 digits), minor group (3) and sub-major group (2). */
const iscoFit = [0, 0, 0.2, 0.5, 0.75] as const
/** Heaviest missing words listed in a lexical explanation. */
const LEXICAL_MISSING_SHOWN = 10

/** Options of {@link createScorePlan}. */
export interface ScorePlanOptions {
  taxonomy: Taxonomy
  sources: CreditSources
  /** The inputs (numbers and population statistics) the scored inputs were made with. */
  population: ScoreInputs
  weights?: Partial<Record<ComponentName, number>>
  /** Overrides of {@link defaultSourceWeights}. */
  sourceWeights?: Partial<Record<RequirementSource, number>>
}

/** Scores profiles against one vacancy. */
export interface ScorePlan {
  /** The score, without explanations: exactly `explain(…).score`, bit for bit. */
  score(input: ScoreInput): number
  /**
   * An upper bound of `score(input)` that skips the lexical component (its weight counted in full): a
   * candidate whose bound is below the k-th best score so far cannot enter the top k.
   */
  bound(input: ScoreInput): number
  /** The score without the word component: `bound(input) === partial(input) + lexicalWeight`. */
  partial(input: ScoreInput): number
  /** `score(input)`, bit for bit, from `partial(input)` (only the word component is computed; `input` needs its terms). */
  complete(input: ScoreInput, partial: number): number
  /** The weight of the word component (0 when the vacancy has no words). */
  readonly lexicalWeight: number
  /** Whether `explain(…).unmet` would be non-empty. */
  hasUnmet(input: ScoreInput): boolean
  /** The explained result for a profile and its input. */
  explain(profile: NeutralProfile, input: ScoreInput): MatchResult
  /** What an exact retrieval over concept postings needs to bound every profile's score (computed once). */
  retrieval(): RetrievalPlan
}

/**
 * The score of a plan split for retrieval: `score(input) ≤ Σ over slots of weight × (best credit of a
 * held source) + occupationWeight × (best fit of a held occupation) + floor`, since a credit never
 * exceeds its source's credit, an occupation's value never exceeds its fit, and every other component
 * is at most 1 times its weight.
 */
export interface RetrievalPlan {
  /** Per required concept: its weight in the score, and the concept numbers that give it credit with that credit, best first. */
  readonly slots: readonly { readonly weight: number; readonly sources: Int32Array; readonly credits: Float64Array }[]
  /** The weight of the occupation component (0 when the vacancy names no occupation). */
  readonly occupationWeight: number
  /** The fit of a held occupation with the vacancy's (0 when unrelated). */
  fit(number: number): number
  /** The most the components not reached through postings (experience, languages, education, licences, words) can add. */
  readonly floor: number
}

interface Slot {
  concept: string
  weight: number
  implied: boolean
}

interface QueryTerm {
  term: string
  /** The word as the ad writes it (first occurrence), for explanations. */
  word: string
  id: number
  /** Query weight × idf. */
  mass: number
}

/** The fit of a held occupation with the vacancy's, and the relation that gave it. */
interface Fit {
  value: number
  relation: ItemCredit['relation']
}

function isGeneric(concept: string, taxonomy: Taxonomy): boolean {
  if (genericRoots.has(concept) || genericSkillIds.has(concept)) return true
  for (const ancestor of taxonomy.ancestors(concept)) if (genericRoots.has(ancestor)) return true
  return false
}

function commonPrefix(a: string, b: string): number {
  let n = 0
  while (n < a.length && n < b.length && a[n] === b[n]) n++
  return n
}

/**
 * Fits of held occupations with a vacancy's occupation, per population (whose concept numbers never
 * change) and occupation id: every query for the same occupation reuses them instead of asking the
 * taxonomy again for each occupation the population holds.
 */
const fitCaches = new WeakMap<ScoreInputs, Map<string, Map<number, Fit>>>()
function fitCacheOf(population: ScoreInputs, occupation: string | undefined): Map<number, Fit> {
  if (occupation === undefined) return new Map()
  let byOccupation = fitCaches.get(population)
  if (byOccupation === undefined) {
    byOccupation = new Map()
    fitCaches.set(population, byOccupation)
  }
  let fits = byOccupation.get(occupation)
  if (fits === undefined) {
    fits = new Map()
    byOccupation.set(occupation, fits)
  }
  return fits
}

/** Query words per vacancy object: a stored vacancy is scored against many profiles (`vacanciesFor`). */
const queryCache = new WeakMap<NeutralVacancy, ReadonlyMap<string, { readonly weight: number; readonly word: string }>>()

/** The vacancy's words with their weights: each term weighs the most of the places it stands in (the title weighs 1). */
function queryWeights(vacancy: NeutralVacancy): ReadonlyMap<string, { readonly weight: number; readonly word: string }> {
  const cached = queryCache.get(vacancy)
  if (cached !== undefined) return cached
  const weights = new Map<string, { weight: number; word: string }>()
  const sections = vacancy.sections ?? []
  let at = 0
  const weightAt = (offset: number): number => {
    while (at < sections.length && (sections[at] as { span: { end: number } }).span.end <= offset) at++
    const section = sections[at]
    if (section === undefined || section.span.start > offset) return sectionTermWeights.other as number
    return sectionTermWeights[section.kind] ?? (sectionTermWeights.other as number)
  }
  const visit = (weight: number, text: string) => (term: string, start: number, end: number) => {
    const w = weight < 0 ? weightAt(start) : weight
    const known = weights.get(term)
    if (known === undefined) weights.set(term, { weight: w, word: text.slice(start, end) })
    else if (w > known.weight) known.weight = w
  }
  forEachTerm(vacancy.title, vacancy.language, visit(1, vacancy.title))
  forEachTerm(vacancy.text, vacancy.language, visit(-1, vacancy.text))
  queryCache.set(vacancy, weights)
  return weights
}

/**
 * Compiles a vacancy into a plan that scores a profile with array lookups over its concepts and terms,
 * and explains it with the same arithmetic. Components:
 * - `essential`, `preferred`: the weighted mean of the credit per required concept (1 held, partial
 *   through related concepts, {@link HOBBY_CREDIT} of that when only a hobby line states it); a
 *   concept weighs by where the ad states it ({@link defaultSourceWeights}) × its specificity,
 *   1 + ln((1 + N) / (1 + df)) over the stored profiles, halved for generic competences;
 * - `occupation`: the best fit of the profile's occupations with the vacancy's (same, narrower/broader,
 *   related, same ISCO-08 group), more with months in it; an objective counts less;
 * - `experience`: months in occupations related to the vacancy's against the months asked;
 * - `languages`, `education`, `licences`: levels against CEFR, EQF and licence requirements;
 * - `lexical`: Okapi BM25 of the vacancy's words (weighted by section) over the profile's neutral text,
 *   divided by its largest possible value, so it lies in [0, 1).
 * Only the components the vacancy asks for count; `score` is exactly the sum of their contributions.
 */
export function createScorePlan(vacancy: NeutralVacancy, options: ScorePlanOptions): ScorePlan {
  const { taxonomy, population } = options
  const { numbers } = population
  const sourceWeights = { ...defaultSourceWeights, ...options.sourceWeights }
  const documents = population.profiles
  const specificity = (concept: string): number => {
    const number = numbers.find(concept)
    const frequency = number === undefined ? 0 : population.conceptFrequency(number)
    return (1 + Math.log((1 + documents) / (1 + Math.max(0, frequency)))) * (isGeneric(concept, taxonomy) ? GENERIC_WEIGHT : 1)
  }

  // Required concepts: essential slots first, then preferred, each concept once at its first mention.
  const essential: Slot[] = []
  const preferred: Slot[] = []
  const seen = new Set<string>()
  for (const requirement of vacancy.requirements) {
    if (seen.has(requirement.concept)) continue
    seen.add(requirement.concept)
    const source = requirement.source ?? 'requirements'
    const slot = { concept: requirement.concept, weight: sourceWeights[source] * specificity(requirement.concept), implied: source === 'implied' }
    ;(requirement.importance === 'essential' ? essential : preferred).push(slot)
  }
  const slots = [...essential, ...preferred]
  // Per concept number, a linked list of (slot, credit) entries: head[concept] → next[entry] → …
  const head = new Int32Array(numbers.size).fill(-1)
  const next: number[] = []
  const slotOf: number[] = []
  const creditOf: number[] = []
  slots.forEach((required, slot) => {
    for (const [held, credit] of options.sources(required.concept)) {
      const number = numbers.find(held)
      // A concept without a number is held by no profile seen so far.
      if (number === undefined) continue
      next.push(head[number] as number)
      head[number] = slotOf.length
      slotOf.push(slot)
      creditOf.push(credit)
    }
  })
  const best = new Float64Array(slots.length)
  const bestVia = new Int32Array(slots.length)
  let essentialTotal = 0
  for (const slot of essential) essentialTotal += slot.weight
  let preferredTotal = 0
  for (const slot of preferred) preferredTotal += slot.weight
  const weightedMean = (from: number, to: number, total: number): number => {
    if (total <= 0) return 0
    let sum = 0
    for (let i = from; i < to; i++) sum += (slots[i] as Slot).weight * (best[i] as number)
    return Math.min(1, sum / total)
  }
  const fillBest = (input: ScoreInput): void => {
    best.fill(0)
    bestVia.fill(-1)
    const { held, strength } = input
    for (let i = 0; i < held.length; i++) {
      const concept = held[i] as number
      const share = strength[i] as number
      for (let entry = concept < head.length ? (head[concept] as number) : -1; entry >= 0; entry = next[entry] as number) {
        const slot = slotOf[entry] as number
        const credit = (creditOf[entry] as number) * share
        if (credit > (best[slot] as number)) {
          best[slot] = credit
          bestVia[slot] = concept
        }
      }
    }
  }

  // Occupation fit, memoized per held occupation.
  const occupation = vacancy.occupation
  const occupationIsco = occupation === undefined ? undefined : taxonomy.get(occupation)?.isco
  const fits = fitCacheOf(population, occupation)
  const fitOf = (number: number): Fit => {
    let fit = fits.get(number)
    if (fit !== undefined) return fit
    const held = numbers.idOf(number)
    fit = { value: 0, relation: 'none' }
    if (occupation !== undefined) {
      const similarity = taxonomy.similarity(occupation, held)
      fit = { value: similarity.value, relation: similarity.relation }
      const isco = taxonomy.get(held)?.isco
      if (occupationIsco !== undefined && isco !== undefined && occupationIsco.length === 4 && isco.length === 4) {
        // The same ISCO-08 group sets a floor; a relation the taxonomy states (narrower, broader …) names it.
        const group = iscoFit[commonPrefix(occupationIsco, isco)] ?? 0
        if (group > fit.value) fit = { value: group, relation: fit.value > 0 ? fit.relation : 'group' }
      }
    }
    fits.set(number, fit)
    return fit
  }
  /** The best occupation fit and where it comes from: an experience's index, or −1 − the objective's index. */
  const occupationFit = (input: ScoreInput): { value: number; from: number } => {
    let value = 0
    let from = Number.NaN
    for (let i = 0; i < input.occupations.length; i++) {
      const number = input.occupations[i] as number
      if (number < 0) continue
      const fit = fitOf(number).value
      if (fit <= 0) continue
      const months = input.occupationMonths[i] as number
      const credit = fit * (OCCUPATION_BASE + (1 - OCCUPATION_BASE) * Math.min(1, months / OCCUPATION_FULL_MONTHS))
      if (credit > value) {
        value = credit
        from = i
      }
    }
    for (let i = 0; i < input.targets.length; i++) {
      const credit = fitOf(input.targets[i] as number).value * OBJECTIVE_FIT
      if (credit > value) {
        value = credit
        from = -1 - i
      }
    }
    return { value, from }
  }

  const requiredMonths = vacancy.experienceMonths ?? 0
  /** Months in occupations related to the vacancy's (all months when the vacancy names no occupation). */
  const relatedMonths = (input: ScoreInput): number => {
    if (occupation === undefined) return input.experienceMonths
    let months = 0
    for (let i = 0; i < input.occupations.length; i++) {
      const number = input.occupations[i] as number
      const relatedness = number < 0 ? UNCODED_RELATEDNESS : fitOf(number).value
      months += relatedness * (input.occupationMonths[i] as number)
    }
    return Math.min(months, input.experienceMonths)
  }

  // Lexical query: the ad's terms, in term order, with weight × idf; terms no profile used never match.
  const averageLength = documents > 0 ? population.totalLength / documents : 0
  const query: QueryTerm[] = []
  for (const [term, { weight, word }] of [...queryWeights(vacancy)].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    if (weight <= 0) continue
    const id = population.termId(term)
    const frequency = id === undefined ? 0 : population.termFrequency(id)
    // Words no stored profile uses cannot tell candidates apart; leaving them out keeps the value's
    // scale meaningful (boilerplate like "disponibilità" would otherwise weigh most, being rarest in CVs).
    if (documents > 0 && frequency <= 0) continue
    query.push({ term, word, id: id ?? -1, mass: weight * bm25Idf(documents, Math.max(0, frequency)) })
  }
  let lexicalTotal = 0
  for (const term of query) lexicalTotal += term.mass * (BM25_K1 + 1)
  // The known terms by id, for a merge with a profile's terms (also sorted by id).
  const joinIds = query
    .map((term, slot) => ({ id: term.id, slot }))
    .filter((entry) => entry.id >= 0)
    .sort((a, b) => a.id - b.id)
  const joinId = Uint32Array.from(joinIds, (entry) => entry.id)
  const joinSlot = Uint32Array.from(joinIds, (entry) => entry.slot)
  const tfs = new Float64Array(query.length)
  const fillTfs = (input: ScoreInput): void => {
    tfs.fill(0)
    const { terms, counts } = input
    let i = 0
    let j = 0
    while (i < joinId.length && j < terms.length) {
      const a = joinId[i] as number
      const b = terms[j] as number
      if (a === b) {
        tfs[joinSlot[i] as number] = counts[j] as number
        i++
        j++
      } else if (a < b) i++
      else j++
    }
  }
  const lexicalValue = (input: ScoreInput): number => {
    if (lexicalTotal <= 0) return 0
    fillTfs(input)
    let sum = 0
    for (let slot = 0; slot < query.length; slot++) {
      const tf = tfs[slot] as number
      if (tf > 0) sum += (query[slot] as QueryTerm).mass * bm25Tf(tf, input.length, averageLength)
    }
    return Math.min(1, sum / lexicalTotal)
  }

  const present: ComponentName[] = []
  if (essential.length > 0) present.push('essential')
  if (preferred.length > 0) present.push('preferred')
  if (occupation !== undefined) present.push('occupation')
  if (requiredMonths > 0) present.push('experience')
  if (vacancy.languages.length > 0) present.push('languages')
  if (vacancy.eqfLevel !== undefined) present.push('education')
  if (vacancy.licences.length > 0) present.push('licences')
  if (query.length > 0) present.push('lexical')
  present.sort((a, b) => componentOrder.indexOf(a) - componentOrder.indexOf(b))
  const weights = resolveWeights(options.weights, present)

  const languages = vacancy.languages.map((requirement) => ({ ...requirement, rank: cefrRank(requirement.level) }))
  const licences = vacancy.licences.map((requirement) => {
    const concept = taxonomy.byCode('licence', requirement.code)
    return { ...requirement, normalized: requirement.code.trim().toUpperCase(), concept: concept === undefined ? undefined : numbers.find(concept.id) }
  })
  const languageCredit = (input: ScoreInput, code: string, rank: number): number => {
    for (const spoken of input.languages) if (spoken.code === code) return levelCredit(rank - spoken.rank)
    return 0
  }
  // A licence is held when the profile lists it or holds its concept with some evidence.
  const holdsLicence = (input: ScoreInput, normalized: string, concept: number | undefined): boolean =>
    input.licences.includes(normalized) || (concept !== undefined && input.held.includes(concept) && !input.unevidenced.includes(concept))

  /** Component values; `fillBest` must have run for the concept components. */
  const value = (name: ComponentName, input: ScoreInput): number => {
    switch (name) {
      case 'essential':
        return weightedMean(0, essential.length, essentialTotal)
      case 'preferred':
        return weightedMean(essential.length, slots.length, preferredTotal)
      case 'occupation':
        return occupationFit(input).value
      case 'experience':
        return Math.min(1, relatedMonths(input) / requiredMonths)
      case 'languages': {
        let sum = 0
        for (const requirement of languages) sum += languageCredit(input, requirement.code, requirement.rank)
        return sum / languages.length
      }
      case 'education':
        return levelCredit((vacancy.eqfLevel?.level ?? 0) - (input.eqfLevel ?? 0))
      case 'licences': {
        let sum = 0
        for (const requirement of licences) sum += holdsLicence(input, requirement.normalized, requirement.concept) ? 1 : 0
        return sum / licences.length
      }
      case 'lexical':
        return lexicalValue(input)
    }
  }
  const values = new Float64Array(present.length)
  const scoreValues = (input: ScoreInput): number => {
    fillBest(input)
    let score = 0
    for (let i = 0; i < present.length; i++) {
      const v = value(present[i] as ComponentName, input)
      values[i] = v
      score += (weights[i] as number) * v
    }
    return score
  }

  // Lexical is the last component (componentOrder), so the sum before it is the same partial sum
  // scoreValues forms, and adding its largest weight × 1 bounds the score from above.
  const lexicalSlot = present.indexOf('lexical')
  const lexicalWeight = lexicalSlot < 0 ? 0 : (weights[lexicalSlot] as number)
  const partial = (input: ScoreInput): number => {
    fillBest(input)
    let score = 0
    for (let i = 0; i < present.length; i++) {
      if (i === lexicalSlot) continue
      score += (weights[i] as number) * value(present[i] as ComponentName, input)
    }
    return score
  }
  const bound = (input: ScoreInput): number => partial(input) + lexicalWeight
  // With the word component last, `score` is the partial sum plus its contribution, in that order.
  const lexicalLast = lexicalSlot === present.length - 1
  const complete = (input: ScoreInput, before: number): number =>
    lexicalSlot < 0 ? before : lexicalLast ? before + lexicalWeight * lexicalValue(input) : scoreValues(input)

  const hasUnmet = (input: ScoreInput): boolean => {
    for (const requirement of languages) {
      if (requirement.importance === 'essential' && languageCredit(input, requirement.code, requirement.rank) < 1) return true
    }
    if (vacancy.eqfLevel?.importance === 'essential' && levelCredit(vacancy.eqfLevel.level - (input.eqfLevel ?? 0)) < 1) return true
    for (const requirement of licences) {
      if (requirement.importance === 'essential' && !holdsLicence(input, requirement.normalized, requirement.concept)) return true
    }
    return false
  }

  const explain = (profile: NeutralProfile, input: ScoreInput): MatchResult => {
    const score = scoreValues(input)
    const have = holdings(profile)
    const experienceEvidence = (index: number): Evidence[] => {
      const experience = profile.experiences[index]
      return experience === undefined ? [] : [{ start: experience.span.start, end: experience.span.end, section: 'experience' }]
    }
    const items = (name: ComponentName): ItemCredit[] => {
      switch (name) {
        case 'essential':
        case 'preferred': {
          const from = name === 'essential' ? 0 : essential.length
          const to = name === 'essential' ? essential.length : slots.length
          const list: ItemCredit[] = []
          for (let i = from; i < to; i++) {
            const slot = slots[i] as Slot
            const credit = best[i] as number
            const via = bestVia[i] as number
            const implied = slot.implied ? { implied: true } : {}
            if (credit <= 0 || via < 0) {
              list.push({ required: slot.concept, relation: 'none', credit: 0, evidence: [], ...implied })
              continue
            }
            const viaId = numbers.idOf(via)
            const relation = viaId === slot.concept ? 'exact' : taxonomy.similarity(slot.concept, viaId).relation
            list.push({ required: slot.concept, via: viaId, relation, credit, evidence: [...(have.get(viaId) ?? [])], ...implied })
          }
          return list
        }
        case 'occupation': {
          const required = occupation as string
          const { value: credit, from } = occupationFit(input)
          if (credit <= 0 || Number.isNaN(from)) return [{ required, relation: 'none', credit: 0, evidence: [] }]
          const number = from >= 0 ? (input.occupations[from] as number) : (input.targets[-1 - from] as number)
          const evidence = from >= 0 ? experienceEvidence(from) : []
          return [{ required, via: numbers.idOf(number), relation: fitOf(number).relation, credit, evidence }]
        }
        case 'experience': {
          const months = relatedMonths(input)
          const credit = Math.min(1, months / requiredMonths)
          const evidence: Evidence[] = []
          for (let i = 0; i < input.occupations.length; i++) {
            const number = input.occupations[i] as number
            if (occupation === undefined || (number >= 0 && fitOf(number).value > 0) || number < 0) for (const item of experienceEvidence(i)) evidence.push(item)
          }
          const via = occupation === undefined ? `${Math.round(months)} months` : `${Math.round(months)} months in related occupations`
          return [{ required: `${requiredMonths} months`, via, relation: credit > 0 ? 'level' : 'none', credit, evidence: credit > 0 ? evidence : [] }]
        }
        case 'languages':
          return languages.map((requirement): ItemCredit => {
            const required = `${requirement.code}:${requirement.level}`
            const spoken = bestLanguage(profile, requirement.code)
            const credit = languageCredit(input, requirement.code, requirement.rank)
            if (spoken === undefined) return { required, relation: 'none', credit: 0, evidence: [] }
            return { required, via: `${spoken.code}:${spoken.level}`, relation: 'level', credit, evidence: conceptEvidence(have, taxonomy, 'language', requirement.code) }
          })
        case 'education': {
          const level = vacancy.eqfLevel?.level ?? 0
          const held = input.eqfLevel
          const credit = levelCredit(level - (held ?? 0))
          const evidence: Evidence[] = []
          if (credit > 0) {
            for (const education of profile.education) {
              if (held !== undefined && education.eqfLevel === held) evidence.push({ start: education.span.start, end: education.span.end, section: 'education' })
            }
          }
          return [
            held === undefined
              ? { required: String(level), relation: credit > 0 ? 'level' : 'none', credit, evidence }
              : { required: String(level), via: String(held), relation: credit > 0 ? 'level' : 'none', credit, evidence },
          ]
        }
        case 'licences':
          return licences.map((requirement): ItemCredit =>
            holdsLicence(input, requirement.normalized, requirement.concept)
              ? { required: requirement.code, via: requirement.code, relation: 'exact', credit: 1, evidence: conceptEvidence(have, taxonomy, 'licence', requirement.code) }
              : { required: requirement.code, relation: 'none', credit: 0, evidence: [] },
          )
        case 'lexical': {
          fillTfs(input)
          const wanted = new Set<string>()
          for (let slot = 0; slot < query.length; slot++) if ((tfs[slot] as number) > 0) wanted.add((query[slot] as QueryTerm).term)
          const positions = termPositions(profile, wanted)
          const matched: ItemCredit[] = []
          const missing: { term: QueryTerm; item: ItemCredit }[] = []
          for (let slot = 0; slot < query.length; slot++) {
            const term = query[slot] as QueryTerm
            const tf = tfs[slot] as number
            if (tf > 0) {
              const credit = bm25Tf(tf, input.length, averageLength) / (BM25_K1 + 1)
              matched.push({ required: term.word, via: term.term, relation: 'exact', credit, evidence: (positions.get(term.term) ?? []).slice(0, 3) })
            } else if (term.mass > 0) missing.push({ term, item: { required: term.word, relation: 'none', credit: 0, evidence: [] } })
          }
          missing.sort((a, b) => b.term.mass - a.term.mass || (a.term.term < b.term.term ? -1 : 1))
          return [...matched, ...missing.slice(0, LEXICAL_MISSING_SHOWN).map((entry) => entry.item)]
        }
      }
    }
    const components: ScoreComponent[] = present.map((name, i) => {
      const weight = weights[i] as number
      const v = values[i] as number
      const list = items(name)
      return {
        name,
        weight,
        value: v,
        contribution: weight * v,
        matched: list.filter((item) => item.credit >= 1),
        partial: list.filter((item) => item.credit > 0 && item.credit < 1),
        missing: list.filter((item) => item.credit <= 0),
      }
    })
    const unmet: MatchResult['unmet'] = []
    for (const requirement of languages) {
      if (requirement.importance === 'essential' && languageCredit(input, requirement.code, requirement.rank) < 1) {
        unmet.push({ constraint: 'language', required: `${requirement.code}:${requirement.level}` })
      }
    }
    if (vacancy.eqfLevel?.importance === 'essential' && levelCredit(vacancy.eqfLevel.level - (input.eqfLevel ?? 0)) < 1) {
      unmet.push({ constraint: 'education', required: String(vacancy.eqfLevel.level) })
    }
    for (const requirement of licences) {
      if (requirement.importance === 'essential' && !holdsLicence(input, requirement.normalized, requirement.concept)) {
        unmet.push({ constraint: 'licence', required: requirement.code })
      }
    }
    return { vacancyId: vacancy.id, profileId: profile.id, score, components, unmet }
  }

  let retrievalPlan: RetrievalPlan | undefined
  const retrieval = (): RetrievalPlan => {
    if (retrievalPlan !== undefined) return retrievalPlan
    const weightOf = (name: ComponentName): number => {
      const i = present.indexOf(name)
      return i < 0 ? 0 : (weights[i] as number)
    }
    const slotWeights = slots.map((slot, i) => {
      const total = i < essential.length ? essentialTotal : preferredTotal
      return total <= 0 ? 0 : (weightOf(i < essential.length ? 'essential' : 'preferred') * slot.weight) / total
    })
    let floor = 0
    for (let i = 0; i < present.length; i++) {
      const name = present[i] as ComponentName
      if (name !== 'essential' && name !== 'preferred' && name !== 'occupation') floor += weights[i] as number
    }
    retrievalPlan = {
      slots: slots.map((required, i) => {
        const held: { number: number; credit: number }[] = []
        for (const [concept, credit] of options.sources(required.concept)) {
          const number = numbers.find(concept)
          if (number !== undefined && credit > 0) held.push({ number, credit })
        }
        held.sort((a, b) => b.credit - a.credit || a.number - b.number)
        return { weight: slotWeights[i] as number, sources: Int32Array.from(held, (h) => h.number), credits: Float64Array.from(held, (h) => h.credit) }
      }),
      occupationWeight: weightOf('occupation'),
      fit: (number) => (occupation === undefined ? 0 : fitOf(number).value),
      floor,
    }
    return retrievalPlan
  }

  return { score: scoreValues, bound, partial, complete, lexicalWeight, hasUnmet, explain, retrieval }
}

/** Concepts the profile holds, with the evidence behind each (claims, and occupations of experiences). */
function holdings(profile: NeutralProfile): Map<string, Evidence[]> {
  const have = new Map<string, Evidence[]>()
  const add = (concept: string, evidence: readonly Evidence[]): void => {
    const list = have.get(concept) ?? []
    for (const item of evidence) list.push(item)
    have.set(concept, list)
  }
  for (const claim of profile.claims) add(claim.concept, claim.evidence)
  for (const experience of profile.experiences) {
    if (experience.occupation !== undefined) add(experience.occupation, [{ start: experience.span.start, end: experience.span.end, section: 'experience' }])
  }
  return have
}

function conceptEvidence(have: ReadonlyMap<string, readonly Evidence[]>, taxonomy: Taxonomy, kind: 'language' | 'licence', code: string): Evidence[] {
  const concept = taxonomy.byCode(kind, code)
  return concept === undefined ? [] : [...(have.get(concept.id) ?? [])]
}

/** Where each term stands in the profile's neutral text. */
/** The first three positions of each wanted term in the profile's text (reading stops once all are found). */
function termPositions(profile: NeutralProfile, wanted: ReadonlySet<string>): Map<string, Evidence[]> {
  const positions = new Map<string, Evidence[]>()
  if (wanted.size === 0) return positions
  let complete = 0
  forEachTerm(profile.text, profile.language, (term, start, end) => {
    if (!wanted.has(term)) return false
    const list = positions.get(term)
    if (list === undefined) positions.set(term, [{ start, end }])
    else if (list.length < 3) list.push({ start, end })
    else return false
    if ((positions.get(term) as Evidence[]).length === 3) complete++
    return complete === wanted.size
  })
  return positions
}

import { foldKey, tokenize } from '@incontro/core'
import { occupations as builtinOccupations } from './builtin/occupations.js'
import { bareRoleOccupations, lifeScienceWords, roleNouns, titleDomains, type RoleFamily, type TitleDomain } from './builtin/title-grammar.js'
import { stemEn, stemIt } from './internal/natural.js'
import type { Taxonomy } from './model.js'

/** Options of {@link occupationFromTitle}. */
export interface OccupationFromTitleOptions {
  /** The ad's text (or any text about the job): health, pharma or medical-device words make a sales role medical sales. */
  context?: string
}

/** Words that qualify the role rather than name it ("Senior", "Jr.", "Principal"). */
const seniorityWords: ReadonlySet<string> = new Set(['senior', 'sr', 'snr', 'junior', 'jr', 'principal', 'staff', 'global', 'local', 'regional', 'international', 'country', 'area', 'field', 'associate', 'assistant', 'deputy', 'vice', 'interim', 'temporary', 'experienced', 'esperto', 'esperta', 'i', 'ii', 'iii'])
/** A title naming a domain but no role noun counts when it has at most this many words ("Quality Assurance"). */
const BARE_DOMAIN_WORDS = 4
/** Most letters an inflection adds or removes ("specialist" → "specialists", "tecnico" → "tecnici"). */
const MAX_INFLECTION = 2
/** Words of a title read (a longer "title" is a sentence). */
const MAX_TITLE_WORDS = 24

/** The stemmed key of a folded word: Italian and English Porter stems agree on most plurals ("statistici", "specialists"). */
function keysOf(word: string): string[] {
  if (word.length < 4) return [word]
  const it = stemIt.stem(word)
  const en = stemEn.stem(word)
  return it === en ? [it] : [it, en]
}

interface Grammar {
  /** Phrases by the key of their first word: each phrase's word keys and its domain's index. */
  phrases: Map<string, { keys: readonly string[]; domain: number }[]>
  roles: Map<string, RoleFamily>
}

let grammar: Grammar | undefined

function compiled(): Grammar {
  if (grammar !== undefined) return grammar
  const phrases = new Map<string, { keys: readonly string[]; domain: number }[]>()
  for (const [domain, entry] of titleDomains.entries()) {
    for (const phrase of entry.words) {
      const words = wordsOf(phrase)
      // A phrase matches a title word when any of their keys agree; index it under each key of its first word.
      const first = words[0]
      if (first === undefined) continue
      for (const key of keysOf(first)) {
        const list = phrases.get(key) ?? []
        list.push({ keys: words, domain })
        phrases.set(key, list)
      }
    }
  }
  const roles = new Map<string, RoleFamily>()
  for (const [noun, family] of roleNouns) for (const key of keysOf(noun)) roles.set(key, family)
  grammar = { phrases, roles }
  return grammar
}

function wordsOf(text: string): string[] {
  const out: string[] = []
  for (const token of tokenize(foldKey(text))) {
    if (token.kind === 'word') out.push(token.norm)
    if (out.length >= MAX_TITLE_WORDS) break
  }
  return out
}

function sameWord(titleWord: string, phraseWord: string): boolean {
  if (titleWord === phraseWord) return true
  // A role noun names the role, not the domain, unless spelt alike ("officer" is no "office").
  if (roleNouns.has(titleWord)) return false
  // Stems join inflections ("statistici", "specialists"), not derivations ("production" is no "product").
  if (titleWord.length < 4 || phraseWord.length < 4 || Math.abs(titleWord.length - phraseWord.length) > MAX_INFLECTION) return false
  const keys = keysOf(phraseWord)
  return keysOf(titleWord).some((key) => keys.includes(key))
}

const resolved = new WeakMap<Taxonomy, Map<string, string | undefined>>()

/** The taxonomy's concept for a built-in occupation id: itself, or the concept with the same ESCO URI (an imported ESCO taxonomy). */
function resolve(id: string, taxonomy: Taxonomy): string | undefined {
  if (taxonomy.get(id) !== undefined) return id
  let cache = resolved.get(taxonomy)
  if (cache === undefined) {
    cache = new Map()
    resolved.set(taxonomy, cache)
  }
  if (cache.has(id)) return cache.get(id)
  const uri = builtinOccupations.find((entry) => entry.id === id)?.esco
  const found = uri === undefined ? undefined : taxonomy.byKind('occupation').find((concept) => concept.escoUri === uri)?.id
  cache.set(id, found)
  return found
}

function isLifeScience(context: string | undefined): boolean {
  if (context === undefined) return false
  for (const token of tokenize(foldKey(context.slice(0, 20_000)))) if (token.kind === 'word' && lifeScienceWords.has(token.norm)) return true
  return false
}

/**
 * The occupation a professional job title names by its grammar when no occupation label does: a role noun
 * (manager, specialist, tecnico, stagista …) and a domain of work (quality, regulatory, vendite, clinical
 * …), both matched on their Italian and English Porter stems (`natural`). "Equipment Validation Specialist"
 * is a quality-assurance specialist, "Associate Director, Clinical Operations" a clinical trial manager,
 * "Stage Farmacovigilanza" a pharmacovigilance specialist. The first domain in the grammar's order of
 * precedence decides; the role noun is the title's first word when it leads (Italian "Tecnico …", "Head
 * of …"), else its last. A title without a domain, or a long one naming a domain but no role, names none.
 * Use it after exact labels and {@link fuzzyOccupation}: it is a fallback, not a label.
 *
 * @example
 * occupationFromTitle('Sr. Specialist, Computer System Validation', builtinTaxonomy()) // 'occ.quality-assurance-specialist'
 */
export function occupationFromTitle(title: string, taxonomy: Taxonomy, options: OccupationFromTitleOptions = {}): string | undefined {
  const { phrases, roles } = compiled()
  const words = wordsOf(title)
  if (words.length === 0) return undefined
  // Domains: the longest phrase at each position claims its words ("accounts payable" before "accounts").
  let domain: number | undefined
  const claimed = new Set<number>()
  for (let i = 0; i < words.length; i++) {
    if (claimed.has(i)) continue
    let best: { length: number; domain: number } | undefined
    for (const key of keysOf(words[i] as string)) {
      for (const phrase of phrases.get(key) ?? []) {
        if (i + phrase.keys.length > words.length) continue
        let ok = true
        for (let j = 1; j < phrase.keys.length && ok; j++) ok = sameWord(words[i + j] as string, phrase.keys[j] as string)
        if (!ok || !sameWord(words[i] as string, phrase.keys[0] as string)) continue
        if (best === undefined || phrase.keys.length > best.length || (phrase.keys.length === best.length && phrase.domain < best.domain)) {
          best = { length: phrase.keys.length, domain: phrase.domain }
        }
      }
    }
    if (best === undefined) continue
    for (let j = 0; j < best.length; j++) claimed.add(i + j)
    if (domain === undefined || best.domain < domain) domain = best.domain
  }
  if (domain === undefined) {
    if (words.length > BARE_DOMAIN_WORDS) return undefined
    const bare = words.map((word) => bareRoleOccupations.get(word)).find((id) => id !== undefined)
    return bare === undefined ? undefined : resolve(bare, taxonomy)
  }
  // The role: a trainee word anywhere; else a leading role noun; else the last one.
  let family: RoleFamily | undefined
  let leading: RoleFamily | undefined
  let last: RoleFamily | undefined
  let firstContent = true
  for (const word of words) {
    const role = roles.get(word) ?? keysOf(word).map((key) => roles.get(key)).find((r) => r !== undefined)
    if (role === 'trainee') family = 'trainee'
    if (role !== undefined) {
      if (firstContent && !seniorityWords.has(word)) leading = role
      last = role
    }
    if (!seniorityWords.has(word)) firstContent = false
  }
  family ??= leading ?? last
  if (family === undefined && words.length > BARE_DOMAIN_WORDS) return undefined
  // Workers take the domain's worker occupation, else its assistant or default one.
  const entry = titleDomains[domain] as TitleDomain
  const table = entry.lifeScience !== undefined && isLifeScience(options.context ?? title) ? entry.lifeScience : entry.roles
  const own = family === undefined || family === 'trainee' ? undefined : family === 'worker' ? (table.worker ?? table.default) : table[family]
  const id = own ?? table.default ?? entry.roles.default
  return id === undefined ? undefined : resolve(id, taxonomy)
}

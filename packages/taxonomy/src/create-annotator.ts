import { tokenize, type ConceptKind, type Token } from '@incontro/core'
import { createEdgeTable } from './internal/edge-table.js'
import { breaking, labelKeys, significant, skipped, softInText, stem } from './internal/keys.js'
import type { AnnotateOptions, AnnotatedMention, Annotator, LabelRole, Taxonomy } from './model.js'

/**
 * Phrases in which a word that is a label names no competence: "punto vendita" is a shop, not the skill of
 * selling ("vendita"). The annotator matches them like labels, so no shorter label inside them counts, and
 * reports nothing for them.
 */
const shieldPhrases: readonly string[] = ['punto vendita', 'punti vendita', 'punto di vendita', 'punti di vendita']
/** The kind of a shield phrase's entry (no concept of any taxonomy has it). */
const SHIELD_KIND = '\u0000shield' as ConceptKind

interface Entry {
  concept: string
  kind: ConceptKind
  role: LabelRole
  contextRequired: boolean
  /** Role of each surface form, only when the surface forms reaching this node differ in role. */
  surfaces: Map<string, LabelRole> | undefined
  /** The bit of `kind` (see `kindBit` in `createAnnotator`). */
  kindBit: number
}

/** Words that deny what follows in the same clause ("nessuna esperienza in", "senza patente", "no experience with"). */
const negationCues = new Set(['no', 'non', 'nessun', 'nessuna', 'nessuno', 'senza', 'without', 'never', 'mai', 'not', 'lacking'])
/** Words after a cue that undo it: "non solo … ma anche", "not only … but also". */
const negationUndone = new Set(['solo', 'soltanto', 'only', 'just', 'unicamente'])
/** Words that end the scope of a negation: "nessuna esperienza in SAP ma Excel sì", "no SAP but Excel". */
const negationEnders = new Set(['ma', 'pero', 'tuttavia', 'bensi', 'anche', 'but', 'however', 'yet', 'although', 'also', 'while', 'whereas', 'mentre'])
/** Coordinating conjunctions: a negation carries over one only from a list of concepts ("no SAP or Excel"). */
const conjunctions = new Set(['e', 'ed', 'and', 'o', 'od', 'oppure', 'or', 'ne', 'nor', 'neither'])
const negationWindow = 4
/** Function words a document may skip in one attempt at a label (keeps the walk bounded). */
const maxSoftSkips = 4
/** Slots of an annotator's cache of recent words, minus one (a power of two minus one), and the shift that takes a 32-bit hash to a slot. */
const recentBits = 14
const recentMask = (1 << recentBits) - 1
const recentShift = 32 - recentBits
/** The longest word the cache of recent words keeps. */
const maxRecentLength = 32
/** Kinds get a bit each up to this one, which the rest share. */
const sharedKindShift = 30
const sharedKind = 1 << sharedKindShift

/** Words next to an ambiguous short label that make it a skill ("conoscenza di R", "Excel skills"). */
const skillCues = new Set([
  'conoscenza', 'conoscenze', 'competenza', 'competenze', 'linguaggio', 'linguaggi', 'programmazione', 'sviluppo', 'esperto', 'esperta',
  'skill', 'skills', 'knowledge', 'language', 'languages', 'programming', 'development', 'developer', 'proficient', 'proficiency', 'expert',
])
/** Words next to an ambiguous short label that make it a code, not a skill ("patente C", "category C", "grade C", "C licence"). */
const codeCuesBefore = new Set(['patente', 'categoria', 'category', 'cat', 'grade', 'voto', 'livello', 'level', 'classe', 'class', 'sezione', 'section', 'fascia', 'tipo', 'type'])
const codeCuesAfter = new Set(['licence', 'license', 'licences', 'licenses', 'patente', 'grade'])

const rolePriority: Record<LabelRole, number> = { preferred: 0, neutral: 1, masculine: 2, feminine: 2, alt: 3, abbreviation: 4, misspelling: 5 }
// A split form ("cameriere/a") reduces to the masculine surface once "/a" is dropped: the gendered role wins there.
const surfaceRolePriority: Record<LabelRole, number> = { masculine: 0, feminine: 0, preferred: 1, neutral: 2, alt: 3, abbreviation: 4, misspelling: 5 }

// Key flags of the encoded document.
const BREAK = 1
const NEWLINE = 2
/** A function word: skipped unless a label kept it (see `keptInLabel`). */
const SOFT = 4
/** A coordinating conjunction stood just before this key. */
const AFTER_CONJUNCTION = 8
const CONJUNCTION = 16

// What a word is to the annotator (its cue bits, kept per key in `cues`).
const FUNCTION_WORD = 1
const IS_CONJUNCTION = 2
const NEGATION_CUE = 4
const NEGATION_UNDONE = 8
const NEGATION_ENDER = 16
const SKILL_CUE = 32
const CODE_CUE_BEFORE = 64
const CODE_CUE_AFTER = 128

/** Cue bits of every word that has some: one lookup instead of one per set. */
const cueWords = new Map<string, number>()
for (const [words, bit] of [
  [skipped, FUNCTION_WORD],
  [conjunctions, IS_CONJUNCTION],
  [negationCues, NEGATION_CUE],
  [negationUndone, NEGATION_UNDONE],
  [negationEnders, NEGATION_ENDER],
  [skillCues, SKILL_CUE],
  [codeCuesBefore, CODE_CUE_BEFORE],
  [codeCuesAfter, CODE_CUE_AFTER],
] as const) {
  for (const word of words) cueWords.set(word, (cueWords.get(word) ?? 0) | bit)
}

// What a punctuation token (one code unit) does, by its code: part of a label, or a clause break.
const SIGNIFICANT = 1
const BREAKING = 2
const punctuation = new Uint8Array(0x10000)
for (const char of significant) punctuation[char.charCodeAt(0)] = SIGNIFICANT
for (const char of breaking) punctuation[char.charCodeAt(0)] = BREAKING

/**
 * Builds an annotator over a taxonomy's labels: a token trie on light stems, so matching is
 * case-, accent- and gender-insensitive, tolerant of plurals and of function words, and linear in
 * the length of the text (each start position walks at most the longest label). Longest match wins;
 * labels marked `contextRequired` count only when another skill is mentioned on the same line or a
 * word next to them names a skill ("Excel skills"), and never when a word next to them makes them a
 * code ("patente C", "grade C"). A negation cue denies what follows in its clause, up to a contrast
 * ("ma", "but") or a conjunction that does not continue a list of concepts. It is built once per
 * taxonomy: later calls with the same taxonomy return the same annotator.
 *
 * @example
 * const annotator = createAnnotator(builtinTaxonomy())
 * annotator.annotate('Esperienza come cameriera, ottima conoscenza HACCP')
 */
export function createAnnotator(taxonomy: Taxonomy): Annotator {
  let annotator = built.get(taxonomy)
  if (annotator === undefined) {
    annotator = buildAnnotator(taxonomy)
    built.set(taxonomy, annotator)
  }
  return annotator
}

/**
 * Annotators already built, by taxonomy: a taxonomy is immutable and an annotator gives the same answers
 * whoever calls it, so the parser, the anonymizer and the engine share one instead of building the trie
 * (~0.2 s for the built-in taxonomy) once each, in every process and worker thread.
 */
const built = new WeakMap<Taxonomy, Annotator>()

function buildAnnotator(taxonomy: Taxonomy): Annotator {
  // Keys are interned to integers; the trie is an array of nodes, each a map from key id to node id.
  const vocabulary = new Map<string, number>()
  const children: Map<number, number>[] = [new Map()]
  const entries: (Entry[] | undefined)[] = [undefined]
  const surfaceRoles = new Map<string, LabelRole>()
  const intern = (key: string): number => {
    let id = vocabulary.get(key)
    if (id === undefined) {
      id = vocabulary.size
      vocabulary.set(key, id)
    }
    return id
  }
  /** The trie node of a key sequence, made along the way. */
  const insert = (keys: readonly string[]): number => {
    let node = 0
    for (const key of keys) {
      const id = intern(key)
      const next = children[node] as Map<number, number>
      let child = next.get(id)
      if (child === undefined) {
        child = children.length
        children.push(new Map())
        entries.push(undefined)
        next.set(id, child)
      }
      node = child
    }
    return node
  }
  const nodeSurfaces: { node: number; concept: string; surface: string }[] = []
  for (const concept of taxonomy.all()) {
    for (const label of concept.labels) {
      const keys = labelKeys(label.text)
      if (!keys) continue
      const surface = surfaceOf(label.text)
      const surfaceKey = `${concept.id}\u0000${surface}`
      const known = surfaceRoles.get(surfaceKey)
      if (!known || surfaceRolePriority[label.role] < surfaceRolePriority[known]) surfaceRoles.set(surfaceKey, label.role)
      const node = insert(keys)
      nodeSurfaces.push({ node, concept: concept.id, surface })
      const list = (entries[node] ??= [])
      const existing = list.find((e) => e.concept === concept.id)
      const entry: Entry = { concept: concept.id, kind: concept.kind, role: label.role, contextRequired: label.contextRequired === true, surfaces: undefined, kindBit: 0 }
      if (!existing) list.push(entry)
      else if (rolePriority[entry.role] < rolePriority[existing.role] || (existing.contextRequired && !entry.contextRequired)) {
        existing.role = entry.role
        existing.contextRequired = entry.contextRequired
      }
    }
  }
  // Shield phrases: matched like labels so that no shorter label inside them counts, and reported as nothing.
  for (const phrase of shieldPhrases) {
    const keys = labelKeys(phrase)
    if (!keys) continue
    const node = insert(keys)
    // A label spelt like the phrase wins: the shield only stands where no concept does.
    if (entries[node] === undefined) entries[node] = [{ concept: '', kind: SHIELD_KIND, role: 'alt', contextRequired: false, surfaces: undefined, kindBit: 0 }]
  }
  for (const list of entries) list?.sort((a, b) => (a.concept < b.concept ? -1 : a.concept > b.concept ? 1 : 0))
  // Keep a surface → role table only on entries whose surface forms do not all share the entry's role.
  for (const { node, concept, surface } of nodeSurfaces) {
    const entry = entries[node]?.find((e) => e.concept === concept) as Entry
    const role = surfaceRoles.get(`${concept}\u0000${surface}`) as LabelRole
    if (role !== entry.role || entry.surfaces) (entry.surfaces ??= new Map()).set(surface, role)
  }
  const edges = createEdgeTable(children)
  // The kinds of each node's entries as bits (one per kind of this taxonomy, in order of first sight),
  // so a walk filtered by kind tests one number per node instead of the node's entry list.
  const kindBits = new Map<string, number>()
  const nodeKinds = new Int32Array(children.length)
  // Shield phrases take the first bit, never the one kinds past the 30th share.
  kindBit(SHIELD_KIND)
  for (let node = 0; node < entries.length; node++) {
    const list = entries[node]
    if (!list) continue
    let bits = 0
    for (const entry of list) {
      entry.kindBit = kindBit(entry.kind)
      bits |= entry.kindBit
    }
    nodeKinds[node] = bits
  }
  /** The bit of a kind; kinds past the 30th share the last bit, which `ofKinds` then checks by name. */
  function kindBit(kind: string): number {
    let bit = kindBits.get(kind)
    if (bit === undefined) {
      bit = 1 << Math.min(kindBits.size, sharedKindShift)
      kindBits.set(kind, bit)
    }
    return bit
  }
  /** Every kind of this taxonomy: the filter of a call without `kinds`. */
  let allKinds = 0
  for (const bit of kindBits.values()) allKinds |= bit
  /** The bit of shield phrases, part of every filter. */
  const shieldBit = kindBits.get(SHIELD_KIND) ?? 0

  // Recent words with the id of their stem (-1 when no label has it) and their cue bits, in a
  // direct-mapped cache (a new word replaces the one in its slot): a repeated word costs one string
  // comparison instead of stemming and a dozen set lookups. The slot is a hash of the token's span in
  // the text (its length and three code units), not of the word: reading one flat text is cheaper than
  // reading many small strings, and since a hit needs the cached word to equal the token's, the slot
  // only decides what is cached, never what a word is taken for. Longer words (rare, and often not
  // words at all) are not kept: they go to a scratch slot at the end. The cache holds at most
  // `recentMask + 1` words of at most `maxRecentLength` code units, each a copy (see `detached`).
  const scratch = recentMask + 1
  const recentWords: string[] = new Array(scratch + 1).fill('')
  const recentIds = new Int32Array(scratch + 1).fill(-1)
  const recentCues = new Uint8Array(scratch + 1)
  /** The slot of a word (the norm of the token `text[start, end)`) in the cache of recent words, filled if the word was not there. */
  function recentSlot(norm: string, text: string, start: number, end: number): number {
    let slot = scratch
    if (norm.length <= maxRecentLength) {
      const h = (end - start) * 7919 + text.charCodeAt(start) * 961 + text.charCodeAt(end - 1) * 31 + text.charCodeAt((start + end) >> 1)
      slot = Math.imul(h, 0x9e3779b1) >>> recentShift
      if (recentWords[slot] === norm) return slot
      recentWords[slot] = detached(norm)
    }
    recentIds[slot] = vocabulary.get(stem(norm)) ?? -1
    recentCues[slot] = cueWords.get(norm) ?? 0
    return slot
  }

  // Reused buffers of the encoded document (annotate is synchronous, so one set per annotator is safe).
  let ids = new Int32Array(1024)
  let flags = new Uint8Array(1024)
  let tokenOf = new Int32Array(1024)
  /** Cue bits of each key (0 for punctuation). */
  let cues = new Uint8Array(1024)
  /** At the last key of each mention found so far: 1, or 2 when it is negated. */
  let mentionEnd = new Uint8Array(1024)
  // Of each mention found (at most one per key): its first and last key, its line, whether its label needs a skill context.
  let foundFirst = new Int32Array(1024)
  let foundLast = new Int32Array(1024)
  let foundLine = new Int32Array(1024)
  let foundInContext = new Uint8Array(1024)
  /** 1 for each line with a skill mention that needs no context (a line starts at most at every key). */
  let skillLines = new Uint8Array(1024)

  function encode(text: string, tokens: readonly Token[]): number {
    if (ids.length < tokens.length * 2 + 2) {
      const size = tokens.length * 2 + 2
      ids = new Int32Array(size)
      flags = new Uint8Array(size)
      tokenOf = new Int32Array(size)
      cues = new Uint8Array(size)
      mentionEnd = new Uint8Array(size)
      foundFirst = new Int32Array(size)
      foundLast = new Int32Array(size)
      foundLine = new Int32Array(size)
      foundInContext = new Uint8Array(size)
      skillLines = new Uint8Array(size)
    }
    let n = 0
    let previousEnd = 0
    let pending = 0
    // The first line feed at or after `newlineFrom` (-1: none): `hasNewline(text, previousEnd, start)`
    // is `newlineAt` falling before `start` once it is at or after `previousEnd`, so the gaps between
    // tokens are searched by `indexOf` once per line instead of code unit by code unit.
    let newlineFrom = 0
    let newlineAt = text.indexOf('\n')
    for (let t = 0; t < tokens.length; t++) {
      const token = tokens[t] as Token
      if (previousEnd < newlineFrom || (newlineAt !== -1 && newlineAt < previousEnd)) {
        newlineFrom = previousEnd
        newlineAt = text.indexOf('\n', previousEnd)
      }
      if (n > 0 && newlineAt !== -1 && newlineAt < token.start) {
        ids[n] = -1
        flags[n] = BREAK | NEWLINE
        cues[n] = 0
        tokenOf[n] = t
        n++
        pending = 0
      }
      previousEnd = token.end
      const norm = token.norm
      if (token.kind === 'punct') {
        const effect = norm.length === 1 ? (punctuation[norm.charCodeAt(0)] as number) : 0
        if (effect === SIGNIFICANT) {
          ids[n] = vocabulary.get(norm) ?? -1
          flags[n] = pending
        } else if (effect === BREAKING) {
          ids[n] = -1
          flags[n] = BREAK
        } else continue
        cues[n] = 0
        tokenOf[n] = t
        n++
        pending = 0
        continue
      }
      const slot = recentSlot(norm, text, token.start, token.end)
      const cue = recentCues[slot] as number
      const conjunction = (cue & IS_CONJUNCTION) !== 0
      if (cue & FUNCTION_WORD) {
        if (!softInText(text, token)) {
          if (conjunction) pending = AFTER_CONJUNCTION
          continue
        }
        flags[n] = SOFT | pending | (conjunction ? CONJUNCTION : 0)
      } else {
        flags[n] = pending | (conjunction ? CONJUNCTION : 0)
      }
      ids[n] = recentIds[slot] as number
      cues[n] = cue
      tokenOf[n] = t
      n++
      pending = conjunction ? AFTER_CONJUNCTION : 0
    }
    return n
  }

  // `tokens`, when given, must be `tokenize(text)`: callers that already tokenized the text save a pass.
  function annotate(text: string, options: AnnotateOptions = {}, tokens: readonly Token[] = tokenize(text)): AnnotatedMention[] {
    const kinds = options.kinds
    let mask = allKinds
    let names: ReadonlySet<string> | undefined
    if (kinds) {
      mask = 0
      for (const kind of kinds) mask |= kindBits.get(kind) ?? 0
      if (mask & sharedKind) names = new Set(kinds)
      mask |= shieldBit
    }
    const n = encode(text, tokens)
    mentionEnd.fill(0, 0, n)
    const found: AnnotatedMention[] = []
    let needsContext = false
    let line = 0
    let i = 0
    while (i < n) {
      const flag = flags[i] as number
      if (flag & BREAK) {
        if (flag & NEWLINE) line++
        i++
        continue
      }
      // The first key leaves the root, or no label starts here.
      let node = edges.child(0, ids[i] as number)
      if (node === 0) {
        i++
        continue
      }
      // The deepest node on the walk with an entry of the kinds asked for (its entry is looked up once, after the walk).
      let bestNode = 0
      let bestLast = -1
      if ((nodeKinds[node] as number) & mask && (names === undefined || ofKinds(entries[node] as Entry[], mask, names))) {
        bestNode = node
        bestLast = i
      }
      let softSkips = 0
      for (let j = i + 1; j < n; j++) {
        const f = flags[j] as number
        if (f & BREAK) break
        const child = edges.child(node, ids[j] as number)
        if (child === 0) {
          if (f & SOFT && ++softSkips <= maxSoftSkips) continue
          break
        }
        node = child
        if ((nodeKinds[node] as number) & mask && (names === undefined || ofKinds(entries[node] as Entry[], mask, names))) {
          bestNode = node
          bestLast = j
        }
      }
      const bestEntry = bestNode === 0 ? undefined : ofKinds(entries[bestNode] as Entry[], mask, names)
      if (!bestEntry) {
        i++
        continue
      }
      if (bestEntry.kind === SHIELD_KIND) {
        i = bestLast + 1
        continue
      }
      const m = found.length
      const negated = isNegated(i)
      found.push({
        concept: bestEntry.concept,
        kind: bestEntry.kind,
        start: (tokens[tokenOf[i] as number] as Token).start,
        end: (tokens[tokenOf[bestLast] as number] as Token).end,
        negated,
        // The document's tokens of the match are those of its text: no need to tokenize it again.
        role: bestEntry.surfaces?.get(surfaceOfTokens(tokens, tokenOf[i] as number, (tokenOf[bestLast] as number) + 1)) ?? bestEntry.role,
      })
      foundFirst[m] = i
      foundLast[m] = bestLast
      foundLine[m] = line
      foundInContext[m] = bestEntry.contextRequired ? 1 : 0
      if (bestEntry.contextRequired) needsContext = true
      mentionEnd[bestLast] = negated ? 2 : 1
      i = bestLast + 1
    }
    const includeNegated = options.includeNegated ?? true
    if (!needsContext && includeNegated) return found
    // Lines with a skill mention that needs no context, where labels that need one count.
    skillLines.fill(0, 0, line + 1)
    for (let m = 0; m < found.length; m++) {
      const kind = (found[m] as AnnotatedMention).kind
      if (!foundInContext[m] && (kind === 'skill' || kind === 'knowledge')) skillLines[foundLine[m] as number] = 1
    }
    const mentions: AnnotatedMention[] = []
    for (let m = 0; m < found.length; m++) {
      const mention = found[m] as AnnotatedMention
      if (foundInContext[m] && !inSkillContext(foundFirst[m] as number, foundLast[m] as number, n, skillLines[foundLine[m] as number] === 1)) continue
      if (!includeNegated && mention.negated) continue
      mentions.push(mention)
    }
    return mentions
  }

  /** Cue bits of the nearest content key before `from` (or after, by `step`), skipping function words; 0 at a break. */
  function neighbour(from: number, step: 1 | -1, n: number): number {
    for (let k = from; k >= 0 && k < n; k += step) {
      const f = flags[k] as number
      if (f & BREAK) return 0
      if (f & SOFT) continue
      return cues[k] as number
    }
    return 0
  }

  function inSkillContext(first: number, last: number, n: number, skillLine: boolean): boolean {
    const before = neighbour(first - 1, -1, n)
    const after = neighbour(last + 1, 1, n)
    if (before & CODE_CUE_BEFORE || after & CODE_CUE_AFTER) return false
    return skillLine || ((before | after) & SKILL_CUE) !== 0
  }

  function isNegated(index: number): boolean {
    let seen = 0
    // Set after passing a conjunction: the key before it must end a concept for the negation to carry over.
    let afterConjunction = ((flags[index] as number) & AFTER_CONJUNCTION) !== 0
    for (let k = index - 1; k >= 0 && seen < negationWindow; k--) {
      const f = flags[k] as number
      if (f & BREAK) return false
      if (f & (SOFT | CONJUNCTION)) {
        if (f & AFTER_CONJUNCTION) afterConjunction = true
        continue
      }
      // A list of concepts shares the negation of its first item ("nessuna esperienza di saldatura e verniciatura").
      if (mentionEnd[k]) return mentionEnd[k] === 2
      if (afterConjunction) return false
      afterConjunction = (f & AFTER_CONJUNCTION) !== 0
      const cue = cues[k] as number
      if (cue & NEGATION_CUE) return !(k + 1 < index && (cues[k + 1] as number) & NEGATION_UNDONE)
      if (cue & NEGATION_ENDER) return false
      seen++
    }
    return false
  }

  return { annotate }
}

/**
 * A copy of a string that keeps no larger string alive: V8 represents a slice of 13 or more code units
 * as a view of its parent, and a cached key must not hold a whole document.
 */
function detached(text: string): string {
  return text.length < 13 ? text : text.split('').join('')
}

/** The first entry of one of the kinds (by bit; by name too for kinds sharing the last bit). */
function ofKinds(list: readonly Entry[], mask: number, names: ReadonlySet<string> | undefined): Entry | undefined {
  for (const entry of list) {
    const bit = entry.kindBit
    if (bit & mask && (bit !== sharedKind || names === undefined || names.has(entry.kind))) return entry
  }
  return undefined
}

/** The folded content words of a label or matched text, for the role of the exact surface form. */
function surfaceOf(text: string): string {
  const tokens = tokenize(text)
  return surfaceOfTokens(tokens, 0, tokens.length)
}

/** The surface form of `tokens[from, to)`: their folded words and significant punctuation, without function words. */
function surfaceOfTokens(tokens: readonly Token[], from: number, to: number): string {
  const words: string[] = []
  for (let t = from; t < to; t++) {
    const { kind, norm } = tokens[t] as Token
    if (kind === 'punct' ? significant.has(norm) : !skipped.has(norm)) words.push(norm)
  }
  return words.join(' ')
}

import { tokenize, type ConceptKind, type Token } from '@incontro/core'
import { breaking, hasNewline, labelKeys, significant, skipped, softInText, stem, toKeys } from './internal/keys.js'
import type { AnnotateOptions, AnnotatedMention, Annotator, LabelRole, Taxonomy } from './model.js'

interface Entry {
  concept: string
  kind: ConceptKind
  role: LabelRole
  contextRequired: boolean
  /** Role of each surface form, only when the surface forms reaching this node differ in role. */
  surfaces: Map<string, LabelRole> | undefined
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

/**
 * Builds an annotator over a taxonomy's labels: a token trie on light stems, so matching is
 * case-, accent- and gender-insensitive, tolerant of plurals and of function words, and linear in
 * the length of the text (each start position walks at most the longest label). Longest match wins;
 * labels marked `contextRequired` count only when another skill is mentioned on the same line or a
 * word next to them names a skill ("Excel skills"), and never when a word next to them makes them a
 * code ("patente C", "grade C"). A negation cue denies what follows in its clause, up to a contrast
 * ("ma", "but") or a conjunction that does not continue a list of concepts.
 *
 * @example
 * const annotator = createAnnotator(builtinTaxonomy())
 * annotator.annotate('Esperienza come cameriera, ottima conoscenza HACCP')
 */
export function createAnnotator(taxonomy: Taxonomy): Annotator {
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
  const nodeSurfaces: { node: number; concept: string; surface: string }[] = []
  for (const concept of taxonomy.all()) {
    for (const label of concept.labels) {
      const keys = labelKeys(label.text)
      if (!keys) continue
      const surface = surfaceOf(label.text)
      const surfaceKey = `${concept.id}\u0000${surface}`
      const known = surfaceRoles.get(surfaceKey)
      if (!known || surfaceRolePriority[label.role] < surfaceRolePriority[known]) surfaceRoles.set(surfaceKey, label.role)
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
      nodeSurfaces.push({ node, concept: concept.id, surface })
      const list = (entries[node] ??= [])
      const existing = list.find((e) => e.concept === concept.id)
      const entry: Entry = { concept: concept.id, kind: concept.kind, role: label.role, contextRequired: label.contextRequired === true, surfaces: undefined }
      if (!existing) list.push(entry)
      else if (rolePriority[entry.role] < rolePriority[existing.role] || (existing.contextRequired && !entry.contextRequired)) {
        existing.role = entry.role
        existing.contextRequired = entry.contextRequired
      }
    }
  }
  for (const list of entries) list?.sort((a, b) => (a.concept < b.concept ? -1 : a.concept > b.concept ? 1 : 0))
  // Keep a surface → role table only on entries whose surface forms do not all share the entry's role.
  for (const { node, concept, surface } of nodeSurfaces) {
    const entry = entries[node]?.find((e) => e.concept === concept) as Entry
    const role = surfaceRoles.get(`${concept}\u0000${surface}`) as LabelRole
    if (role !== entry.role || entry.surfaces) (entry.surfaces ??= new Map()).set(surface, role)
  }
  const root = children[0] as Map<number, number>

  // Reused buffers of the encoded document (annotate is synchronous, so one set per annotator is safe).
  let ids = new Int32Array(1024)
  let flags = new Uint8Array(1024)
  let tokenOf = new Int32Array(1024)
  /** At the last key of each mention found so far: 1, or 2 when it is negated. */
  let mentionEnd = new Uint8Array(1024)

  function encode(text: string, tokens: readonly Token[]): number {
    if (ids.length < tokens.length * 2 + 2) {
      const size = tokens.length * 2 + 2
      ids = new Int32Array(size)
      flags = new Uint8Array(size)
      tokenOf = new Int32Array(size)
      mentionEnd = new Uint8Array(size)
    }
    let n = 0
    let previousEnd = 0
    let pending = 0
    for (let t = 0; t < tokens.length; t++) {
      const token = tokens[t] as Token
      if (n > 0 && hasNewline(text, previousEnd, token.start)) {
        ids[n] = -1
        flags[n] = BREAK | NEWLINE
        tokenOf[n] = t
        n++
        pending = 0
      }
      previousEnd = token.end
      const norm = token.norm
      if (token.kind === 'punct') {
        if (significant.has(norm)) {
          ids[n] = vocabulary.get(norm) ?? -1
          flags[n] = pending
        } else if (breaking.has(norm)) {
          ids[n] = -1
          flags[n] = BREAK
        } else continue
        tokenOf[n] = t
        n++
        pending = 0
        continue
      }
      const conjunction = conjunctions.has(norm)
      if (skipped.has(norm)) {
        if (!softInText(text, token)) {
          if (conjunction) pending = AFTER_CONJUNCTION
          continue
        }
        ids[n] = vocabulary.get(stem(norm)) ?? -1
        flags[n] = SOFT | pending | (conjunction ? CONJUNCTION : 0)
      } else {
        ids[n] = vocabulary.get(stem(norm)) ?? -1
        flags[n] = pending | (conjunction ? CONJUNCTION : 0)
      }
      tokenOf[n] = t
      n++
      pending = conjunction ? AFTER_CONJUNCTION : 0
    }
    return n
  }

  // `tokens`, when given, must be `tokenize(text)`: callers that already tokenized the text save a pass.
  function annotate(text: string, options: AnnotateOptions = {}, tokens: readonly Token[] = tokenize(text)): AnnotatedMention[] {
    const kinds = options.kinds ? new Set(options.kinds) : undefined
    const n = encode(text, tokens)
    mentionEnd.fill(0, 0, n)
    const found: { mention: AnnotatedMention; contextRequired: boolean; line: number; first: number; last: number }[] = []
    let line = 0
    let i = 0
    while (i < n) {
      const flag = flags[i] as number
      if (flag & BREAK) {
        if (flag & NEWLINE) line++
        i++
        continue
      }
      const first = ids[i] as number
      if (first < 0 || !root.has(first)) {
        i++
        continue
      }
      let node = 0
      let bestEntry: Entry | undefined
      let bestLast = -1
      let softSkips = 0
      for (let j = i; j < n; j++) {
        const f = flags[j] as number
        if (f & BREAK) break
        const child = (children[node] as Map<number, number>).get(ids[j] as number)
        if (child === undefined) {
          if (f & SOFT && j > i && ++softSkips <= maxSoftSkips) continue
          break
        }
        node = child
        const list = entries[node]
        if (list) {
          const entry = kinds ? list.find((e) => kinds.has(e.kind)) : list[0]
          if (entry) {
            bestEntry = entry
            bestLast = j
          }
        }
      }
      if (!bestEntry) {
        i++
        continue
      }
      const start = (tokens[tokenOf[i] as number] as Token).start
      const end = (tokens[tokenOf[bestLast] as number] as Token).end
      found.push({
        mention: {
          concept: bestEntry.concept,
          kind: bestEntry.kind,
          start,
          end,
          negated: isNegated(tokens, i),
          role: bestEntry.surfaces?.get(surfaceOf(text.slice(start, end))) ?? bestEntry.role,
        },
        contextRequired: bestEntry.contextRequired,
        line,
        first: i,
        last: bestLast,
      })
      mentionEnd[bestLast] = (found[found.length - 1] as { mention: AnnotatedMention }).mention.negated ? 2 : 1
      i = bestLast + 1
    }
    const skillLines = new Set<number>()
    for (const f of found) if (!f.contextRequired && (f.mention.kind === 'skill' || f.mention.kind === 'knowledge')) skillLines.add(f.line)
    const includeNegated = options.includeNegated ?? true
    const mentions: AnnotatedMention[] = []
    for (const f of found) {
      if (f.contextRequired && !inSkillContext(tokens, f.first, f.last, n, skillLines.has(f.line))) continue
      if (!includeNegated && f.mention.negated) continue
      mentions.push(f.mention)
    }
    return mentions
  }

  /** The norm of the nearest content key before `index` (or after `last`), skipping function words. */
  function neighbour(tokens: readonly Token[], from: number, step: 1 | -1, n: number): string | undefined {
    for (let k = from; k >= 0 && k < n; k += step) {
      const f = flags[k] as number
      if (f & BREAK) return undefined
      if (f & SOFT) continue
      return (tokens[tokenOf[k] as number] as Token).norm
    }
    return undefined
  }

  function inSkillContext(tokens: readonly Token[], first: number, last: number, n: number, skillLine: boolean): boolean {
    const before = neighbour(tokens, first - 1, -1, n)
    const after = neighbour(tokens, last + 1, 1, n)
    if ((before !== undefined && codeCuesBefore.has(before)) || (after !== undefined && codeCuesAfter.has(after))) return false
    return skillLine || (before !== undefined && skillCues.has(before)) || (after !== undefined && skillCues.has(after))
  }

  function isNegated(tokens: readonly Token[], index: number): boolean {
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
      const norm = (tokens[tokenOf[k] as number] as Token).norm
      if (negationCues.has(norm)) {
        const next = k + 1 < index ? (tokens[tokenOf[k + 1] as number] as Token).norm : undefined
        return next === undefined || !negationUndone.has(next)
      }
      if (negationEnders.has(norm)) return false
      seen++
    }
    return false
  }

  return { annotate }
}

/** The folded content words of a label or matched text, for the role of the exact surface form. */
function surfaceOf(text: string): string {
  return toKeys(text)
    .filter((k) => !k.break && !skipped.has(k.norm))
    .map((k) => k.norm)
    .join(' ')
}

import type { ConceptKind } from '@incontro/core'
import { labelKeys, toKeys, type Key } from './internal/keys.js'
import type { AnnotateOptions, AnnotatedMention, Annotator, LabelRole, Taxonomy } from './model.js'

interface Entry {
  concept: string
  kind: ConceptKind
  role: LabelRole
  contextRequired: boolean
}

interface TrieNode {
  next: Map<string, TrieNode>
  entries: Entry[]
}

/** Words that deny what follows in the same clause ("nessuna esperienza in", "senza patente", "no experience with"). */
const negationCues = new Set(['no', 'non', 'nessun', 'nessuna', 'nessuno', 'senza', 'without', 'never', 'mai', 'not', 'lacking'])
const negationWindow = 4

const rolePriority: Record<LabelRole, number> = { preferred: 0, neutral: 1, masculine: 2, feminine: 2, alt: 3, abbreviation: 4, misspelling: 5 }
// A split form ("cameriere/a") reduces to the masculine surface once "/a" is dropped: the gendered role wins there.
const surfaceRolePriority: Record<LabelRole, number> = { masculine: 0, feminine: 0, preferred: 1, neutral: 2, alt: 3, abbreviation: 4, misspelling: 5 }

/**
 * Builds an annotator over a taxonomy's labels: a token trie on light stems, so matching is
 * case-, accent- and gender-insensitive, tolerant of plurals and of function words, and linear in
 * the length of the text (each start position walks at most the longest label). Longest match wins;
 * labels marked `contextRequired` count only when another skill is mentioned on the same line.
 *
 * @example
 * const annotator = createAnnotator(builtinTaxonomy())
 * annotator.annotate('Esperienza come cameriera, ottima conoscenza HACCP')
 */
export function createAnnotator(taxonomy: Taxonomy): Annotator {
  const root: TrieNode = { next: new Map(), entries: [] }
  // The role of the exact surface form ("cameriera" is feminine even though its stem is shared).
  const surfaceRoles = new Map<string, LabelRole>()
  let longest = 0
  for (const concept of taxonomy.all()) {
    for (const label of concept.labels) {
      const keys = labelKeys(label.text)
      if (!keys) continue
      const surface = `${concept.id}\u0000${surfaceOf(toKeys(label.text))}`
      const known = surfaceRoles.get(surface)
      if (!known || surfaceRolePriority[label.role] < surfaceRolePriority[known]) surfaceRoles.set(surface, label.role)
      longest = Math.max(longest, keys.length)
      let node = root
      for (const key of keys) {
        let child = node.next.get(key)
        if (!child) {
          child = { next: new Map(), entries: [] }
          node.next.set(key, child)
        }
        node = child
      }
      const existing = node.entries.find((e) => e.concept === concept.id)
      const entry: Entry = { concept: concept.id, kind: concept.kind, role: label.role, contextRequired: label.contextRequired === true }
      if (!existing) node.entries.push(entry)
      else if (rolePriority[entry.role] < rolePriority[existing.role] || (existing.contextRequired && !entry.contextRequired)) {
        Object.assign(existing, entry)
      }
    }
  }
  for (const node of walk(root)) node.entries.sort((a, b) => (a.concept < b.concept ? -1 : a.concept > b.concept ? 1 : 0))

  function annotate(text: string, options: AnnotateOptions = {}): AnnotatedMention[] {
    const kinds = options.kinds ? new Set(options.kinds) : undefined
    const keys = toKeys(text)
    const found: { mention: AnnotatedMention; contextRequired: boolean; line: number }[] = []
    let line = 0
    let i = 0
    while (i < keys.length) {
      const key = keys[i] as Key
      if (key.break) {
        if (key.key === '\n') line++
        i++
        continue
      }
      let node: TrieNode | undefined = root
      let best: { entry: Entry; length: number } | undefined
      for (let j = i; j < keys.length && j - i < longest; j++) {
        const k = keys[j] as Key
        if (k.break) break
        node = node.next.get(k.key)
        if (!node) break
        const entry = node.entries.find((e) => !kinds || kinds.has(e.kind))
        if (entry) best = { entry, length: j - i + 1 }
      }
      if (!best) {
        i++
        continue
      }
      const last = keys[i + best.length - 1] as Key
      found.push({
        mention: {
          concept: best.entry.concept,
          kind: best.entry.kind,
          start: key.start,
          end: last.end,
          negated: isNegated(keys, i),
          role: surfaceRoles.get(`${best.entry.concept}\u0000${surfaceOf(keys.slice(i, i + best.length))}`) ?? best.entry.role,
        },
        contextRequired: best.entry.contextRequired,
        line,
      })
      i += best.length
    }
    const skillLines = new Set(found.filter((f) => !f.contextRequired && (f.mention.kind === 'skill' || f.mention.kind === 'knowledge')).map((f) => f.line))
    const includeNegated = options.includeNegated ?? true
    return found
      .filter((f) => !f.contextRequired || skillLines.has(f.line))
      .map((f) => f.mention)
      .filter((m) => includeNegated || !m.negated)
  }

  return { annotate }
}

function surfaceOf(keys: readonly Key[]): string {
  return keys
    .filter((k) => !k.break)
    .map((k) => k.norm)
    .join(' ')
}

function isNegated(keys: readonly Key[], index: number): boolean {
  let seen = 0
  for (let j = index - 1; j >= 0 && seen < negationWindow; j--) {
    const k = keys[j] as Key
    if (k.break) return false
    if (negationCues.has(k.norm)) return true
    seen++
  }
  return false
}

function* walk(node: TrieNode): Generator<TrieNode> {
  const stack = [node]
  while (stack.length > 0) {
    const current = stack.pop() as TrieNode
    yield current
    stack.push(...current.next.values())
  }
}

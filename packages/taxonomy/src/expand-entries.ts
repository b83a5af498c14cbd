import type { ConceptDefinition, Label } from './model.js'
import type { CodedEntry, OccupationEntry, SkillEntry } from './builtin/entry.js'

/** The hand-written entries of a taxonomy in compact form (see `builtin/entry.ts`). */
export interface TaxonomyEntries {
  skills: readonly SkillEntry[]
  occupations: readonly OccupationEntry[]
  coded: readonly CodedEntry[]
}

/**
 * The split form of an Italian masculine/feminine title pair, word by word:
 * "cameriere"/"cameriera" → "cameriere/a", "direttore"/"direttrice" → "direttore/trice".
 */
export function splitTitle(masculine: string, feminine: string): string {
  const m = masculine.split(/\s+/)
  const f = feminine.split(/\s+/)
  if (m.length !== f.length) return `${masculine}/${feminine}`
  return m
    .map((word, i) => {
      const other = f[i] ?? word
      if (word === other) return word
      let p = 0
      while (p < word.length && p < other.length && word[p] === other[p]) p++
      if (p < 3) return `${word}/${other}`
      // "direttore"/"direttrice" share "dirett"; Italian writes the feminine ending from the last consonant: "/trice".
      if (other.length - p > 1 && p > 3) p--
      return `${word}/${other.slice(p)}`
    })
    .join(' ')
}

function schwaForm(masculine: string, feminine: string): string | undefined {
  const m = masculine.split(/\s+/)
  const f = feminine.split(/\s+/)
  if (m.length !== f.length) return undefined
  const words = m.map((word, i) => {
    const other = f[i] ?? word
    if (word === other) return word
    // Only simple -o/-a and -e/-a endings take a schwa ("cameriere" → "camerierə").
    if (word.slice(0, -1) === other.slice(0, -1)) return `${word.slice(0, -1)}ə`
    return undefined
  })
  return words.every((w) => w !== undefined) ? words.join(' ') : undefined
}

function add(labels: Label[], text: string | undefined, lang: 'it' | 'en', role: Label['role'], contextRequired = false): void {
  if (!text) return
  const trimmed = text.trim()
  if (!trimmed) return
  if (labels.some((l) => l.text === trimmed && l.lang === lang)) return
  labels.push(contextRequired ? { text: trimmed, lang, role, contextRequired } : { text: trimmed, lang, role })
}

type Relations = Pick<ConceptDefinition, 'broader' | 'related' | 'escoUri' | 'optional' | 'code' | 'eqfLevel'>

/** The optional fields that are present, so absent ones stay absent (exactOptionalPropertyTypes). */
function present(fields: { [K in keyof Relations]?: Relations[K] | readonly string[] | undefined }): Relations {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue
    out[key] = Array.isArray(value) ? [...value] : value
  }
  return out as Relations
}

/** Expands compact hand-written entries into concept definitions with labelled roles. */
export function expandEntries(entries: TaxonomyEntries): ConceptDefinition[] {
  const out: ConceptDefinition[] = []
  for (const entry of entries.skills) {
    const labels: Label[] = []
    entry.it.forEach((text, i) => add(labels, text, 'it', i === 0 ? 'preferred' : 'alt'))
    entry.en.forEach((text, i) => add(labels, text, 'en', i === 0 ? 'preferred' : 'alt'))
    for (const text of entry.abbr ?? []) add(labels, text, 'en', 'abbreviation')
    for (const text of entry.misspellings ?? []) add(labels, text, 'en', 'misspelling')
    for (const text of entry.ambiguous ?? []) add(labels, text, 'en', 'abbreviation', true)
    out.push({
      id: entry.id,
      kind: entry.kind ?? (entry.id.startsWith('know.') ? 'knowledge' : 'skill'),
      labels,
      ...present({ broader: entry.broader, related: entry.related, escoUri: entry.esco }),
    })
  }
  for (const entry of entries.occupations) {
    const labels: Label[] = []
    const epicene = entry.it.m === entry.it.f
    add(labels, entry.it.m, 'it', epicene ? 'preferred' : 'masculine')
    add(labels, entry.it.f, 'it', 'feminine')
    if (entry.it.neutral) add(labels, entry.it.neutral, 'it', 'neutral')
    if (!epicene) {
      add(labels, splitTitle(entry.it.m, entry.it.f), 'it', 'neutral')
      add(labels, schwaForm(entry.it.m, entry.it.f), 'it', 'neutral')
    }
    for (const text of entry.it.alt ?? []) add(labels, text, 'it', 'alt')
    add(labels, entry.en.preferred, 'en', 'preferred')
    add(labels, entry.en.m, 'en', 'masculine')
    add(labels, entry.en.f, 'en', 'feminine')
    for (const text of entry.en.alt ?? []) add(labels, text, 'en', 'alt')
    for (const text of entry.ambiguous ?? []) add(labels, text, 'en', 'abbreviation', true)
    out.push({
      id: entry.id,
      kind: 'occupation',
      labels,
      isco: entry.isco,
      essential: [...entry.essential],
      ...present({ optional: entry.optional, broader: entry.broader, escoUri: entry.esco }),
    })
  }
  for (const entry of entries.coded) {
    const labels: Label[] = []
    entry.it.forEach((text, i) => add(labels, text, 'it', i === 0 ? 'preferred' : 'alt'))
    entry.en.forEach((text, i) => add(labels, text, 'en', i === 0 ? 'preferred' : 'alt'))
    for (const text of entry.abbr ?? []) add(labels, text, 'en', 'abbreviation')
    for (const text of entry.ambiguous ?? []) add(labels, text, 'en', 'abbreviation', true)
    out.push({
      id: entry.id,
      kind: entry.kind,
      labels,
      ...present({ code: entry.code, eqfLevel: entry.eqf, broader: entry.broader, escoUri: entry.esco }),
    })
  }
  return out
}

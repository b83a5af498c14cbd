import { createHash } from 'node:crypto'
import { dirname } from 'node:path'
import { IncontroError, type Diagnostic } from '@incontro/core'
import { createTaxonomy } from './create-taxonomy.js'
import { cell, readEscoCsv } from './internal/esco-csv.js'
import { createEscoDiagnostics } from './internal/esco-diagnostics.js'
import { planEscoFiles, type EscoFile } from './internal/esco-files.js'
import { addEscoLabels, createLabelSet, splitList, type LabelSet } from './internal/esco-labels.js'
import type { ConceptDefinition, Taxonomy } from './model.js'

/** Options of {@link importEsco}. */
export interface ImportEscoOptions {
  /** Languages whose `skills_<lang>` / `occupations_<lang>` files are read, in order of preference (default `['it', 'en']`). */
  languages?: readonly ('it' | 'en')[]
  /** The taxonomy version recorded in neutral records (default `esco-<first 12 hex of the content's SHA-256>`). */
  version?: string
  /** Called every 10,000 rows and at the end of each file. */
  onProgress?: (event: { file: string; rows: number }) => void
}

/** What {@link importEsco} returns: the built taxonomy, its definitions, counts and data problems. */
export interface EscoImport {
  taxonomy: Taxonomy
  /** The definitions the taxonomy was built from, in id order. */
  definitions: ConceptDefinition[]
  stats: {
    skills: number
    knowledge: number
    occupations: number
    labels: number
    /** broader + related + essential + optional edges. */
    relations: number
    /** The files read, in reading order. */
    files: string[]
  }
  diagnostics: Diagnostic[]
}

interface Draft {
  id: string
  uri: string
  kind: 'skill' | 'knowledge' | 'occupation'
  isco: string | undefined
  labels: LabelSet
  /** Languages whose labels are already taken from an earlier file. */
  langs: Set<string>
  broader: Set<string>
  related: Set<string>
  essential: Set<string>
  optional: Set<string>
}

const escoBase = /^https?:\/\/data\.europa\.eu\/esco\/(.+)$/

/** The concept id of an ESCO URI: `http://data.europa.eu/esco/skill/<uuid>` → `esco:skill/<uuid>`. */
function escoId(uri: string): string {
  const match = escoBase.exec(uri)
  return match ? `esco:${match[1]}` : uri
}

const groupTypes = new Set(['skillgroup', 'iscogroup'])

/**
 * Imports the CSV download of the ESCO portal (any version from 1.0.8, plain or gzipped, several folders
 * and languages merged by concept URI) into a taxonomy. Skills, knowledge and occupations become concepts
 * with ids `esco:skill/<uuid>` / `esco:occupation/<uuid>`; Italian masculine/feminine titles become
 * gendered labels plus a neutral split form. Throws `TAXONOMY_MISSING_FILE` when no skills or
 * occupations file is found and `TAXONOMY_INVALID` when a file lacks a required column; problems in
 * rows are returned as diagnostics.
 *
 * @example
 * const { taxonomy, diagnostics } = await importEsco(['./esco-v1.2.0-it', './esco-v1.2.0-en'], { version: 'esco-1.2.0' })
 * await saveTaxonomy(taxonomy, './esco.taxonomy')
 */
export async function importEsco(dirs: readonly string[], options: ImportEscoOptions = {}): Promise<EscoImport> {
  if (!Array.isArray(dirs) || !dirs.every((d) => typeof d === 'string')) {
    throw new IncontroError('CORE_INVALID_INPUT', 'importEsco expects an array of folder paths, e.g. importEsco([\'./esco-it\', \'./esco-en\']).')
  }
  const languages = options.languages ?? (['it', 'en'] as const)
  const plan = await planEscoFiles(dirs, languages)
  const diagnostics = createEscoDiagnostics()
  const drafts = new Map<string, Draft>()
  const progress = (file: EscoFile) => (options.onProgress ? (rows: number) => options.onProgress?.({ file: file.path, rows }) : undefined)

  for (const file of plan.concepts) await readConcepts(file, drafts, diagnostics, progress(file))
  for (const file of plan.relations) await readRelations(file, drafts, diagnostics, progress(file))
  for (const file of plan.skipped) diagnostics.note('ESCO_FILE_SKIPPED', dirname(file.path), file.name)
  dropCycles(drafts, diagnostics)

  const definitions: ConceptDefinition[] = []
  for (const draft of [...drafts.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    if (draft.labels.labels.length === 0) {
      diagnostics.note('ESCO_CONCEPT_WITHOUT_LABEL', 'all files', draft.uri)
      continue
    }
    definitions.push(toDefinition(draft))
  }
  // Concepts dropped for lack of labels may still be named by relations; remove those references.
  if (definitions.length !== drafts.size) {
    const kept = new Set(definitions.map((d) => d.id))
    for (const d of definitions) {
      for (const key of ['broader', 'related', 'essential', 'optional'] as const) {
        const list = d[key]
        if (!list) continue
        const filtered = list.filter((id) => kept.has(id))
        if (filtered.length > 0) d[key] = filtered
        else delete d[key]
      }
    }
  }

  const version = options.version ?? `esco-${createHash('sha256').update(JSON.stringify(definitions)).digest('hex').slice(0, 12)}`
  const taxonomy = createTaxonomy(definitions, { version })
  let labels = 0
  let relations = 0
  const counts = { skill: 0, knowledge: 0, occupation: 0 }
  for (const d of definitions) {
    labels += d.labels.length
    relations += (d.broader?.length ?? 0) + (d.related?.length ?? 0) + (d.essential?.length ?? 0) + (d.optional?.length ?? 0)
    if (d.kind === 'skill' || d.kind === 'knowledge' || d.kind === 'occupation') counts[d.kind]++
  }
  return {
    taxonomy,
    definitions,
    stats: {
      skills: counts.skill,
      knowledge: counts.knowledge,
      occupations: counts.occupation,
      labels,
      relations,
      files: [...plan.concepts, ...plan.relations].map((f) => f.path),
    },
    diagnostics: diagnostics.list(),
  }
}

type Diagnostics = ReturnType<typeof createEscoDiagnostics>

async function readConcepts(file: EscoFile, drafts: Map<string, Draft>, diagnostics: Diagnostics, onProgress?: (rows: number) => void): Promise<void> {
  const occupation = file.kind === 'occupations'
  const lang = file.lang as 'it' | 'en'
  await readEscoCsv(
    file,
    {
      required: ['conceptUri', 'preferredLabel'],
      optional: ['altLabels', 'hiddenLabels', 'skillType', 'iscoGroup', 'code', 'status'],
    },
    (row, col) => {
      const uri = cell(row, col.conceptUri)
      if (!uri) return diagnostics.note('ESCO_ROW_WITHOUT_URI', file.path)
      if (!URL.canParse(uri)) return diagnostics.note('ESCO_INVALID_URI', file.path)
      const status = cell(row, col.status).toLowerCase()
      if (status && status !== 'released') return diagnostics.note('ESCO_CONCEPT_NOT_RELEASED', file.path, uri)
      const id = escoId(uri)
      let draft = drafts.get(id)
      if (!draft) {
        draft = {
          id,
          uri,
          kind: occupation ? 'occupation' : cell(row, col.skillType).toLowerCase().includes('knowledge') ? 'knowledge' : 'skill',
          isco: occupation ? isco(row, col.iscoGroup, col.code, uri, file, diagnostics) : undefined,
          labels: createLabelSet(),
          langs: new Set(),
          broader: new Set(),
          related: new Set(),
          essential: new Set(),
          optional: new Set(),
        }
        drafts.set(id, draft)
      }
      // Several folders may carry the same language (two versions): the first folder given wins.
      if (draft.langs.has(lang)) return
      draft.langs.add(lang)
      addEscoLabels(draft.labels, {
        lang,
        occupation,
        preferred: cell(row, col.preferredLabel),
        alt: splitList(cell(row, col.altLabels)),
        hidden: splitList(cell(row, col.hiddenLabels)),
      })
    },
    onProgress,
  )
}

function isco(row: readonly string[], groupColumn: number, codeColumn: number, uri: string, file: EscoFile, diagnostics: Diagnostics): string | undefined {
  const group = cell(row, groupColumn)
  if (/^\d{1,4}$/.test(group)) return group
  // Without an iscoGroup column, ESCO's own code starts with the ISCO unit group ("2654.1.7").
  const fromCode = groupColumn < 0 ? /^(\d{4})(?:\.|$)/.exec(cell(row, codeColumn))?.[1] : undefined
  if (fromCode) return fromCode
  if (group || groupColumn >= 0) diagnostics.note('ESCO_INVALID_ISCO', file.path, uri)
  return undefined
}

async function readRelations(file: EscoFile, drafts: Map<string, Draft>, diagnostics: Diagnostics, onProgress?: (rows: number) => void): Promise<void> {
  const known = (uri: string, kinds: readonly Draft['kind'][]): Draft | undefined => {
    const draft = drafts.get(escoId(uri))
    return draft && kinds.includes(draft.kind) ? draft : undefined
  }
  const skillKinds = ['skill', 'knowledge'] as const
  switch (file.kind) {
    case 'occupationSkillRelations':
      await readEscoCsv(
        file,
        { required: ['occupationUri', 'relationType', 'skillUri'], optional: [] },
        (row, col) => {
          const occupationUri = cell(row, col.occupationUri)
          const skillUri = cell(row, col.skillUri)
          const occupation = known(occupationUri, ['occupation'])
          const skill = known(skillUri, skillKinds)
          if (!occupation || !skill) return diagnostics.note('ESCO_UNKNOWN_URI', file.path, occupation ? skillUri : occupationUri)
          const type = cell(row, col.relationType).toLowerCase()
          if (type === 'essential') {
            occupation.essential.add(skill.id)
            occupation.optional.delete(skill.id)
          } else if (type === 'optional') {
            if (!occupation.essential.has(skill.id)) occupation.optional.add(skill.id)
          } else diagnostics.note('ESCO_UNKNOWN_RELATION_TYPE', file.path, occupationUri)
        },
        onProgress,
      )
      return
    case 'broaderRelationsSkillPillar':
    case 'broaderRelationsOccPillar': {
      const kinds = file.kind === 'broaderRelationsOccPillar' ? (['occupation'] as const) : skillKinds
      await readEscoCsv(
        file,
        { required: ['conceptUri', 'broaderUri'], optional: ['conceptType', 'broaderType'] },
        (row, col) => {
          const uri = cell(row, col.conceptUri)
          const broaderUri = cell(row, col.broaderUri)
          const concept = known(uri, kinds)
          const broader = known(broaderUri, kinds)
          if (concept && broader) {
            if (concept === broader) return diagnostics.note('ESCO_SELF_RELATION', file.path, uri)
            concept.broader.add(broader.id)
            return
          }
          const group = groupTypes.has(cell(row, col.conceptType).toLowerCase()) || groupTypes.has(cell(row, col.broaderType).toLowerCase())
          if (group) diagnostics.note('ESCO_GROUP_EDGE_SKIPPED', file.path)
          else diagnostics.note('ESCO_UNKNOWN_URI', file.path, concept ? broaderUri : uri)
        },
        onProgress,
      )
      return
    }
    case 'skillSkillRelations':
      await readEscoCsv(
        file,
        { required: ['originalSkillUri', 'relatedSkillUri'], optional: ['relationType'] },
        (row, col) => {
          const uri = cell(row, col.originalSkillUri)
          const relatedUri = cell(row, col.relatedSkillUri)
          const skill = known(uri, skillKinds)
          const related = known(relatedUri, skillKinds)
          if (!skill || !related) return diagnostics.note('ESCO_UNKNOWN_URI', file.path, skill ? relatedUri : uri)
          if (skill === related) return diagnostics.note('ESCO_SELF_RELATION', file.path, uri)
          skill.related.add(related.id)
        },
        onProgress,
      )
      return
    default:
      return
  }
}

/** Removes the broader edges that close a cycle (depth-first, in id order, so the result is deterministic). */
function dropCycles(drafts: Map<string, Draft>, diagnostics: Diagnostics): void {
  const state = new Map<string, 1 | 2>() // 1 on the stack, 2 done
  for (const start of [...drafts.keys()].sort()) {
    if (state.has(start)) continue
    const stack: { id: string; parents: string[]; next: number }[] = []
    const push = (id: string) => {
      state.set(id, 1)
      stack.push({ id, parents: [...(drafts.get(id)?.broader ?? [])].sort(), next: 0 })
    }
    push(start)
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as (typeof stack)[number]
      const parent = top.parents[top.next++]
      if (parent === undefined) {
        state.set(top.id, 2)
        stack.pop()
        continue
      }
      const seen = state.get(parent)
      if (seen === 1) {
        const draft = drafts.get(top.id) as Draft
        draft.broader.delete(parent)
        diagnostics.note('ESCO_BROADER_CYCLE', 'broader relations', `${draft.uri} → ${drafts.get(parent)?.uri ?? parent}`)
      } else if (seen === undefined) push(parent)
    }
  }
}

function toDefinition(draft: Draft): ConceptDefinition {
  const definition: ConceptDefinition = { id: draft.id, kind: draft.kind, labels: draft.labels.labels, escoUri: draft.uri }
  if (draft.isco !== undefined) definition.isco = draft.isco
  if (draft.broader.size > 0) definition.broader = [...draft.broader].sort()
  if (draft.related.size > 0) definition.related = [...draft.related].sort()
  if (draft.essential.size > 0) definition.essential = [...draft.essential].sort()
  if (draft.optional.size > 0) definition.optional = [...draft.optional].sort()
  return definition
}

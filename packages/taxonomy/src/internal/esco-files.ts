import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { IncontroError } from '@incontro/core'

/** The ESCO CSV files the importer reads; every other file of the download is listed as skipped. */
export type EscoFileKind =
  | 'skills'
  | 'occupations'
  | 'occupationSkillRelations'
  | 'broaderRelationsSkillPillar'
  | 'broaderRelationsOccPillar'
  | 'skillSkillRelations'

/** One CSV file of an ESCO download. */
export interface EscoFile {
  path: string
  name: string
  kind: EscoFileKind | 'other'
  /** The language suffix of the file name (`skills_it.csv` → `it`), if any. */
  lang: string | undefined
  gzip: boolean
}

const kinds: ReadonlyMap<string, EscoFileKind> = new Map(
  (
    ['skills', 'occupations', 'occupationSkillRelations', 'broaderRelationsSkillPillar', 'broaderRelationsOccPillar', 'skillSkillRelations'] as const
  ).map((kind) => [kind.toLowerCase(), kind]),
)

const relationKinds = ['occupationSkillRelations', 'broaderRelationsSkillPillar', 'broaderRelationsOccPillar', 'skillSkillRelations'] as const

// `skills_en.csv`, `skills_pt-PT.csv.gz`, `occupationSkillRelations.csv`: a base name, an optional language, the extension.
const fileName = /^([A-Za-z]+)(?:_([A-Za-z]{2,3}(?:-[A-Za-z]{2,4})?))?\.csv(\.gz)?$/i

/** Classifies one file name; undefined for anything that is not a CSV file. */
export function classifyEscoFile(dir: string, name: string): EscoFile | undefined {
  const match = fileName.exec(name)
  if (!match) return undefined
  const base = (match[1] ?? '').toLowerCase()
  return {
    path: join(dir, name),
    name,
    kind: kinds.get(base) ?? 'other',
    lang: match[2]?.toLowerCase(),
    gzip: match[3] !== undefined,
  }
}

/** The files to read, in reading order, and the CSV files left aside. */
export interface EscoFilePlan {
  /** Concept files: per directory, per requested language, skills then occupations. */
  concepts: EscoFile[]
  /** Relation files: per directory, one file per relation kind. */
  relations: EscoFile[]
  skipped: EscoFile[]
}

/**
 * Lists the ESCO files of some directories. Throws `TAXONOMY_MISSING_FILE` when a directory does not
 * exist or when no directory holds a skills or occupations file in a requested language.
 */
export async function planEscoFiles(dirs: readonly string[], languages: readonly string[]): Promise<EscoFilePlan> {
  const plan: EscoFilePlan = { concepts: [], relations: [], skipped: [] }
  for (const dir of dirs) {
    let names: string[]
    try {
      if (!(await stat(dir)).isDirectory()) throw new Error('not a directory')
      names = (await readdir(dir)).sort()
    } catch (error) {
      throw new IncontroError('TAXONOMY_MISSING_FILE', `ESCO folder ${dir} does not exist or is not a directory; pass the folder where the ESCO CSV download was unzipped.`, { dir }, { cause: error })
    }
    const files = names.map((name) => classifyEscoFile(dir, name)).filter((file): file is EscoFile => file !== undefined)
    const used = new Set<EscoFile>()
    for (const lang of languages) {
      for (const kind of ['skills', 'occupations'] as const) {
        // A plain file wins over its gzipped twin when a folder holds both.
        const file = files.filter((f) => f.kind === kind && f.lang === lang).sort((a, b) => Number(a.gzip) - Number(b.gzip))[0]
        if (file) {
          plan.concepts.push(file)
          used.add(file)
        }
      }
    }
    for (const kind of relationKinds) {
      // Relations are language-independent: some versions name them `…_<lang>.csv`; one copy is enough.
      const candidates = files.filter((f) => f.kind === kind)
      const rank = (f: EscoFile) => (f.lang === undefined ? 0 : languages.includes(f.lang) ? 1 + languages.indexOf(f.lang) : 100) * 2 + Number(f.gzip)
      const file = candidates.sort((a, b) => rank(a) - rank(b))[0]
      if (file) {
        plan.relations.push(file)
        used.add(file)
      }
    }
    for (const file of files) if (!used.has(file)) plan.skipped.push(file)
  }
  if (plan.concepts.length === 0) {
    const expected = languages.flatMap((l) => [`skills_${l}.csv`, `occupations_${l}.csv`]).join(', ')
    throw new IncontroError(
      'TAXONOMY_MISSING_FILE',
      `No ESCO concept file found in ${dirs.join(', ') || '(no folder given)'}: expected at least one of ${expected} (optionally gzipped, .csv.gz). Download the CSV export from the ESCO portal and unzip it there.`,
      { dirs: [...dirs], expected: languages.flatMap((l) => [`skills_${l}.csv`, `occupations_${l}.csv`]) },
    )
  }
  return plan
}

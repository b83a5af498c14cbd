import { readFileSync } from 'node:fs'
import type { Gaps, OccupationGaps, TrainingPath } from '@incontro/assess'
import { CourseCatalogueSchema, IncontroError, type CompetenceProfile, type CourseCatalogue, type ItemCredit, type Language, type NeutralProfile, type NeutralVacancy, type QuestionnaireResult } from '@incontro/core'
import type { Taxonomy } from '@incontro/taxonomy'
import type { Engine } from '../create-engine.js'
import { toCsv } from '../internal/batch-report.js'
import { readDocuments, readInputs, type CliIo } from '../internal/io.js'

/** Reads and neutralizes one CV given on the command line. */
export async function readNeutralCv(engine: Engine, path: string, io: CliIo): Promise<NeutralProfile> {
  const [file] = (await readDocuments(await readInputs([path], io), io)).items
  if (file === undefined) throw new IncontroError('CLI_IO', `No readable CV at ${path}.`, { path })
  return engine.neutralizeCv(file.document, { sourceId: file.sourceId, readDiagnostics: file.diagnostics }).profile
}

/** Reads and neutralizes one vacancy given on the command line. */
export async function readNeutralVacancy(engine: Engine, path: string, io: CliIo): Promise<NeutralVacancy> {
  const [file] = (await readDocuments(await readInputs([path], io), io)).items
  if (file === undefined) throw new IncontroError('CLI_IO', `No readable vacancy at ${path}.`, { path })
  return engine.neutralizeVacancy(file.document, { sourceId: file.sourceId, readDiagnostics: file.diagnostics })
}

/** Reads a JSON file; a missing or malformed file is a `CLI_IO` error naming the file only. */
export function readJsonFile(path: string, what: string): unknown {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch {
    throw new IncontroError('CLI_IO', `Cannot read the ${what} ${path}. Check that it exists and is readable.`, { path })
  }
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new IncontroError('CLI_IO', `The ${what} ${path} is not valid JSON.`, { path })
  }
}

/** Reads a course catalogue file (JSON, `CourseCatalogue` schema). */
export function readCatalogue(path: string): CourseCatalogue {
  const parsed = CourseCatalogueSchema.safeParse(readJsonFile(path, 'course catalogue'))
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new IncontroError('CORE_SCHEMA_VIOLATION', `The course catalogue ${path} does not match the CourseCatalogue schema at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'invalid'}.`, { path })
  }
  return parsed.data
}

const pct = (x: number) => `${Math.round(x * 100)}%`

function creditLine(item: ItemCredit, taxonomy: Taxonomy, lang: Language): string {
  const label = taxonomy.label(item.required, lang)
  if (item.credit >= 1) return label
  if (item.credit > 0 && item.via) return `${label} (${pct(item.credit)} via ${taxonomy.label(item.via, lang)}, ${item.relation})`
  return label
}

/** Human-readable competence profile. */
export function formatCompetences(profile: CompetenceProfile, taxonomy: Taxonomy, lang: Language): string {
  const lines = [`Competences (levels as of ${profile.asOf}; skill 1 basic – 4 expert, CEFR, EQF, DigComp 1–8):`]
  for (const c of profile.competences) {
    const label = c.concept === 'eqf' ? 'education (EQF)' : taxonomy.label(c.concept, lang)
    const sources = [...new Set(c.evidence.map((e) => e.kind))].join(', ')
    lines.push(`  ${label.padEnd(34)} ${c.label.padEnd(16)} confidence ${c.confidence.toFixed(2)}  ${c.rule} [${sources}]`)
  }
  return `${lines.join('\n')}\n`
}

/** Human-readable gaps against a vacancy or an occupation. */
export function formatGaps(gaps: Gaps | OccupationGaps, taxonomy: Taxonomy, lang: Language): string {
  const lines: string[] = []
  const other = 'occupation' in gaps ? gaps.optional : gaps.preferred
  const otherName = 'occupation' in gaps ? 'optional' : 'preferred'
  lines.push('occupation' in gaps ? `Gap against the occupation ${taxonomy.neutralTitle(gaps.occupation, lang)}:` : 'Gap against the vacancy:')
  for (const [name, g] of [['essential', gaps.essential], [otherName, other]] as const) {
    lines.push(`  ${name} skills: coverage ${pct(g.coverage)}`)
    if (g.met.length > 0) lines.push(`    met:     ${g.met.map((i) => creditLine(i, taxonomy, lang)).join('; ')}`)
    if (g.partial.length > 0) lines.push(`    partly:  ${g.partial.map((i) => creditLine(i, taxonomy, lang)).join('; ')}`)
    if (g.missing.length > 0) lines.push(`    missing: ${g.missing.map((i) => creditLine(i, taxonomy, lang)).join('; ')}`)
  }
  if (gaps.transferable.length > 0) {
    lines.push(`  skills that carry over: ${gaps.transferable.map((t) => `${taxonomy.label(t.concept, lang)} → ${t.gives.map((g) => taxonomy.label(g.required, lang)).join(', ')}`).join('; ')}`)
  }
  if ('vacancyId' in gaps) {
    for (const l of gaps.languages) lines.push(`  language ${l.code}: ${l.required} required (${l.importance}), ${l.held ?? 'not declared'} held${l.steps > 0 ? `, ${l.steps} CEFR step(s) missing` : ''}`)
    if (gaps.education) lines.push(`  education: EQF ${gaps.education.required} required (${gaps.education.importance}), ${gaps.education.held === undefined ? 'unknown' : `EQF ${gaps.education.held}`} held`)
    for (const l of gaps.licences) lines.push(`  licence ${l.code} (${l.importance}): ${l.held ? 'held' : 'missing'}`)
    if (gaps.experience) lines.push(`  experience: ${gaps.experience.requiredMonths} months required, ${gaps.experience.heldMonths} held`)
  }
  return `${lines.join('\n')}\n`
}

/** Human-readable training path, course by course. */
export function formatTraining(path: TrainingPath, taxonomy: Taxonomy, lang: Language): string {
  const lines: string[] = []
  if (path.needs.length === 0) return 'Training: nothing to close.\n'
  const method = path.method === 'exact' ? 'exact optimum' : `greedy, within ${path.bound.toFixed(2)}× the optimum`
  lines.push(`Training path (least ${path.minimize}, ${method}): ${path.steps.length} course(s), ${path.totalHours} h, €${path.totalCost}`)
  path.steps.forEach((step, i) => {
    lines.push(`  ${i + 1}. ${step.course.title[lang]} — ${step.course.provider}, ${step.course.place}, ${step.course.modality}, ${step.course.schedule.slot}`)
    lines.push(`     closes: ${step.covers.map((n) => taxonomy.label(n.concept, lang)).join(', ')}`)
    lines.push(`     ${step.why}`)
  })
  if (path.uncovered.length > 0) lines.push(`  no course in the catalogue for: ${path.uncovered.map((n) => taxonomy.label(n.concept, lang)).join(', ')}`)
  return `${lines.join('\n')}\n`
}

/** `incontro assess`: the competence profile of a CV, and its gap against a vacancy or an occupation. */
export async function runAssess(
  engine: Engine,
  cv: string,
  options: { vacancy?: string; occupation?: string; format: 'text' | 'json' | 'csv'; questionnaires?: readonly QuestionnaireResult[] },
  io: CliIo,
): Promise<void> {
  if (options.vacancy && options.occupation) throw new IncontroError('CLI_USAGE', 'Give --vacancy or --occupation, not both.')
  const profile = await readNeutralCv(engine, cv, io)
  const competences = engine.competences(profile, options.questionnaires ? { questionnaires: options.questionnaires } : {})
  const gaps = options.vacancy ? engine.assess(profile, await readNeutralVacancy(engine, options.vacancy, io)) : options.occupation ? engine.assessOccupation(profile, options.occupation) : undefined
  if (options.format === 'json') {
    io.stdout(`${JSON.stringify({ profileId: profile.id, competences, ...(gaps ? { gaps } : {}) })}\n`)
    return
  }
  if (options.format === 'csv') {
    // One row per competence; the gap, a nested structure, is in the JSON output only.
    const rows = competences.competences.map((c) => [
      profile.id,
      c.concept,
      c.concept === 'eqf' ? 'education (EQF)' : engine.taxonomy.label(c.concept, profile.language),
      c.scale,
      c.level,
      c.label,
      c.confidence,
      c.rule,
      [...new Set(c.evidence.map((e) => e.kind))].join(' '),
    ])
    io.stdout(toCsv(['profile', 'concept', 'name', 'scale', 'level', 'level_label', 'confidence', 'rule', 'evidence'], rows))
    return
  }
  io.stdout(`Profile ${profile.id}\n${formatCompetences(competences, engine.taxonomy, profile.language)}`)
  if (gaps) io.stdout(`\n${formatGaps(gaps, engine.taxonomy, profile.language)}`)
}

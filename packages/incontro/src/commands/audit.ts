import { readFile, writeFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { parse } from 'csv-parse/sync'
import { IncontroError } from '@incontro/core'
import { createAuditAttributes, predictabilityProbe, profileFeatures, type PredictabilityProbe } from '@incontro/fairness'
import { auditRankings, renderReportHtml, renderReportMarkdown, type FairnessReport, type QueryRanking } from '@incontro/fairness/report'
import type { Engine } from '../create-engine.js'
import { printable, type CliIo, type ReadInput } from '../internal/io.js'

/** Options of {@link runAudit}. */
export interface AuditCommandOptions {
  cvs: readonly ReadInput[]
  vacancies: readonly ReadInput[]
  /** Path of the attributes CSV: a header, a `source` column with the CV's file name, other columns attributes. */
  attributes: string
  /** The attribute whose groups are compared; default `gender`. */
  protected: string
  /** An attribute within whose values predictability is also measured (e.g. an occupation column). */
  strata?: string
  top: number
  json: boolean
  /** Where to write the HTML report. */
  report?: string
}

/** Deepest ranking per vacancy read for NDKL and exposure. */
const MAX_DEPTH = 1000
/** Folds of the predictability probe. */
const FOLDS = 5

/** Reads the attributes CSV into rows by CV file name; the header must have `source` and the named columns. */
async function readAttributes(path: string, required: readonly string[]): Promise<Map<string, Record<string, string>>> {
  let text: Buffer
  try {
    text = await readFile(path)
  } catch {
    throw new IncontroError('CLI_IO', `Cannot read the attributes file ${printable(path)}. Check that it exists and is readable.`, { path })
  }
  let rows: Record<string, string>[]
  try {
    rows = parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true }) as Record<string, string>[]
  } catch (error) {
    // csv-parse's message names the line, never the cell's text beyond its own column count.
    const line = (error as { lines?: number }).lines
    throw new IncontroError('CLI_USAGE', `The attributes file ${printable(path)} is not valid CSV${line ? ` (near line ${line})` : ''}. Write a header line and one row per CV, comma-separated.`, { path })
  }
  const columns = rows.length > 0 ? Object.keys(rows[0] as object) : []
  for (const column of ['source', ...required]) {
    if (!columns.includes(column)) {
      throw new IncontroError('CLI_USAGE', `The attributes file has no column "${printable(column)}". Its header must name a "source" column (the CV's file name) and the attributes used (--protected, --strata).`, {
        column,
      })
    }
  }
  const bySource = new Map<string, Record<string, string>>()
  rows.forEach((row, i) => {
    const source = basename(row.source ?? '')
    if (source === '') return
    if (bySource.has(source)) {
      throw new IncontroError('CLI_USAGE', `The attributes file names the CV ${printable(source)} twice (row ${i + 2}); give each CV one row.`, { row: i + 2 })
    }
    bySource.set(source, row)
  })
  return bySource
}

/**
 * `incontro audit`: neutralizes and ranks the CVs of one directory for every vacancy of another, exactly as
 * `match` does, then measures with the deployer's attributes, which only this command reads and which never
 * reach matching: selection (membership of a top k) per group with its ratio to the best group and a
 * bootstrap interval, skew@k, NDKL and the exposure ratio, and how well a probe predicts the protected
 * attribute from the neutral profiles (AUROC, overall and within strata). Output holds groups, counts and
 * metrics, never per-person attributes.
 */
export async function runAudit(engine: Engine, options: AuditCommandOptions, io: CliIo): Promise<FairnessReport> {
  const attributeRows = await readAttributes(options.attributes, [options.protected, ...(options.strata ? [options.strata] : [])])
  const profiles = options.cvs.map((file) => engine.neutralizeCv(file.document, { sourceId: file.sourceId, readDiagnostics: file.diagnostics }).profile)
  await engine.addProfiles(profiles)
  const rows: { id: string; values: Record<string, string> }[] = []
  let unattributed = 0
  const matched = new Set<string>()
  options.cvs.forEach((file, i) => {
    const row = attributeRows.get(basename(file.source))
    const profile = profiles[i]
    if (row === undefined || profile === undefined) {
      unattributed += 1
      return
    }
    matched.add(basename(file.source))
    const { source: _source, ...values } = row
    rows.push({ id: profile.id, values })
  })
  const attributes = createAuditAttributes(rows)
  const groups = attributes.groups(options.protected)
  if (new Set(groups.values()).size === 0) {
    throw new IncontroError('CLI_USAGE', `No CV has a value of "${printable(options.protected)}" in the attributes file; check the "source" column holds the CVs' file names.`, {
      unattributed,
    })
  }
  const strata = options.strata ? attributes.groups(options.strata) : undefined
  const depth = Math.min(Math.max(options.top, profiles.length), MAX_DEPTH)
  const rankings: QueryRanking[] = []
  for (const file of options.vacancies) {
    const vacancy = engine.neutralizeVacancy(file.document, { sourceId: file.sourceId, readDiagnostics: file.diagnostics })
    if (rankings.some((r) => r.query === vacancy.id)) continue
    const results = await engine.candidatesFor(vacancy, { k: depth })
    rankings.push({ query: vacancy.id, ranked: results.map((r) => ({ id: r.profileId, score: r.score })) })
  }
  if (rankings.length === 0) throw new IncontroError('CLI_USAGE', 'The audit needs at least one readable vacancy.')

  const samples = profiles.flatMap((profile) => {
    const label = groups.get(profile.id)
    if (label === undefined) return []
    const stratum = strata?.get(profile.id)
    return [{ id: profile.id, features: profileFeatures(profile), label, ...(stratum !== undefined ? { stratum } : {}) }]
  })
  const labelCounts = new Map<string, number>()
  for (const sample of samples) labelCounts.set(sample.label, (labelCounts.get(sample.label) ?? 0) + 1)
  let probe: PredictabilityProbe | undefined
  if (labelCounts.size >= 2 && samples.length >= FOLDS * 2) probe = predictabilityProbe(samples, { folds: FOLDS, seed: 1 })
  else io.stderr(`incontro audit: too few people per group for the predictability probe (${FOLDS * 2} people and two groups needed); predictability is null.\n`)

  const audit = auditRankings({
    ranker: 'incontro',
    description: 'Incontro: neutral profiles, explained matching',
    groups,
    rankings,
    top: options.top,
    ...(probe ? { probe: { input: 'neutral' as const, result: probe } } : {}),
  })
  const counts = new Map<string, number>()
  for (const g of groups.values()) counts.set(g, (counts.get(g) ?? 0) + 1)
  const report: FairnessReport = {
    title: `Incontro audit by ${options.protected}`,
    protectedAttribute: options.protected,
    ...(options.strata ? { strata: options.strata } : {}),
    top: options.top,
    profiles: groups.size,
    vacancies: rankings.length,
    groups: [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([group, count]) => ({ group, count, share: count / groups.size })),
    rankers: [audit],
    settings: { 'CVs without attributes': unattributed, 'attribute rows without a CV': attributeRows.size - matched.size },
  }
  if (options.report !== undefined) {
    try {
      await writeFile(options.report, renderReportHtml(report))
    } catch {
      throw new IncontroError('CLI_IO', `Cannot write the report to ${printable(options.report)}. Check that its directory exists and is writable.`, { path: options.report })
    }
  }
  if (options.json) {
    const finite = (_key: string, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? null : value)
    const document = {
      protected: options.protected,
      ...(options.strata ? { strata: options.strata } : {}),
      top: options.top,
      profiles: groups.size,
      vacancies: rankings.length,
      unattributed,
      groups: report.groups,
      selection: audit.selection,
      disparateImpact: audit.disparateImpact,
      fourFifths: audit.fourFifths,
      ranking: audit.ranking,
      predictability: audit.predictability ?? null,
    }
    io.stdout(`${JSON.stringify(document, finite, 2)}\n`)
  } else {
    io.stdout(renderReportMarkdown(report))
    if (options.report !== undefined) io.stdout(`\nReport written to ${printable(options.report)}\n`)
  }
  return report
}

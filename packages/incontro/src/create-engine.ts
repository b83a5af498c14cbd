import { anonymize, anonymizeVacancy } from '@incontro/anonymize'
import {
  assessCompetences,
  assessGaps,
  assessOccupationGaps,
  cefrQuestionnaire,
  digcompQuestionnaire,
  milanCourseCatalogue,
  orientOccupations,
  recommendTraining,
  scoreQuestionnaire,
  type Gaps,
  type OccupationGaps,
  type Orientation,
  type TrainingNeed,
  type TrainingPath,
} from '@incontro/assess'
import {
  IncontroError,
  isIncontroError,
  type CompetenceProfile,
  type CourseCatalogue,
  type Questionnaire,
  type QuestionnaireAnswers,
  type QuestionnaireResult,
  type Diagnostic,
  type Document,
  type IdentityRecord,
  type MatchResult,
  NeutralProfileSchema,
  NeutralVacancySchema,
  type NeutralProfile,
  type NeutralVacancy,
  type ParsedProfile,
  type ParsedVacancy,
  type RedactionReport,
  type YearMonth,
} from '@incontro/core'
import { createConceptSpace, createExactIndex, createHnswIndex, createMatcher, type Matcher, type VectorIndex } from '@incontro/match'
import { parseCv, parseVacancy, readDocumentWithDiagnostics, type ReadDocumentResult } from '@incontro/parse'
import { builtinTaxonomy, createAnnotator, type AnnotateOptions, type AnnotatedMention, type Annotator, type Taxonomy } from '@incontro/taxonomy'
import { validateIds, validateParseOptions, validateRecord, validateRecords } from './internal/validate.js'
import { createNeutralizePool, defaultWorkers, CHUNK_SIZE, type NeutralizePool } from './internal/worker-pool.js'

/** Options of {@link createEngine}. */
export interface EngineOptions {
  /** The deployer's secret key for pseudonymous ids (HMAC). Keep it out of the repository. */
  key: string | Uint8Array
  /** The taxonomy; the built-in Italian/English one by default. */
  taxonomy?: Taxonomy
  /** Vector index for retrieval: `hnsw` (default, approximate, fast) or `exact` (reference). */
  index?: 'hnsw' | 'exact'
  /** Key for deterministic tie-breaking; defaults to the deployer key. */
  tieKey?: string
  /** The month that "ad oggi"/"present" means, for reproducible runs; defaults to the current month. */
  today?: YearMonth
  /**
   * Worker threads for {@link Engine.neutralizeCvsAsync}: the default is the processors available to the
   * process; 1 runs in this thread. Results are the same, byte for byte, whatever the number.
   */
  workers?: number
  /**
   * The file `taxonomy` was loaded from (`incontro taxonomy import-esco`), so worker threads can load the
   * same one; without it, an engine with a custom taxonomy neutralizes in this thread only.
   */
  taxonomyFile?: string
}

/**
 * What an engine can be built on instead of an empty matcher (used by `openPersistentEngine` to restore a
 * saved matcher): the matcher and the ids it already holds.
 */
export interface EngineParts {
  /** A matcher made with the engine's taxonomy and concept space. */
  matcher: Matcher
  /** Ids of the profiles the matcher holds. */
  profileIds: Iterable<string>
  /** Ids of the vacancies the matcher holds. */
  vacancyIds: Iterable<string>
}

/** Options of {@link Engine.neutralizeCvsAsync}. */
export interface BatchOptions {
  /** Worker threads for this call; the engine's `workers` by default. */
  workers?: number
  /** Called as CVs are done: how many of how many. */
  onProgress?: (done: number, total: number) => void
}

/** What removing records did: how many were removed, and the ids that were not in the index. */
export interface RemoveReport {
  removed: number
  unknown: string[]
}

/**
 * Input of the parsing methods: text, the bytes of a text or JSON file (sniffed), or a `Document` from
 * {@link Engine.read} (needed for PDF and DOCX, whose readers are asynchronous).
 */
export type EngineInput = string | Uint8Array | Document

/** Options of the parsing methods. */
export interface ParseInputOptions {
  /** Identifies the source; the pseudonymous id is a keyed hash of it. */
  sourceId: string
  /** Diagnostics returned by {@link Engine.read}, merged into the parsed record's diagnostics. */
  readDiagnostics?: readonly Diagnostic[]
}

/** What neutralizing a CV gives: the neutral profile, the identity kept apart, and the redaction report. */
export interface NeutralizedCv {
  profile: NeutralProfile
  identity: IdentityRecord
  report: RedactionReport
  parsed: ParsedProfile
}

/** One CV of {@link Engine.neutralizeCvs}: its input and the options {@link Engine.neutralizeCv} takes. */
export interface CvInput extends ParseInputOptions {
  input: EngineInput
}

/** What adding records to the index did: how many were new, and the ids of those that replaced a record with the same id. */
export interface AddReport {
  added: number
  replaced: string[]
}

/** Options of {@link Engine.train} and {@link Engine.orient}: the course catalogue and what to minimize. */
export interface TrainingOptions {
  /** The course catalogue; the example Milan catalogue by default. */
  catalogue?: CourseCatalogue
  /** Minimize total `hours` (default) or total `cost`. */
  minimize?: 'hours' | 'cost'
  /** Also close preferred (vacancy) or optional (occupation) concepts. */
  includeOptional?: boolean
}

/** How many CVs {@link Engine.neutralizeCvs} parses before it anonymizes them. */
const neutralizeBatch = 64

/** The Incontro engine: read, neutralize, index, match, explain and assess. */
export interface Engine {
  readonly taxonomy: Taxonomy
  /** Reads any supported format (text, PDF, DOCX, HTML, Europass XML, JSON Resume, JobPosting), sniffed from the bytes. */
  read(input: string | Uint8Array): Promise<ReadDocumentResult>
  /** Parses a CV into a typed profile with its identity part. */
  parseCv(input: EngineInput, options: ParseInputOptions): ParsedProfile
  /** Parses a vacancy. */
  parseVacancy(input: EngineInput, options: ParseInputOptions): ParsedVacancy
  /** Parses and anonymizes a CV; nothing is indexed. */
  neutralizeCv(input: EngineInput, options: ParseInputOptions): NeutralizedCv
  /**
   * Parses and anonymizes many CVs, with the same results as {@link Engine.neutralizeCv} one by one, in
   * input order; a CV that cannot be read gives its `IncontroError` in its place, and the others go on.
   * Faster for a batch import: it parses 64 CVs, then anonymizes them, so each stage's tables stay in the
   * processor's cache (about a fifth less time per CV than one call per CV; see docs/benchmarks.md).
   * Two items with the same `sourceId` would get the same pseudonymous id, the second silently
   * replacing the first downstream: the batch is refused with `CORE_INVALID_INPUT` instead.
   */
  neutralizeCvs(items: readonly CvInput[]): (NeutralizedCv | IncontroError)[]
  /**
   * {@link Engine.neutralizeCvs} spread over a pool of worker threads (the engine's `workers`, by default
   * the processors available), for imports of many CVs: results in input order, a typed error in place
   * of each CV that failed, byte for byte what the one-thread call gives. Small batches (and `workers: 1`)
   * run in this thread. The pool stays for later calls; {@link Engine.close} ends it.
   */
  neutralizeCvsAsync(items: readonly CvInput[], options?: BatchOptions): Promise<(NeutralizedCv | IncontroError)[]>
  /** Parses and anonymizes a vacancy; nothing is indexed. */
  neutralizeVacancy(input: EngineInput, options: ParseInputOptions): NeutralVacancy
  /**
   * Adds or replaces neutral profiles in the index and reports the ids replaced; two profiles with one id
   * in the same call are refused with `CORE_INVALID_INPUT` (one would silently replace the other).
   */
  addProfiles(profiles: readonly NeutralProfile[]): Promise<AddReport>
  /** Adds or replaces neutral vacancies in the index, like {@link Engine.addProfiles}. */
  addVacancies(vacancies: readonly NeutralVacancy[]): Promise<AddReport>
  /** Removes profiles by pseudonymous id and reports the ids that were not in the index. */
  removeProfiles(ids: readonly string[]): Promise<RemoveReport>
  /** Removes vacancies by pseudonymous id and reports the ids that were not in the index. */
  removeVacancies(ids: readonly string[]): Promise<RemoveReport>
  /** The best k candidates for a vacancy, explained. */
  candidatesFor(vacancy: NeutralVacancy, options: { k: number }): Promise<MatchResult[]>
  /** The best k vacancies for a profile, explained. */
  vacanciesFor(profile: NeutralProfile, options: { k: number }): Promise<MatchResult[]>
  /** The gap of a profile against a vacancy. */
  assess(profile: NeutralProfile, vacancy: NeutralVacancy): Gaps
  /** The gap of a profile against an occupation's essential and optional skills, with the skills that carry over. */
  assessOccupation(profile: NeutralProfile, occupation: string): OccupationGaps
  /** Every competence of a profile with its level, rule, confidence and evidence; questionnaire results count as self-declared evidence. */
  competences(profile: NeutralProfile, options?: { questionnaires?: readonly QuestionnaireResult[] }): CompetenceProfile
  /** The courses that close a gap (or a list of needs) at the least hours or cost, course by course. */
  train(target: Gaps | OccupationGaps | readonly TrainingNeed[], options?: TrainingOptions): TrainingPath
  /** Occupations ranked for a profile, each with its gap and shortest training path. */
  orient(profile: NeutralProfile, options?: TrainingOptions & { limit?: number }): Orientation
  /** A built-in self-assessment: `digcomp` (DigComp 2.2) or `cefr` (the CEFR grid). */
  questionnaire(name: 'digcomp' | 'cefr'): Questionnaire
  /** Scores answers to a questionnaire; pass the result to {@link Engine.competences} as self-declared evidence. */
  scoreQuestionnaire(questionnaire: Questionnaire, answers: QuestionnaireAnswers): QuestionnaireResult
  /** Concept mentions in a text (use it on neutral text or vacancies). */
  annotate(text: string, options?: AnnotateOptions): AnnotatedMention[]
  /** Ends the engine's worker threads, if any were started (they do not keep the process alive when idle). */
  close(): Promise<void>
}

/**
 * Creates an engine wiring the pipeline: parse → anonymize → annotate → embed → index → score.
 * Matching sees only neutral records.
 *
 * @example
 * const engine = createEngine({ key: process.env.INCONTRO_KEY ?? '' })
 * const { document, diagnostics } = await engine.read(pdfBytes)
 * const { profile } = engine.neutralizeCv(document, { sourceId: 'cv-1', readDiagnostics: diagnostics })
 * await engine.addProfiles([profile])
 * const vacancy = engine.neutralizeVacancy(vacancyText, { sourceId: 'job-1' })
 * const [best] = await engine.candidatesFor(vacancy, { k: 10 })
 */
export function createEngine(options: EngineOptions, parts?: EngineParts): Engine {
  if (typeof options.key === 'string' ? options.key.length === 0 : options.key.byteLength === 0) {
    throw new IncontroError('ENGINE_CONFIG', 'The engine needs a non-empty deployer key for pseudonymous ids. Pass `key` (e.g. from an environment variable).')
  }
  if (options.workers !== undefined && (!Number.isInteger(options.workers) || options.workers < 1)) {
    throw new IncontroError('ENGINE_CONFIG', 'workers must be a whole number of at least 1 (1 runs in this thread).', { path: 'workers' })
  }
  const taxonomy = options.taxonomy ?? builtinTaxonomy()
  // The annotator, the concept space and the matcher are built on first use: a process that only
  // neutralizes (the CLI's batch commands, an ingest worker) never pays for the matching side, and a
  // parent whose workers do the work builds no annotator. `createAnnotator` keeps one per taxonomy.
  const annotatorOf = () => createAnnotator(taxonomy)
  let built: Matcher | undefined = parts?.matcher
  const matcherOf = (): Matcher => {
    if (built === undefined) {
      const space = createConceptSpace(taxonomy)
      const makeIndex = (): VectorIndex =>
        options.index === 'exact' ? createExactIndex({ dimensions: space.dimensions }) : createHnswIndex({ dimensions: space.dimensions })
      const tieKey = options.tieKey ?? (typeof options.key === 'string' ? options.key : Buffer.from(options.key).toString('hex'))
      built = createMatcher({ taxonomy, space, profileIndex: makeIndex(), vacancyIndex: makeIndex(), tieKey })
    }
    return built
  }
  const vacancyOptions = (input: ParseInputOptions) => (input.readDiagnostics ? { sourceId: input.sourceId, readDiagnostics: input.readDiagnostics } : { sourceId: input.sourceId })
  // CVs are parsed with the engine's taxonomy too (the occupation of a stated objective).
  const cvOptions = (input: ParseInputOptions) => (options.today ? { ...vacancyOptions(input), taxonomy, today: options.today } : { ...vacancyOptions(input), taxonomy })

  const profileIds = new Set<string>(parts?.profileIds)
  const vacancyIds = new Set<string>(parts?.vacancyIds)
  const remove = async (ids: unknown, known: Set<string>, method: string, run: (ids: readonly string[]) => Promise<void>): Promise<RemoveReport> => {
    const wanted = [...new Set(validateIds(ids, method))]
    const present = wanted.filter((id) => known.has(id))
    const unknown = wanted.filter((id) => !known.has(id))
    if (present.length > 0) await run(present)
    for (const id of present) known.delete(id)
    return { removed: present.length, unknown }
  }
  const add = async <T extends { id: string }>(records: readonly T[], known: Set<string>, what: string, upsert: (records: readonly T[]) => Promise<void>): Promise<AddReport> => {
    const batch = new Set<string>()
    for (const record of records) {
      if (batch.has(record.id)) {
        throw new IncontroError('CORE_INVALID_INPUT', `Two ${what} of one batch have the same pseudonymous id (the same sourceId); give every source its own sourceId.`, {
          id: record.id,
          reason: 'id-collision',
        })
      }
      batch.add(record.id)
    }
    await upsert(records)
    const replaced: string[] = []
    for (const id of batch) {
      if (known.has(id)) replaced.push(id)
      else known.add(id)
    }
    return { added: batch.size - replaced.length, replaced }
  }

  // Worker threads can rebuild this engine only from what crosses a thread boundary: the key, the month
  // and the built-in taxonomy (passed or not: `builtinTaxonomy()` is one shared object) or a taxonomy file.
  const poolable = options.taxonomy === undefined || options.taxonomy === builtinTaxonomy() || options.taxonomyFile !== undefined
  let pool: { size: number; pool: NeutralizePool } | undefined
  const poolOf = (size: number): NeutralizePool => {
    if (pool?.size !== size) {
      void pool?.pool.close()
      pool = {
        size,
        pool: createNeutralizePool(size, {
          key: options.key,
          ...(options.today ? { today: options.today } : {}),
          ...(options.taxonomyFile !== undefined ? { taxonomyFile: options.taxonomyFile } : {}),
        }),
      }
    }
    return pool.pool
  }
  const checkBatch = (items: unknown, method: string): readonly CvInput[] => {
    if (!Array.isArray(items)) throw new IncontroError('CORE_INVALID_INPUT', `${method} takes an array of { input, sourceId }.`, { method, path: '' })
    const sourceIds = new Set<string>()
    items.forEach((item: unknown, index) => {
      validateParseOptions(item, method, `[${index}]`)
      const sourceId = (item as CvInput).sourceId
      if (sourceIds.has(sourceId)) {
        throw new IncontroError('CORE_INVALID_INPUT', 'Two CVs of one batch have the same sourceId, so they would get the same pseudonymous id; give every source its own sourceId.', {
          reason: 'id-collision',
          path: `[${index}].sourceId`,
        })
      }
      sourceIds.add(sourceId)
    })
    return items as readonly CvInput[]
  }

  const engine: Engine = {
    taxonomy,
    read: (input) => readDocumentWithDiagnostics(input),
    parseCv(input, parseOptions) {
      validateParseOptions(parseOptions, 'parseCv')
      return parseCv(input, cvOptions(parseOptions))
    },
    parseVacancy(input, parseOptions) {
      validateParseOptions(parseOptions, 'parseVacancy')
      return parseVacancy(input, { ...vacancyOptions(parseOptions), taxonomy })
    },
    neutralizeCv(input, parseOptions) {
      validateParseOptions(parseOptions, 'neutralizeCv')
      const parsed = parseCv(input, cvOptions(parseOptions))
      return { ...anonymize(parsed, { key: options.key, taxonomy, annotator: annotatorOf() }), parsed }
    },
    async neutralizeCvsAsync(items, batchOptions = {}) {
      checkBatch(items, 'neutralizeCvsAsync')
      const workers = batchOptions.workers ?? options.workers ?? defaultWorkers()
      if (!Number.isInteger(workers) || workers < 1) throw new IncontroError('ENGINE_CONFIG', 'workers must be a whole number of at least 1 (1 runs in this thread).', { path: 'workers' })
      // A pool pays off from two chunks on; below that (or with one worker) this thread is faster.
      if (workers === 1 || !poolable || items.length <= CHUNK_SIZE) {
        const out: (NeutralizedCv | IncontroError)[] = []
        for (let from = 0; from < items.length; from += CHUNK_SIZE) {
          out.push(...engine.neutralizeCvs(items.slice(from, from + CHUNK_SIZE)))
          batchOptions.onProgress?.(out.length, items.length)
          // Let progress output and other work through between chunks.
          await new Promise((resolve) => setImmediate(resolve))
        }
        return out
      }
      return poolOf(Math.min(workers, Math.ceil(items.length / CHUNK_SIZE))).run(items, batchOptions.onProgress)
    },
    neutralizeCvs(items) {
      checkBatch(items, 'neutralizeCvs')
      const out: (NeutralizedCv | IncontroError)[] = []
      // Only a typed error stands for its CV; anything else is a defect and is thrown.
      const attempt = <T>(run: () => T): T | IncontroError => {
        try {
          return run()
        } catch (error) {
          if (isIncontroError(error)) return error
          throw error
        }
      }
      for (let from = 0; from < items.length; from += neutralizeBatch) {
        const batch = items.slice(from, from + neutralizeBatch)
        const parsed = batch.map((item) => attempt(() => parseCv(item.input, cvOptions(item))))
        for (const p of parsed) {
          out.push(isIncontroError(p) ? p : attempt(() => ({ ...anonymize(p, { key: options.key, taxonomy, annotator: annotatorOf() }), parsed: p })))
        }
      }
      return out
    },
    neutralizeVacancy(input, parseOptions) {
      validateParseOptions(parseOptions, 'neutralizeVacancy')
      // The vacancy's occupation is coded with the engine's taxonomy (an imported ESCO one included).
      return anonymizeVacancy(parseVacancy(input, { ...vacancyOptions(parseOptions), taxonomy }), { key: options.key, taxonomy, annotator: annotatorOf() })
    },
    addProfiles: async (profiles) => add(validateRecords<NeutralProfile>(profiles, NeutralProfileSchema, 'addProfiles', 'NeutralProfile'), profileIds, 'profiles', (records) => matcherOf().upsertProfiles(records)),
    addVacancies: async (vacancies) =>
      add(validateRecords<NeutralVacancy>(vacancies, NeutralVacancySchema, 'addVacancies', 'NeutralVacancy'), vacancyIds, 'vacancies', (records) => matcherOf().upsertVacancies(records)),
    removeProfiles: (ids) => remove(ids, profileIds, 'removeProfiles', (present) => matcherOf().removeProfiles(present)),
    removeVacancies: (ids) => remove(ids, vacancyIds, 'removeVacancies', (present) => matcherOf().removeVacancies(present)),
    async candidatesFor(vacancy, kOptions) {
      return matcherOf().candidatesFor(validateRecord<NeutralVacancy>(vacancy, NeutralVacancySchema, 'candidatesFor', 'NeutralVacancy'), { k: checkK(kOptions, 'candidatesFor') })
    },
    async vacanciesFor(profile, kOptions) {
      return matcherOf().vacanciesFor(validateRecord<NeutralProfile>(profile, NeutralProfileSchema, 'vacanciesFor', 'NeutralProfile'), { k: checkK(kOptions, 'vacanciesFor') })
    },
    assess: (profile, vacancy) => assessGaps(validateRecord<NeutralProfile>(profile, NeutralProfileSchema, 'assess', 'NeutralProfile'), validateRecord<NeutralVacancy>(vacancy, NeutralVacancySchema, 'assess', 'NeutralVacancy'), { taxonomy }),
    assessOccupation: (profile, occupation) => assessOccupationGaps(validateRecord<NeutralProfile>(profile, NeutralProfileSchema, 'assessOccupation', 'NeutralProfile'), occupation, { taxonomy }),
    competences: (profile, competenceOptions) =>
      assessCompetences(validateRecord<NeutralProfile>(profile, NeutralProfileSchema, 'competences', 'NeutralProfile'), {
        taxonomy,
        ...(options.today ? { today: options.today } : {}),
        ...(competenceOptions?.questionnaires ? { questionnaires: competenceOptions.questionnaires } : {}),
      }),
    train: (target, trainingOptions = {}) =>
      recommendTraining(target, {
        taxonomy,
        catalogue: trainingOptions.catalogue ?? milanCourseCatalogue(),
        ...(trainingOptions.minimize ? { minimize: trainingOptions.minimize } : {}),
        ...(trainingOptions.includeOptional ? { includeOptional: true } : {}),
      }),
    orient: (profile, orientOptions = {}) =>
      orientOccupations(profile, {
        taxonomy,
        catalogue: orientOptions.catalogue ?? milanCourseCatalogue(),
        ...(orientOptions.minimize ? { minimize: orientOptions.minimize } : {}),
        ...(orientOptions.limit ? { limit: orientOptions.limit } : {}),
        ...(options.today ? { today: options.today } : {}),
      }),
    questionnaire: (name) => (name === 'cefr' ? cefrQuestionnaire() : digcompQuestionnaire()),
    scoreQuestionnaire: (questionnaire, answers) => scoreQuestionnaire(questionnaire, answers),
    annotate: (text, annotateOptions) => annotatorOf().annotate(text, annotateOptions),
    async close() {
      const open = pool
      pool = undefined
      await open?.pool.close()
    },
  }
  return engine
}

/** The `k` of a ranking call: a whole number of at least 1. */
function checkK(options: unknown, method: string): number {
  const k = typeof options === 'object' && options !== null ? (options as { k?: unknown }).k : undefined
  if (typeof k !== 'number' || !Number.isInteger(k) || k < 1) throw new IncontroError('CORE_INVALID_INPUT', `${method}: k must be a whole number of at least 1 (e.g. { k: 10 }).`, { method, path: 'k' })
  return k
}

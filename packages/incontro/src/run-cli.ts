import { readFileSync } from 'node:fs'
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander'
import { isIncontroError, IncontroError, YearMonthSchema } from '@incontro/core'
import type { Taxonomy } from '@incontro/taxonomy'
import { runAnnotate } from './commands/annotate.js'
import { runAudit } from './commands/audit.js'
import { runAssess } from './commands/assess.js'
import { runOrient } from './commands/orient.js'
import { readQuestionnaireResults, runQuestionnaire } from './commands/questionnaire.js'
import { runTrain } from './commands/train.js'
import { runAnonymize } from './commands/anonymize.js'
import { runDemo } from './commands/demo.js'
import { runMatch } from './commands/match.js'
import { runParse } from './commands/parse.js'
import { runReviewVacancy } from './commands/review-vacancy.js'
import { runAuditLogVerify } from './commands/audit-log.js'
import { runImportEsco, runTaxonomyStats, taxonomyFromOption } from './commands/taxonomy.js'
import { createEngine, type Engine, type EngineOptions } from './create-engine.js'
import { createBatchReport, type BatchReport } from './internal/batch-report.js'
import { defaultWorkers } from './internal/worker-pool.js'
import {
  checkSourceIdTemplate,
  readDocuments,
  readInputs,
  readSourceIdMapping,
  reportError,
  resolveKey,
  type CliIo,
  type ReadBatch,
  type ReadInput,
  type SourceIdOptions,
} from './internal/io.js'

export type { CliIo } from './internal/io.js'

function packageVersion(): string {
  try {
    // src/ and dist/ are both one level below the package root.
    return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version
  } catch {
    return 'unknown'
  }
}

function positiveInt(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive whole number')
  return n
}

function nonNegativeInt(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number, 0 or more')
  return n
}

function month(value: string): string {
  if (!YearMonthSchema.safeParse(value).success) throw new InvalidArgumentError('expected YYYY-MM')
  return value
}

/**
 * Runs the `incontro` command line with the given arguments (without `node` and the script) and
 * returns the exit code: 0 on success, 1 when the run stopped on an error (or no input could be used,
 * or `review-vacancy` found an illegal requirement), 2 for usage errors, 3 when some inputs of a batch
 * failed and the others were processed.
 *
 * `inspect`, for tests, receives the command tree before it runs.
 *
 * @example
 * const code = await runCli(['annotate', 'cv.txt', '--json'], { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) })
 */
export async function runCli(argv: readonly string[], io: CliIo, inspect?: (program: Command) => void): Promise<number> {
  const program = new Command('incontro')
    .description('Gender-neutral, explainable matching of job seekers and vacancies (Italian and English).')
    .version(packageVersion(), '-v, --version')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s), outputError: () => {} })
    .showHelpAfterError(false)
  const keyOption = () => new Option('--key <key>', 'deployer key for pseudonymous ids, at least 16 bytes (default: $INCONTRO_KEY)')
  const blindOption = () => new Option('--blind', 'show the pseudonymous id instead of the file name (for output meant for others; needs a key)').default(false)
  const sourceIdOption = () =>
    new Option('--source-id <template>', 'source id of each file, from which its pseudonymous id is made: {path} (real path, the default), {name}, {stem}, {sha256}').argParser((value: string) => {
      try {
        return checkSourceIdTemplate(value)
      } catch (error) {
        throw new InvalidArgumentError(error instanceof Error ? error.message : 'invalid template')
      }
    })
  const sourceIdsOption = () => new Option('--source-ids <file>', 'JSON object from file paths (relative to the file) to source ids; overrides --source-id')
  interface InputOptions {
    sourceId?: string
    sourceIds?: string
  }
  interface BatchOptions {
    quiet: boolean
    format?: 'text' | 'json' | 'jsonl' | 'csv'
    json?: boolean
  }
  /** The batch report of this run (one batch command per run). */
  let batch: BatchReport | undefined
  const startBatch = (opts: { quiet: boolean }, blindKey?: string): BatchReport => {
    batch = createBatchReport(io, { quiet: opts.quiet, ...(blindKey !== undefined ? { blindKey } : {}) })
    return batch
  }
  /** `--format`, or what `--json` meant for this command before `--format` existed. */
  const formatOf = <F extends string>(opts: BatchOptions, json: F): F | 'text' => (opts.format as F | undefined) ?? (opts.json ? json : 'text')
  const engines: Engine[] = []
  const engineFor = (engineOptions: EngineOptions): Engine => {
    const engine = createEngine(engineOptions)
    engines.push(engine)
    return engine
  }
  const sourceIdOptions = async (opts: InputOptions): Promise<SourceIdOptions> => ({
    ...(opts.sourceId !== undefined ? { template: opts.sourceId } : {}),
    ...(opts.sourceIds !== undefined ? { mapping: await readSourceIdMapping(opts.sourceIds) } : {}),
  })
  /** Reads the inputs; the ones that cannot be read are reported and counted, the others go on. */
  const read = async (paths: readonly string[], opts: InputOptions, report: BatchReport): Promise<ReadInput[]> => {
    const read: ReadBatch<ReadInput> = await readDocuments(await readInputs(paths, io, await sourceIdOptions(opts)), io, (done, total) => report.progress('reading', done, total))
    for (const { source, error } of read.errors) report.fail(error, { source }, { reported: true })
    return read.items
  }
  /** The key for --blind on commands that otherwise need none. */
  const blindKey = (opts: { blind: boolean; key?: string }): string | undefined => (opts.blind ? resolveKey(opts.key, io) : undefined)
  const taxonomyOption = () => new Option('--taxonomy <file>', 'use an imported taxonomy file (incontro taxonomy import-esco) instead of the built-in one')
  const withTaxonomy = async (path: string | undefined) => {
    const taxonomy = await taxonomyFromOption(path)
    return taxonomy ? { taxonomy } : {}
  }
  const todayOption = () => new Option('--today <YYYY-MM>', 'month that "ad oggi"/"present" means (default: now)').argParser(month)
  const quietOption = () => new Option('--quiet', 'no progress line on stderr (it is shown only when stderr is a terminal)').default(false)
  const formatOption = (choices: readonly string[], what: string) => new Option('--format <format>', `output format: ${what}`).choices([...choices])
  const workersOption = () =>
    new Option('--workers <n>', `worker threads that neutralize CVs (default: the processors available, here ${defaultWorkers()}; 1 = this thread only)`).argParser(positiveInt)
  const taxonomyOptions = async (path: string | undefined): Promise<{ taxonomy?: Taxonomy; taxonomyFile?: string }> => {
    const taxonomy = await taxonomyFromOption(path)
    return taxonomy && path !== undefined ? { taxonomy, taxonomyFile: path } : {}
  }

  program
    .command('demo')
    .description('run the whole pipeline on the bundled example data and check every gender pair')
    .option('--data <dir>', 'directory with cvs/ and vacancies/ (default: the repository examples/data)')
    .option('--top <k>', 'candidates shown per vacancy', positiveInt, 3)
    .addOption(new Option('--index <kind>', 'vector index').choices(['hnsw', 'exact']).default('hnsw'))
    .addOption(todayOption())
    .addOption(taxonomyOption())
    .option('--json', 'print the report as JSON', false)
    .action(async (opts: { data?: string; top: number; index: 'hnsw' | 'exact'; today?: string; json: boolean; taxonomy?: string }) => {
      const report = await runDemo(
        {
          top: opts.top,
          json: opts.json,
          index: opts.index,
          ...(opts.data ? { data: opts.data } : {}),
          ...(opts.today ? { today: opts.today } : {}),
          ...(await withTaxonomy(opts.taxonomy)),
        },
        io,
      )
      if (!report.allIdentical) throw new IncontroError('CLI_IO', 'Some gender pairs did not give identical results; see the table above.')
    })

  program
    .command('parse')
    .description('parse CVs or vacancies into typed records (a file that fails is reported and the others go on)')
    .argument('<files...>', 'files or directories')
    .addOption(new Option('--kind <kind>', 'what the files are (default: guessed from content)').choices(['cv', 'vacancy']))
    .addOption(todayOption())
    .addOption(taxonomyOption())
    .addOption(keyOption())
    .addOption(blindOption())
    .addOption(sourceIdOption())
    .addOption(sourceIdsOption())
    .addOption(formatOption(['text', 'json', 'jsonl', 'csv'], 'text (default), jsonl ({ source, kind, result } per file), json ({ results, errors }), csv (one summary row per file)'))
    .option('--json', 'same as --format jsonl', false)
    .addOption(quietOption())
    .action(async (files: string[], opts: InputOptions & BatchOptions & { kind?: 'cv' | 'vacancy'; today?: string; taxonomy?: string; key?: string; blind: boolean }) => {
      const key = blindKey(opts)
      // Parsing makes no pseudonymous ids, so without --blind no key is needed.
      const engine = engineFor({ key: key ?? 'parse-makes-no-pseudonymous-ids', ...(opts.today ? { today: opts.today } : {}), ...(await taxonomyOptions(opts.taxonomy)) })
      const report = startBatch(opts, key)
      runParse(engine, await read(files, opts, report), { format: formatOf(opts, 'jsonl'), ...(opts.kind ? { kind: opts.kind } : {}), ...(key !== undefined ? { blindKey: key } : {}) }, report, io)
    })

  program
    .command('anonymize')
    .description('neutral profiles and redaction reports for CVs (a file that fails is reported and the others go on)')
    .argument('<files...>', 'files or directories')
    .addOption(keyOption())
    .addOption(blindOption())
    .addOption(sourceIdOption())
    .addOption(sourceIdsOption())
    .addOption(todayOption())
    .addOption(taxonomyOption())
    .addOption(formatOption(['text', 'json', 'jsonl'], 'text (default), jsonl ({ source, profile, report } per file, then { source, error } per failure), json ({ results, errors })'))
    .option('--json', 'same as --format jsonl', false)
    .addOption(workersOption())
    .addOption(quietOption())
    .action(async (files: string[], opts: InputOptions & BatchOptions & { key?: string; blind: boolean; today?: string; taxonomy?: string; workers?: number }) => {
      const key = resolveKey(opts.key, io)
      const engine = engineFor({ key, ...(opts.today ? { today: opts.today } : {}), ...(await taxonomyOptions(opts.taxonomy)) })
      const report = startBatch(opts, opts.blind ? key : undefined)
      // --format accepts text, json and jsonl only here (commander checks the choices).
      const format = formatOf<'json' | 'jsonl'>(opts, 'jsonl')
      await runAnonymize(engine, await read(files, opts, report), { format, blind: opts.blind, ...(opts.workers !== undefined ? { workers: opts.workers } : {}) }, report, io)
    })

  program
    .command('match')
    .description('rank the CVs of a directory for every vacancy of another, with explanations (a file that fails is reported and the others go on)')
    .requiredOption('--cvs <dir>', 'directory of CVs')
    .requiredOption('--vacancies <dir>', 'directory of vacancies')
    .option('--top <k>', 'candidates per vacancy', positiveInt, 10)
    .addOption(keyOption())
    .addOption(blindOption())
    .addOption(sourceIdOption())
    .addOption(sourceIdsOption())
    .addOption(todayOption())
    .addOption(new Option('--index <kind>', 'vector index').choices(['hnsw', 'exact']).default('hnsw'))
    .addOption(taxonomyOption())
    .addOption(formatOption(['text', 'json', 'jsonl', 'csv'], 'text (default), json ({ matches: [{ vacancy, results }], errors }), jsonl ({ vacancy, results } per vacancy), csv (one row per candidate)'))
    .option('--json', 'the CLI contract: one JSON array [{ vacancy, results }] (failures on stderr; --format json adds them to the document)', false)
    .addOption(workersOption())
    .addOption(quietOption())
    .action(
      async (
        opts: InputOptions &
          BatchOptions & { cvs: string; vacancies: string; top: number; key?: string; blind: boolean; today?: string; index: 'hnsw' | 'exact'; taxonomy?: string; workers?: number },
      ) => {
        const key = resolveKey(opts.key, io)
        const engine = engineFor({ key, index: opts.index, ...(opts.today ? { today: opts.today } : {}), ...(await taxonomyOptions(opts.taxonomy)) })
        const report = startBatch(opts, opts.blind ? key : undefined)
        const cvs = await read([opts.cvs], opts, report)
        const vacancies = await read([opts.vacancies], opts, report)
        await runMatch(
          engine,
          { cvs, vacancies, top: opts.top, format: formatOf(opts, 'array'), blind: opts.blind, ...(opts.workers !== undefined ? { workers: opts.workers } : {}) },
          report,
          io,
        )
      },
    )

  program
    .command('audit')
    .description('rank the CVs of a directory for every vacancy of another, then measure fairness with attributes kept apart (selection by group, skew@k, NDKL, exposure, predictability)')
    .requiredOption('--cvs <dir>', 'directory of CVs')
    .requiredOption('--vacancies <dir>', 'directory of vacancies')
    .requiredOption('--attributes <csv>', 'CSV with a header: column source = the CV file name, other columns attributes (read by this command only, never by matching)')
    .option('--protected <column>', 'the attribute whose groups are compared', 'gender')
    .option('--strata <column>', 'an attribute to hold fixed when measuring predictability (e.g. an occupation column)')
    .option('--top <k>', 'shortlist size counted as selected', positiveInt, 10)
    .option('--json', 'one JSON document: groups, selection, ranking, predictability', false)
    .option('--report <file.html>', 'also write a self-contained HTML report with charts')
    .addOption(keyOption())
    .addOption(sourceIdOption())
    .addOption(sourceIdsOption())
    .addOption(todayOption())
    .addOption(new Option('--index <kind>', 'vector index').choices(['hnsw', 'exact']).default('exact'))
    .addOption(taxonomyOption())
    .action(
      async (
        opts: InputOptions & { cvs: string; vacancies: string; attributes: string; protected: string; strata?: string; top: number; json: boolean; report?: string; key?: string; today?: string; index: 'hnsw' | 'exact'; taxonomy?: string },
      ) => {
        const engine = createEngine({ key: resolveKey(opts.key, io), index: opts.index, ...(opts.today ? { today: opts.today } : {}), ...(await withTaxonomy(opts.taxonomy)) })
        const report = startBatch({ quiet: false })
        const cvs = await read([opts.cvs], opts, report)
        const vacancies = await read([opts.vacancies], opts, report)
        await runAudit(
          engine,
          {
            cvs,
            vacancies,
            attributes: opts.attributes,
            protected: opts.protected,
            top: opts.top,
            json: opts.json,
            ...(opts.strata !== undefined ? { strata: opts.strata } : {}),
            ...(opts.report !== undefined ? { report: opts.report } : {}),
          },
          io,
        )
      },
    )

  program
    .command('annotate')
    .description('find taxonomy concepts in texts (- for standard input; a file that fails is reported and the others go on)')
    .argument('<files...>', 'files, directories or -')
    .addOption(taxonomyOption())
    .addOption(keyOption())
    .addOption(blindOption())
    .addOption(sourceIdOption())
    .addOption(sourceIdsOption())
    .addOption(formatOption(['text', 'json', 'jsonl', 'csv'], 'text (default), jsonl ({ source, language, mentions } per file), json ({ results, errors }), csv (one row per mention)'))
    .option('--json', 'same as --format jsonl', false)
    .addOption(quietOption())
    .action(async (files: string[], opts: InputOptions & BatchOptions & { taxonomy?: string; key?: string; blind: boolean }) => {
      const key = blindKey(opts)
      // Annotation makes no pseudonymous ids, so without --blind no key is needed.
      const engine = engineFor({ key: key ?? 'annotate-makes-no-pseudonymous-ids', ...(await taxonomyOptions(opts.taxonomy)) })
      const report = startBatch(opts, key)
      runAnnotate(engine, await read(files, opts, report), { format: formatOf(opts, 'jsonl'), ...(key !== undefined ? { blindKey: key } : {}) }, report, io)
    })

  let exitCode = 0
  program
    .command('review-vacancy')
    .description('check vacancies for gendered wording, discriminatory requirements and the both-sexes statement (exit 1 when a requirement is illegal)')
    .argument('<files...>', 'files or directories')
    .option('--fix', 'also print the neutral rewrite', false)
    .addOption(taxonomyOption())
    .addOption(keyOption())
    .addOption(blindOption())
    .addOption(sourceIdOption())
    .addOption(sourceIdsOption())
    .addOption(formatOption(['text', 'json', 'jsonl', 'csv'], 'text (default), jsonl ({ source, findings, inclusive, coding, rewritten? } per file), json ({ results, errors }), csv (one row per finding)'))
    .option('--json', 'same as --format jsonl', false)
    .addOption(quietOption())
    .action(async (files: string[], opts: InputOptions & BatchOptions & { fix: boolean; taxonomy?: string; key?: string; blind: boolean }) => {
      const key = blindKey(opts)
      const taxonomy = await taxonomyFromOption(opts.taxonomy)
      const report = startBatch(opts, key)
      exitCode = runReviewVacancy(
        await read(files, opts, report),
        { format: formatOf(opts, 'jsonl'), fix: opts.fix, ...(taxonomy ? { taxonomy } : {}), ...(key !== undefined ? { blindKey: key } : {}) },
        report,
        io,
      )
    })

  program
    .command('assess')
    .description('competence levels of a CV with their evidence, and its gap against a vacancy or an occupation')
    .argument('<cv>', 'the CV file')
    .option('--vacancy <file>', 'a vacancy to assess the CV against')
    .option('--occupation <id>', 'an occupation concept id to assess the CV against (e.g. occ.cook)')
    .option('--questionnaire <files...>', 'questionnaire results (incontro questionnaire --json) to count as self-declared evidence')
    .addOption(keyOption())
    .addOption(todayOption())
    .addOption(taxonomyOption())
    .addOption(formatOption(['text', 'json', 'csv'], 'text (default), json ({ profileId, competences, gaps? }), csv (one row per competence)'))
    .option('--json', 'same as --format json', false)
    .action(async (cv: string, opts: { vacancy?: string; occupation?: string; questionnaire?: string[]; key?: string; json: boolean; format?: 'text' | 'json' | 'csv'; today?: string; taxonomy?: string }) => {
      const engine = createEngine({ key: resolveKey(opts.key, io), ...(opts.today ? { today: opts.today } : {}), ...(await withTaxonomy(opts.taxonomy)) })
      await runAssess(
        engine,
        cv,
        {
          format: opts.format ?? (opts.json ? 'json' : 'text'),
          ...(opts.vacancy ? { vacancy: opts.vacancy } : {}),
          ...(opts.occupation ? { occupation: opts.occupation } : {}),
          ...(opts.questionnaire ? { questionnaires: readQuestionnaireResults(opts.questionnaire) } : {}),
        },
        io,
      )
    })

  program
    .command('orient')
    .description('occupations a CV could aim at, each with its gap and shortest training path')
    .argument('<cv>', 'the CV file')
    .option('--top <k>', 'occupations shown', positiveInt, 5)
    .option('--catalogue <file>', 'a course catalogue (JSON, CourseCatalogue schema; default: the example Milan catalogue)')
    .addOption(new Option('--minimize <what>', 'what the training path minimizes').choices(['hours', 'cost']).default('hours'))
    .addOption(keyOption())
    .addOption(todayOption())
    .addOption(taxonomyOption())
    .option('--json', 'one JSON object (Orientation)', false)
    .action(async (cv: string, opts: { top: number; catalogue?: string; minimize: 'hours' | 'cost'; key?: string; json: boolean; today?: string; taxonomy?: string }) => {
      const engine = createEngine({ key: resolveKey(opts.key, io), ...(opts.today ? { today: opts.today } : {}), ...(await withTaxonomy(opts.taxonomy)) })
      await runOrient(engine, cv, { top: opts.top, minimize: opts.minimize, json: opts.json, ...(opts.catalogue ? { catalogue: opts.catalogue } : {}) }, io)
    })

  program
    .command('train')
    .description('the courses that close a CV\'s gap against a vacancy or an occupation at the least hours or cost')
    .argument('<cv>', 'the CV file')
    .option('--vacancy <file>', 'the vacancy')
    .option('--occupation <id>', 'the occupation concept id (e.g. occ.cook)')
    .option('--catalogue <file>', 'a course catalogue (JSON, CourseCatalogue schema; default: the example Milan catalogue)')
    .addOption(new Option('--minimize <what>', 'what to minimize').choices(['hours', 'cost']).default('hours'))
    .option('--optional', 'also close preferred or optional skills', false)
    .addOption(keyOption())
    .addOption(todayOption())
    .addOption(taxonomyOption())
    .option('--json', 'one JSON object: { profileId, gaps, training }', false)
    .action(async (cv: string, opts: { vacancy?: string; occupation?: string; catalogue?: string; minimize: 'hours' | 'cost'; optional: boolean; key?: string; json: boolean; today?: string; taxonomy?: string }) => {
      const engine = createEngine({ key: resolveKey(opts.key, io), ...(opts.today ? { today: opts.today } : {}), ...(await withTaxonomy(opts.taxonomy)) })
      await runTrain(
        engine,
        cv,
        { minimize: opts.minimize, optional: opts.optional, json: opts.json, ...(opts.vacancy ? { vacancy: opts.vacancy } : {}), ...(opts.occupation ? { occupation: opts.occupation } : {}), ...(opts.catalogue ? { catalogue: opts.catalogue } : {}) },
        io,
      )
    })

  program
    .command('questionnaire')
    .description('a self-assessment: digcomp (digital competences, DigComp 2.2) or cefr (a language, CEFR grid); interactive in a terminal, from a file otherwise')
    .argument('<name>', 'digcomp or cefr')
    .option('--answers <file>', 'answers as JSON: { "language"?: "en", "answers": { "<item>": <value> } } (- or no file: standard input when not in a terminal)')
    .option('--language <code>', 'the language assessed (cefr), ISO 639-1')
    .addOption(new Option('--lang <lang>', 'language of the questions and output').choices(['it', 'en']).default('it'))
    .option('--json', 'the result as JSON (QuestionnaireResult), for incontro assess --questionnaire', false)
    .action(async (name: string, opts: { answers?: string; language?: string; lang: 'it' | 'en'; json: boolean }) => {
      const interactive = opts.answers === undefined && process.stdin.isTTY === true && process.stdout.isTTY === true
      await runQuestionnaire(name, { lang: opts.lang, json: opts.json, interactive, ...(opts.answers && opts.answers !== '-' ? { answers: opts.answers } : {}), ...(opts.language ? { language: opts.language } : {}) }, io)
    })

  program
    .command('serve')
    .description('the HTTP service (JSON API, OpenAPI at /openapi.json); key from INCONTRO_KEY, client keys from INCONTRO_API_KEYS (comma-separated, sent as Authorization: Bearer <key>); stops gracefully on SIGTERM')
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--port <port>', 'port to listen on (0: any free port)', (value: string) => {
      const n = Number(value)
      if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('expected a port number 0-65535')
      return n
    }, 8080)
    .option('--state <dir>', 'directory of the engine state (SQLite) and the audit trail; without it both are kept in memory only')
    .option('--insecure-no-auth', 'run without client keys (local development only; loopback addresses only)', false)
    .option('--body-limit <bytes>', 'largest request body', positiveInt, 10 * 1024 * 1024)
    .option('--rate-limit <n>', 'requests per minute per client key', positiveInt, 6000)
    .option('--request-timeout <seconds>', 'time to receive a whole request', positiveInt, 30)
    .option('--match-workers <n>', 'worker threads that answer match queries, each with a copy of the records (memory grows by one engine each); 0 matches on the main thread', nonNegativeInt, 0)
    .option('--handler-timeout <seconds>', 'longest time a request may take once received; past it the answer is 503 HANDLER_TIMEOUT and the server goes on serving', positiveInt, 30)
    .addOption(new Option('--log-level <level>', 'log level (JSON lines on stdout, without personal data)').choices(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).default('info'))
    .addOption(new Option('--index <kind>', 'vector index').choices(['hnsw', 'exact']).default('hnsw'))
    .addOption(taxonomyOption())
    .addOption(keyOption())
    .action(
      async (opts: { host: string; port: number; state?: string; insecureNoAuth: boolean; bodyLimit: number; rateLimit: number; requestTimeout: number; handlerTimeout: number; matchWorkers: number; logLevel: string; index: 'hnsw' | 'exact'; taxonomy?: string; key?: string }) => {
        // Loaded on demand: the server's dependencies (Fastify, SQLite) stay out of the other commands.
        const { runServe } = await import('./commands/serve.js')
        await runServe(
          {
            key: resolveKey(opts.key, io),
            host: opts.host,
            port: opts.port,
            insecureNoAuth: opts.insecureNoAuth,
            bodyLimit: opts.bodyLimit,
            rateLimit: opts.rateLimit,
            requestTimeout: opts.requestTimeout,
            handlerTimeout: opts.handlerTimeout,
            matchWorkers: opts.matchWorkers,
            logLevel: opts.logLevel,
            index: opts.index,
            version: packageVersion(),
            ...(opts.state !== undefined ? { state: opts.state } : {}),
            ...(await taxonomyOptions(opts.taxonomy)),
          },
          io,
        )
      },
    )

  program
    .command('audit-log')
    .description('the audit trail of a server (--state directory)')
    .command('verify')
    .description('check the hash chain of the audit trail: exit 0 when intact, 3 when an entry was edited, deleted, inserted or moved')
    .argument('<dir>', 'the state directory')
    .option('--json', 'the verification as JSON', false)
    .action((dir: string, opts: { json: boolean }) => {
      exitCode = runAuditLogVerify(dir, { json: opts.json }, io)
    })

  const taxonomyCommand = program.command('taxonomy').description('import and inspect taxonomies')
  taxonomyCommand
    .command('import-esco')
    .description('import the official ESCO CSV download (any version ≥ 1.0.8, any languages, plain or gzipped) into one file')
    .argument('<dirs...>', 'directories of the ESCO CSV download (newest version first)')
    .requiredOption('-o, --output <file>', 'the taxonomy file to write')
    .option('--json', 'print the import statistics as JSON', false)
    .action(async (dirs: string[], opts: { output: string; json: boolean }) => {
      await runImportEsco(dirs, { output: opts.output, json: opts.json }, io)
    })
  taxonomyCommand
    .command('stats')
    .description('counts of concepts, labels and relations')
    .addOption(taxonomyOption())
    .option('--json', 'print as JSON', false)
    .action(async (opts: { taxonomy?: string; json: boolean }) => {
      await runTaxonomyStats({ json: opts.json, ...(opts.taxonomy ? { taxonomy: opts.taxonomy } : {}) }, io)
    })

  // For tests: the whole command tree, to check that every option is documented.
  inspect?.(program)
  try {
    await program.parseAsync([...argv], { from: 'user' })
    batch?.finish()
    // An illegal requirement (review-vacancy) outranks inputs that failed.
    return exitCode !== 0 ? exitCode : (batch?.exitCode() ?? 0)
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0
      io.stderr(`incontro: ${error.message.replace(/^error: /, '')}\n`)
      return 2
    }
    batch?.finish()
    if (isIncontroError(error)) {
      reportError(error, io)
      return 1
    }
    io.stderr(`incontro: unexpected error: ${error instanceof Error ? error.name : 'unknown'}. Please report it with the command you ran (not your data).\n`)
    return 1
  } finally {
    await Promise.all(engines.map((engine) => engine.close()))
  }
}

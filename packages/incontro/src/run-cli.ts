import { readFileSync } from 'node:fs'
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander'
import { isIncontroError, IncontroError, YearMonthSchema } from '@incontro/core'
import { runAnnotate } from './commands/annotate.js'
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
import { createEngine } from './create-engine.js'
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

function month(value: string): string {
  if (!YearMonthSchema.safeParse(value).success) throw new InvalidArgumentError('expected YYYY-MM')
  return value
}

/**
 * Runs the `incontro` command line with the given arguments (without `node` and the script) and
 * returns the exit code: 0 on success, 1 for bad input, 2 for usage errors.
 *
 * @example
 * const code = await runCli(['annotate', 'cv.txt', '--json'], { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) })
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
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
  let failures = 0
  interface InputOptions {
    sourceId?: string
    sourceIds?: string
  }
  const sourceIdOptions = async (opts: InputOptions): Promise<SourceIdOptions> => ({
    ...(opts.sourceId !== undefined ? { template: opts.sourceId } : {}),
    ...(opts.sourceIds !== undefined ? { mapping: await readSourceIdMapping(opts.sourceIds) } : {}),
  })
  /** Reads the inputs; the ones that cannot be read are reported and counted, the others go on. */
  const read = async (paths: readonly string[], opts: InputOptions): Promise<ReadInput[]> => {
    const batch: ReadBatch<ReadInput> = await readDocuments(await readInputs(paths, io, await sourceIdOptions(opts)), io)
    failures += batch.failures
    return batch.items
  }
  /** The key for --blind on commands that otherwise need none. */
  const blindKey = (opts: { blind: boolean; key?: string }): string | undefined => (opts.blind ? resolveKey(opts.key, io) : undefined)
  const taxonomyOption = () => new Option('--taxonomy <file>', 'use an imported taxonomy file (incontro taxonomy import-esco) instead of the built-in one')
  const withTaxonomy = async (path: string | undefined) => {
    const taxonomy = await taxonomyFromOption(path)
    return taxonomy ? { taxonomy } : {}
  }
  const todayOption = () => new Option('--today <YYYY-MM>', 'month that "ad oggi"/"present" means (default: now)').argParser(month)

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
    .description('parse CVs or vacancies into typed records')
    .argument('<files...>', 'files or directories')
    .addOption(new Option('--kind <kind>', 'what the files are (default: guessed from content)').choices(['cv', 'vacancy']))
    .addOption(todayOption())
    .addOption(taxonomyOption())
    .addOption(keyOption())
    .addOption(blindOption())
    .addOption(sourceIdOption())
    .addOption(sourceIdsOption())
    .option('--json', 'one JSON object per file per line', false)
    .action(async (files: string[], opts: InputOptions & { kind?: 'cv' | 'vacancy'; json: boolean; today?: string; taxonomy?: string; key?: string; blind: boolean }) => {
      const key = blindKey(opts)
      // Parsing makes no pseudonymous ids, so without --blind no key is needed.
      const engine = createEngine({ key: key ?? 'parse-makes-no-pseudonymous-ids', ...(opts.today ? { today: opts.today } : {}), ...(await withTaxonomy(opts.taxonomy)) })
      runParse(engine, await read(files, opts), { json: opts.json, ...(opts.kind ? { kind: opts.kind } : {}), ...(key !== undefined ? { blindKey: key } : {}) }, io)
    })

  program
    .command('anonymize')
    .description('neutral profiles and redaction reports for CVs')
    .argument('<files...>', 'files or directories')
    .addOption(keyOption())
    .addOption(blindOption())
    .addOption(sourceIdOption())
    .addOption(sourceIdsOption())
    .addOption(todayOption())
    .addOption(taxonomyOption())
    .option('--json', 'JSON Lines: { source, profile, report } per file', false)
    .action(async (files: string[], opts: InputOptions & { key?: string; json: boolean; blind: boolean; today?: string; taxonomy?: string }) => {
      const engine = createEngine({ key: resolveKey(opts.key, io), ...(opts.today ? { today: opts.today } : {}), ...(await withTaxonomy(opts.taxonomy)) })
      runAnonymize(engine, await read(files, opts), { json: opts.json, blind: opts.blind }, io)
    })

  program
    .command('match')
    .description('rank the CVs of a directory for every vacancy of another, with explanations')
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
    .option('--json', 'one JSON document', false)
    .action(
      async (
        opts: InputOptions & { cvs: string; vacancies: string; top: number; key?: string; json: boolean; blind: boolean; today?: string; index: 'hnsw' | 'exact'; taxonomy?: string },
      ) => {
        const engine = createEngine({ key: resolveKey(opts.key, io), index: opts.index, ...(opts.today ? { today: opts.today } : {}), ...(await withTaxonomy(opts.taxonomy)) })
        const cvs = await read([opts.cvs], opts)
        const vacancies = await read([opts.vacancies], opts)
        await runMatch(engine, { cvs, vacancies, top: opts.top, json: opts.json, blind: opts.blind }, io)
      },
    )

  program
    .command('annotate')
    .description('find taxonomy concepts in texts (- for standard input)')
    .argument('<files...>', 'files, directories or -')
    .addOption(taxonomyOption())
    .addOption(keyOption())
    .addOption(blindOption())
    .addOption(sourceIdOption())
    .addOption(sourceIdsOption())
    .option('--json', 'JSON Lines: { source, language, mentions } per file', false)
    .action(async (files: string[], opts: InputOptions & { json: boolean; taxonomy?: string; key?: string; blind: boolean }) => {
      const key = blindKey(opts)
      // Annotation makes no pseudonymous ids, so without --blind no key is needed.
      const engine = createEngine({ key: key ?? 'annotate-makes-no-pseudonymous-ids', ...(await withTaxonomy(opts.taxonomy)) })
      runAnnotate(engine, await read(files, opts), { json: opts.json, ...(key !== undefined ? { blindKey: key } : {}) }, io)
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
    .option('--json', 'JSON Lines: { source, findings, inclusive, coding, rewritten? } per file', false)
    .action(async (files: string[], opts: InputOptions & { json: boolean; fix: boolean; taxonomy?: string; key?: string; blind: boolean }) => {
      const key = blindKey(opts)
      const taxonomy = await taxonomyFromOption(opts.taxonomy)
      exitCode = runReviewVacancy(await read(files, opts), { json: opts.json, fix: opts.fix, ...(taxonomy ? { taxonomy } : {}), ...(key !== undefined ? { blindKey: key } : {}) }, io)
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
    .option('--json', 'one JSON object: { profileId, competences, gaps? }', false)
    .action(async (cv: string, opts: { vacancy?: string; occupation?: string; questionnaire?: string[]; key?: string; json: boolean; today?: string; taxonomy?: string }) => {
      const engine = createEngine({ key: resolveKey(opts.key, io), ...(opts.today ? { today: opts.today } : {}), ...(await withTaxonomy(opts.taxonomy)) })
      await runAssess(
        engine,
        cv,
        {
          json: opts.json,
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
    .addOption(new Option('--log-level <level>', 'log level (JSON lines on stdout, without personal data)').choices(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).default('info'))
    .addOption(new Option('--index <kind>', 'vector index').choices(['hnsw', 'exact']).default('hnsw'))
    .addOption(taxonomyOption())
    .addOption(keyOption())
    .action(
      async (opts: { host: string; port: number; state?: string; insecureNoAuth: boolean; bodyLimit: number; rateLimit: number; requestTimeout: number; logLevel: string; index: 'hnsw' | 'exact'; taxonomy?: string; key?: string }) => {
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
            logLevel: opts.logLevel,
            index: opts.index,
            version: packageVersion(),
            ...(opts.state !== undefined ? { state: opts.state } : {}),
            ...(await withTaxonomy(opts.taxonomy)),
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

  try {
    await program.parseAsync([...argv], { from: 'user' })
    return failures > 0 ? 1 : exitCode
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0
      io.stderr(`incontro: ${error.message.replace(/^error: /, '')}\n`)
      return 2
    }
    if (isIncontroError(error)) {
      reportError(error, io)
      return 1
    }
    io.stderr(`incontro: unexpected error: ${error instanceof Error ? error.name : 'unknown'}. Please report it with the command you ran (not your data).\n`)
    return 1
  }
}

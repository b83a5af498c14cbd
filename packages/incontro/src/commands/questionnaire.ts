import { createInterface } from 'node:readline/promises'
import { cefrQuestionnaire, digcompQuestionnaire, scoreQuestionnaire } from '@incontro/assess'
import {
  IncontroError,
  LanguageCodeSchema,
  QuestionnaireAnswersSchema,
  QuestionnaireResultSchema,
  type Language,
  type Questionnaire,
  type QuestionnaireAnswers,
  type QuestionnaireResult,
} from '@incontro/core'
import { maxInputBytes, type CliIo } from '../internal/io.js'
import { readJsonFile } from './assess.js'

/** The instruments the CLI knows by name. */
export function questionnaireByName(name: string): Questionnaire {
  if (name === 'digcomp') return digcompQuestionnaire()
  if (name === 'cefr') return cefrQuestionnaire()
  throw new IncontroError('CLI_USAGE', `Unknown questionnaire "${name}"; use digcomp or cefr.`, { name })
}

/** Reads questionnaire results (`incontro questionnaire --json` output) to count as self-declared evidence. */
export function readQuestionnaireResults(paths: readonly string[]): QuestionnaireResult[] {
  return paths.map((path) => {
    const parsed = QuestionnaireResultSchema.safeParse(readJsonFile(path, 'questionnaire result'))
    if (!parsed.success) throw new IncontroError('CORE_SCHEMA_VIOLATION', `The file ${path} is not a questionnaire result (QuestionnaireResult schema); make it with incontro questionnaire --json.`, { path })
    return parsed.data
  })
}

function parseAnswers(value: unknown, questionnaire: Questionnaire, language: string | undefined, source: string): QuestionnaireAnswers {
  const withDefaults = typeof value === 'object' && value !== null ? { questionnaire: questionnaire.id, ...(language ? { language } : {}), ...(value as object) } : value
  const parsed = QuestionnaireAnswersSchema.safeParse(withDefaults)
  if (!parsed.success) throw new IncontroError('CORE_SCHEMA_VIOLATION', `The answers in ${source} do not match the QuestionnaireAnswers schema ({ answers: { "<item>": <value> } }).`, { source })
  return language ? { ...parsed.data, language } : parsed.data
}

/** Asks every item in a terminal, skipping items whose prerequisite is not met. */
async function askInTerminal(questionnaire: Questionnaire, lang: Language, language: string | undefined, io: CliIo): Promise<QuestionnaireAnswers> {
  const rl = createInterface({ input: process.stdin, output: process.stdout })
  try {
    let code = language
    if (questionnaire.perLanguage === true && code === undefined) {
      for (;;) {
        const answer = (await rl.question(lang === 'it' ? 'Lingua da valutare (codice ISO, es. en): ' : 'Language to assess (ISO code, e.g. en): ')).trim().toLowerCase()
        if (LanguageCodeSchema.safeParse(answer).success) {
          code = answer
          break
        }
      }
    }
    io.stdout(`${questionnaire.title[lang]}\n${questionnaire.instructions[lang]}\n`)
    const options = questionnaire.answers.map((a, i) => `${i} ${a[lang]}`).join(' · ')
    const answers: Record<string, number> = {}
    for (const item of questionnaire.items) {
      if (item.requires && (answers[item.requires.item] ?? 0) < item.requires.minAnswer) continue
      for (;;) {
        const raw = (await rl.question(`\n${item.text[lang]}\n  ${options}\n> `)).trim()
        const value = Number(raw)
        if (raw !== '' && Number.isInteger(value) && value >= 0 && value < Math.min(questionnaire.answers.length, item.levels.length)) {
          answers[item.id] = value
          break
        }
      }
    }
    return { questionnaire: questionnaire.id, version: questionnaire.version, ...(code ? { language: code } : {}), answers }
  } finally {
    rl.close()
  }
}

/** Human-readable questionnaire result. */
export function formatQuestionnaireResult(questionnaire: Questionnaire, result: QuestionnaireResult, lang: Language): string {
  const lines = [`${questionnaire.title[lang]}${result.language ? ` — ${result.language}` : ''} (version ${result.version})`]
  for (const c of result.competences) {
    const label = questionnaire.competences.find((q) => q.id === c.competence)?.label[lang] ?? c.competence
    lines.push(`  ${label.padEnd(48)} ${c.label}`)
  }
  if (result.overall) lines.push(`  ${(lang === 'it' ? 'Livello complessivo' : 'Overall').padEnd(48)} ${result.overall.label} (${result.overall.rule})`)
  if (result.unanswered.length > 0) lines.push(`  ${result.unanswered.length} item(s) not answered (counted as 0)`)
  return `${lines.join('\n')}\n`
}

/**
 * `incontro questionnaire`: a self-assessment, asked interactively in a terminal, or scored from an
 * answers file (or JSON on standard input) otherwise.
 */
export async function runQuestionnaire(name: string, options: { answers?: string; lang: Language; language?: string; json: boolean; interactive: boolean }, io: CliIo): Promise<QuestionnaireResult> {
  const questionnaire = questionnaireByName(name)
  if (options.language !== undefined && !LanguageCodeSchema.safeParse(options.language).success) throw new IncontroError('CLI_USAGE', 'The --language must be an ISO 639-1 code such as en.')
  let answers: QuestionnaireAnswers
  if (options.answers) answers = parseAnswers(readJsonFile(options.answers, 'answers file'), questionnaire, options.language, options.answers)
  else if (options.interactive) answers = await askInTerminal(questionnaire, options.lang, options.language, io)
  else if (io.stdin) {
    let value: unknown
    try {
      value = JSON.parse(new TextDecoder().decode(await io.stdin(maxInputBytes)))
    } catch {
      throw new IncontroError('CLI_IO', 'Standard input is not a JSON answers file; give --answers <file> or run the command in a terminal.')
    }
    answers = parseAnswers(value, questionnaire, options.language, 'standard input')
  } else throw new IncontroError('CLI_USAGE', 'Give --answers <file>, or run the command in a terminal to answer interactively.')
  const result = scoreQuestionnaire(questionnaire, answers)
  io.stdout(options.json ? `${JSON.stringify(result)}\n` : formatQuestionnaireResult(questionnaire, result, options.lang))
  return result
}

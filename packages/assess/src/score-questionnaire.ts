import { IncontroError, QuestionnaireAnswersSchema, type Questionnaire, type QuestionnaireAnswers, type QuestionnaireResult } from '@incontro/core'

/**
 * Scores a questionnaire's answers: each competence gets the highest level its answered items show
 * (`item.levels[answer]`), an item counting only when its prerequisite item got at least its
 * `minAnswer`; the overall level, when the questionnaire has one, combines the competence levels by
 * its rule (median: the lower middle). Unanswered items are listed and count as 0. Throws
 * `CORE_INVALID_INPUT` for answers to another questionnaire, unknown items, answers outside the scale,
 * or a per-language questionnaire without the language.
 *
 * @example
 * const result = scoreQuestionnaire(cefrQuestionnaire(), answers)
 * result.overall // { level: 4, label: 'B2', rule: 'median of 5 activities' }
 */
export function scoreQuestionnaire(questionnaire: Questionnaire, input: QuestionnaireAnswers): QuestionnaireResult {
  const parsed = QuestionnaireAnswersSchema.safeParse(input)
  if (!parsed.success) {
    throw new IncontroError('CORE_INVALID_INPUT', `The answers do not match the QuestionnaireAnswers schema at ${parsed.error.issues[0]?.path.join('.') ?? '?'}.`, {})
  }
  const answers = parsed.data
  if (answers.questionnaire !== questionnaire.id) {
    throw new IncontroError('CORE_INVALID_INPUT', `These answers are for questionnaire "${answers.questionnaire}", not "${questionnaire.id}".`, { expected: questionnaire.id })
  }
  if (questionnaire.perLanguage === true && answers.language === undefined) {
    throw new IncontroError('CORE_INVALID_INPUT', `Questionnaire "${questionnaire.id}" is about one language: give its ISO 639-1 code in "language".`, {})
  }
  const items = new Map(questionnaire.items.map((item) => [item.id, item]))
  for (const [id, value] of Object.entries(answers.answers)) {
    const item = items.get(id)
    if (item === undefined) throw new IncontroError('CORE_INVALID_INPUT', `Unknown item "${id}" for questionnaire "${questionnaire.id}".`, { item: id })
    if (value >= questionnaire.answers.length || value >= item.levels.length) {
      throw new IncontroError('CORE_INVALID_INPUT', `Answer ${value} to item "${id}" is outside the scale 0–${Math.min(questionnaire.answers.length, item.levels.length) - 1}.`, { item: id })
    }
  }
  const label = (level: number) => (level === 0 ? 'not shown' : (questionnaire.levelLabels[level - 1] ?? String(level)))
  const competences = questionnaire.competences.map((competence) => {
    let level = 0
    let from: string[] = []
    for (const item of questionnaire.items) {
      if (item.competence !== competence.id) continue
      const answer = answers.answers[item.id]
      if (answer === undefined) continue
      if (item.requires && (answers.answers[item.requires.item] ?? 0) < item.requires.minAnswer) continue
      const shown = item.levels[answer] ?? 0
      if (shown > level) {
        level = shown
        from = [item.id]
      }
    }
    return { competence: competence.id, ...(competence.concept ? { concept: competence.concept } : {}), level, label: label(level), items: from }
  })
  const result: QuestionnaireResult = {
    questionnaire: questionnaire.id,
    version: questionnaire.version,
    ...(answers.language ? { language: answers.language } : {}),
    scale: questionnaire.scale,
    competences,
    unanswered: questionnaire.items.filter((item) => answers.answers[item.id] === undefined).map((item) => item.id),
  }
  if (questionnaire.overall) {
    const sorted = competences.map((c) => c.level).sort((a, b) => a - b)
    const rule = questionnaire.overall.rule
    const level = rule === 'min' ? (sorted[0] ?? 0) : rule === 'max' ? (sorted[sorted.length - 1] ?? 0) : (sorted[Math.floor((sorted.length - 1) / 2)] ?? 0)
    result.overall = { level, label: label(level), rule: `${rule} of ${competences.length} ${questionnaire.scale === 'cefr' ? 'activities' : 'competences'}` }
  }
  return result
}

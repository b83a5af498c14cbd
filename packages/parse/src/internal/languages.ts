import { cefrRank, tokenize, type CefrLevel, type Span, type Token } from '@incontro/core'
import { languageNames, levelWords } from './language-words.js'
import { compilePhrases, matchPhrases, type PhraseMatch } from './phrases.js'

const nameTable = compilePhrases(languageNames)
const levelTable = compilePhrases(levelWords)
const clauseBreaks = new Set([',', ';', '|', '•', '/', '·'])

/** Keys of the tokens a mention starts from (the first words of language names); a line without any names no language. */
export const languageTriggers: ReadonlySet<string> = new Set(nameTable.byFirst.keys())

/** A language declared in a line, with its level when one was given. */
export interface LanguageMention {
  code: string
  level?: CefrLevel
  span: Span
}

function isCefrCode(match: PhraseMatch<CefrLevel>, tokens: readonly Token[]): boolean {
  return /^[abc][12]$/.test(tokens[match.first]?.norm ?? '')
}

/**
 * Languages named in one line and the level declared for each: "Inglese: B2", "madrelingua italiana",
 * "English – C1", "Francese (buono)", "native speaker of Arabic". Works clause by clause (commas,
 * semicolons and bars separate clauses); a level after a language wins over one before it.
 */
export function findLanguages(lineText: string, offset: number, tokens: readonly Token[] = tokenize(lineText)): LanguageMention[] {
  // Most lines name no language: the first word of a name is the cheapest thing to look for.
  if (!tokens.some((token) => languageTriggers.has(token.norm))) return []
  const mentions: LanguageMention[] = []
  let clauseStart = 0
  for (let i = 0; i <= tokens.length; i++) {
    const token = tokens[i]
    if (token !== undefined && !(token.kind === 'punct' && clauseBreaks.has(token.norm))) continue
    if (i > clauseStart) for (const mention of clauseLanguages(tokens.slice(clauseStart, i), offset)) mentions.push(mention)
    clauseStart = i + 1
  }
  return mentions
}

function clauseLanguages(tokens: readonly Token[], offset: number): LanguageMention[] {
  const names = matchPhrases(tokens, nameTable)
  if (names.length === 0) return []
  const levels = matchPhrases(tokens, levelTable).filter((level) => {
    // A lone uppercase "A2"-style code is a level; a lowercase "base" inside "di base" is matched as a phrase.
    return !names.some((name) => level.first <= name.last && level.last >= name.first)
  })
  return names.map((name, n) => {
    const nextName = names[n + 1]?.first ?? tokens.length
    const previousName = names[n - 1]?.last ?? -1
    const after = levels.filter((level) => level.first > name.last && level.first < nextName)
    const before = levels.filter((level) => level.last < name.first && level.first > previousName)
    const level =
      pickLevel(after, tokens) ??
      pickLevel(before, tokens) ??
      (levels.length > 0 && names.length > 1 && after.length === 0 && before.length === 0 ? pickLevel(levels.slice(-1), tokens) : undefined)
    const first = tokens[level ? Math.min(level.first, name.first) : name.first] as Token
    const last = tokens[level ? Math.max(level.last, name.last) : name.last] as Token
    const mention: LanguageMention = { code: name.value, span: { start: offset + first.start, end: offset + last.end } }
    if (level) mention.level = level.value
    return mention
  })
}

/** The first CEFR code ("B2") among the level candidates, else the first candidate. */
function pickLevel(candidates: readonly PhraseMatch<CefrLevel>[], tokens: readonly Token[]): PhraseMatch<CefrLevel> | undefined {
  return candidates.find((candidate) => isCefrCode(candidate, tokens)) ?? candidates[0]
}

/** Keeps one mention per language, the highest level (the first one on ties). */
export function highestPerLanguage<T extends { code: string; level: CefrLevel }>(mentions: readonly T[]): T[] {
  const best = new Map<string, T>()
  for (const mention of mentions) {
    const current = best.get(mention.code)
    if (current === undefined || cefrRank(mention.level) > cefrRank(current.level)) best.set(mention.code, mention)
  }
  return [...best.values()]
}

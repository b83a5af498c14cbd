import { tokenize, type Span, type Token } from '@incontro/core'
import { licenceCodes } from './language-words.js'

const licenceKeywords = new Set(['patente', 'patenti'])
const fillers = new Set([
  'di', 'guida', 'cat', 'categoria', 'categorie', 'tipo', 'type', 'category', 'categories', ':', ',', 'e', 'ed', 'and',
  '+', '/', '(', ')', '-', '–', '.', '&', 'driving', 'driver', "'", 's', 'licence', 'license', 'licences', 'licenses',
])
const negations = new Set(['senza', 'no', 'non', 'nessuna', 'without', 'not', 'nessun'])
const forkliftWords = new Set(['muletto', 'muletti', 'forklift', 'elevatore', 'elevatori', 'carrellista'])
/** Keys of the tokens a mention starts from; a line without any has no licence. */
export const licenceTriggers: ReadonlySet<string> = new Set([...licenceKeywords, 'driving', 'driver', 'cqc', 'adr', ...forkliftWords])
const forkliftQualifiers = new Set(['patentino', 'abilitazione', 'attestato', 'certificazione', 'licence', 'license', 'certificate', 'certified', 'patente', 'carrellista'])

/** A licence named in a line. */
export interface LicenceMention {
  code: string
  span: Span
}

function isNegated(tokens: readonly Token[], at: number): boolean {
  for (let k = Math.max(0, at - 3); k < at; k++) if (negations.has(tokens[k]?.norm ?? '')) return true
  return false
}

/**
 * Driving licences and certificates in one line: "Patente B", "patente di guida B", "Patente C + CQC",
 * "patenti A e B", "Driving licence: B", "patentino muletto", "forklift licence". Negated mentions
 * ("senza patente", "no driving licence", "Patente: nessuna") give nothing.
 */
export function findLicences(lineText: string, offset: number, tokens: readonly Token[] = tokenize(lineText)): LicenceMention[] {
  if (!tokens.some((token) => licenceTriggers.has(token.norm))) return []
  const found: LicenceMention[] = []
  const used = new Set<number>()
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token
    const driving = token.norm === 'driving' && ['licence', 'license', 'licences', 'licenses'].includes(tokens[i + 1]?.norm ?? '')
    const drivers = token.norm === 'driver' && tokens[i + 3] !== undefined && ['licence', 'license'].includes(tokens[i + 3]?.norm ?? '')
    if (!licenceKeywords.has(token.norm) && !driving && !drivers) continue
    if (isNegated(tokens, i)) continue
    const codes: { code: string; end: number; index: number }[] = []
    let negatedAfter = false
    for (let j = i + 1; j < tokens.length && j < i + 16; j++) {
      const next = tokens[j] as Token
      const code = Object.hasOwn(licenceCodes, next.norm) ? licenceCodes[next.norm] : undefined
      if (code !== undefined) {
        const raw = lineText.slice(next.start, next.end)
        if (next.norm === 'a' && raw !== 'A') break
        codes.push({ code, end: next.end, index: j })
        continue
      }
      if (['no', 'nessuna', 'none', 'nessuno'].includes(next.norm) && codes.length === 0) {
        negatedAfter = true
        break
      }
      if (!fillers.has(next.norm)) break
    }
    if (negatedAfter) continue
    for (const code of codes) {
      used.add(code.index)
      found.push({ code: code.code, span: { start: offset + token.start, end: offset + code.end } })
    }
  }
  let forklift = -1
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token
    if ((token.norm === 'cqc' || token.norm === 'adr') && !used.has(i) && lineText.slice(token.start, token.end) === token.norm.toUpperCase()) {
      if (!isNegated(tokens, i)) found.push({ code: token.norm.toUpperCase(), span: { start: offset + token.start, end: offset + token.end } })
    }
    if (forkliftWords.has(token.norm) && forklift === -1) forklift = i
  }
  if (forklift !== -1) {
    // The qualifier ("patentino", "licence", "abilitazione") must stand within four words of the machine.
    let qualifier = -1
    for (let k = Math.max(0, forklift - 4); k <= Math.min(tokens.length - 1, forklift + 4); k++) {
      if (forkliftQualifiers.has(tokens[k]?.norm ?? '') && (qualifier === -1 || Math.abs(k - forklift) < Math.abs(qualifier - forklift))) qualifier = k
    }
    const from = Math.min(qualifier, forklift)
    if (qualifier !== -1 && !isNegated(tokens, from)) {
      const first = tokens[from] as Token
      const last = tokens[Math.max(qualifier, forklift)] as Token
      found.push({ code: 'forklift', span: { start: offset + first.start, end: offset + last.end } })
    }
  }
  return found
}

/** Keeps the first mention of each code. */
export function uniqueLicences<T extends { code: string }>(mentions: readonly T[]): T[] {
  const seen = new Set<string>()
  return mentions.filter((mention) => (seen.has(mention.code) ? false : (seen.add(mention.code), true)))
}

import type { Token } from '@incontro/core'
import { matchCase } from './context.js'
import { reviewMessage } from './review-messages.js'
import type { ReviewCandidate } from './review-types.js'
import { references } from './vacancy-words.js'

/** English masculine generics that are not job titles, with a neutral word (titles such as "chairman" are in the title list). */
const masculineGenericWords: ReadonlyMap<string, string> = new Map([
  ['manpower', 'workforce'], ['mankind', 'humankind'], ['guys', 'everyone'], ['workman', 'worker'], ['workmen', 'workers'],
  ['middleman', 'intermediary'], ['middlemen', 'intermediaries'], ['layman', 'non-specialist'], ['laymen', 'non-specialists'],
  ['manmade', 'artificial'], ['gentlemen', 'everyone'],
])

/** English age-coded phrases and their neutral rewrite; each pattern is linear (no nested quantifiers). */
const ageCodedPhrases: readonly { pattern: RegExp; replacement: string }[] = [
  { pattern: /\byoung,? (?:and |& )?(?:dynamic|energetic|vibrant|motivated)\b/giu, replacement: 'dynamic' },
  { pattern: /\byoung (?:team|company|environment|professionals?|talents?|people|workforce)\b/giu, replacement: '' },
  { pattern: /\byouthful\b/giu, replacement: 'energetic' },
  { pattern: /\bdigital natives?\b/giu, replacement: 'digitally skilled candidates' },
  { pattern: /\b(?:recent|fresh|new) (?:grad|graduate)s?\b/giu, replacement: 'early-career candidates' },
  { pattern: /\bman-hours?\b/giu, replacement: 'person-hours' },
]

/** English masculine generic words and age-coded phrases ("manpower", "young and dynamic", "digital native", "recent graduate"). */
export function englishInclusiveLanguage(text: string, tokens: readonly Token[], insideRequirement: (start: number, end: number) => boolean): ReviewCandidate[] {
  const out: ReviewCandidate[] = []
  for (const tok of tokens) {
    const neutral = tok.kind === 'word' ? masculineGenericWords.get(tok.norm) : undefined
    if (neutral === undefined) continue
    out.push({
      category: 'masculine-generic',
      severity: 'warning',
      start: tok.start,
      end: tok.end,
      message: reviewMessage('masculine-generic-word', 'en'),
      suggestion: neutral,
      reference: references.gender,
      replacement: matchCase(text.slice(tok.start, tok.end), neutral),
    })
  }
  for (const { pattern, replacement } of ageCodedPhrases) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index
      const end = start + m[0].length
      if (insideRequirement(start, end)) continue
      const hours = /hour/i.test(m[0])
      // "a young team" → "a team": the phrase keeps its noun.
      const rewritten = replacement === '' ? m[0].replace(/^young\s+/iu, '') : matchCase(m[0].slice(0, 1), replacement.slice(0, 1)) + replacement.slice(1)
      out.push({
        category: hours ? 'masculine-generic' : 'age-coded',
        severity: 'warning',
        start,
        end,
        message: reviewMessage(hours ? 'masculine-generic-word' : 'age-coded', 'en'),
        suggestion: rewritten,
        reference: hours ? references.gender : references.age,
        replacement: rewritten,
      })
    }
  }
  return out
}

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { tokenize, type Token } from '@incontro/core'
import { matchCase, mergeAscending, newContextMemo, tokensWith, trigger, type ScrubContext } from './context.js'
import { placeholders, resolveEdits, type Candidate } from './edits.js'
import { isLetterOrDigitUnit, isLetterUnit, placeholdersIn } from './scrub-text.js'
import { lineIndex } from './search.js'
import { handParsed } from './test-helpers.js'
import { anonymize } from '../anonymize.js'
import { builtinTaxonomy } from '@incontro/taxonomy'

// Words and near misses for the trigger lookup: same first/last letter, same length, accents, digits, case.
const words = ['nata', 'nato', 'nati', 'anta', 'sono', 'sonno', 'età', 'eta', 'anni', 'anno', 'figli', 'figlio', 'x', 'é', '2', '42', 'a2', 'lei', 'Lei', 'LEI', 'ləi']
const wordText = fc.array(fc.oneof(fc.constantFrom(...words, ' ', '\n', ', ', '.', '-'), fc.string({ maxLength: 4 })), { maxLength: 40 }).map((parts) => parts.join(' '))

const testTrigger = trigger(['nata', 'anni', '2', 'figlio', 'ləi', 'eta'])
const testWords = new Set(['nata', 'anni', '2', 'figlio', 'ləi', 'eta'])

/** The first definition of `tokensWith`: every word and number token looked up, the number list merged. */
function tokensWithByLookup(tokens: readonly Token[], numbers: boolean): number[] {
  const out: number[] = []
  tokens.forEach((t, i) => {
    if (t.kind === 'punct') return
    if (testWords.has(t.norm) || (numbers && t.kind === 'number')) out.push(i)
  })
  return out
}

const contextOf = (text: string, memo: boolean) =>
  (memo ? { text, tokens: tokenize(text), memo: newContextMemo() } : { text, tokens: tokenize(text) }) as unknown as ScrubContext

describe('tokensWith', () => {
  it('finds the positions a lookup of every token finds, with and without numbers, memo or not, asked twice (property)', () => {
    fc.assert(
      fc.property(wordText, fc.boolean(), (text, memo) => {
        const context = contextOf(text, memo)
        for (const numbers of [true, false, true]) expect([...tokensWith(context, testTrigger, numbers)]).toEqual(tokensWithByLookup(context.tokens, numbers))
      }),
      { numRuns: 2000 },
    )
  })

  it('merges two ascending lists into their sorted union (property)', () => {
    const ascending = fc.uniqueArray(fc.nat({ max: 60 }), { maxLength: 30 }).map((xs) => xs.sort((a, b) => a - b))
    fc.assert(
      fc.property(ascending, ascending, (xs, ys) => {
        expect(mergeAscending(xs, ys)).toEqual([...new Set([...xs, ...ys])].sort((a, b) => a - b))
      }),
    )
  })
})

/** The first definition of `matchCase`: a regular expression picks the ASCII path. */
function matchCaseByPattern(original: string, replacement: string): string {
  if (replacement.length === 0) return replacement
  if (/^[\x00-\x7f]*$/.test(original)) {
    let count = 0
    let upper = 0
    let firstUpper = false
    for (let i = 0; i < original.length; i++) {
      const c = original.charCodeAt(i)
      const isUpper = c >= 65 && c <= 90
      if (!isUpper && !(c >= 97 && c <= 122)) continue
      if (count === 0) firstUpper = isUpper
      count++
      if (isUpper) upper++
    }
    if (count > 1 && upper === count) return replacement.toUpperCase()
    return firstUpper ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement
  }
  const letters = original.replace(/[^\p{L}]/gu, '')
  if (letters.length > 1 && letters === letters.toUpperCase()) return replacement.toUpperCase()
  const first = letters.charAt(0)
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1)
  }
  return replacement
}

describe('matchCase', () => {
  it('gives what the pattern-guarded version gives, ASCII or not (property)', () => {
    const piece = fc.constantFrom('a', 'B', 'LEI', 'lei', 'É', 'é', 'ß', '1', ' ', '-', "'", 'Ə', '\u00AD', 'ш', 'Ш', '😀', '\u0080')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }).map((p) => p.join('')), fc.constantFrom('', 'loro', 'ləi', 'congedo', 'x'), (original, replacement) => {
        expect(matchCase(original, replacement)).toBe(matchCaseByPattern(original, replacement))
      }),
      { numRuns: 3000 },
    )
  })
})

describe('lineIndex', () => {
  it('answers as lastIndexOf and indexOf of the newline (property)', () => {
    const text = fc.array(fc.constantFrom('a', '\n', ' ', 'é', '\r'), { maxLength: 40 }).map((p) => p.join(''))
    fc.assert(
      fc.property(text, fc.integer({ min: -3, max: 45 }), (t, offset) => {
        const lines = lineIndex(t)
        expect(lines.startOf(offset)).toBe(t.lastIndexOf('\n', offset - 1) + 1)
        const end = t.indexOf('\n', offset)
        expect(lines.endOf(offset)).toBe(end < 0 ? t.length : end)
      }),
      { numRuns: 3000 },
    )
  })
})

describe('scrubText shortcuts', () => {
  it('finds the placeholders matchAll finds, and none without a "[" (property)', () => {
    const names = Object.values(placeholders) as string[]
    const piece = fc.constantFrom(...names, '[', ']', '[NAME', 'NAME]', '[[NAME]]', 'a', ' ', '[name]', '[X]')
    const pattern = new RegExp(names.map((p) => p.replace(/[[\]-]/g, (c) => `\\${c}`)).join('|'), 'g')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }).map((p) => p.join('')), (text) => {
        expect(placeholdersIn(text)).toEqual([...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length })))
      }),
      { numRuns: 2000 },
    )
  })

  it('classifies every code unit as the \\p{L} and [\\p{L}\\p{N}] patterns do', () => {
    for (let c = 0; c < 0x10000; c++) {
      const s = String.fromCharCode(c)
      if (isLetterUnit(s, 0) !== /\p{L}/u.test(s) || isLetterOrDigitUnit(s, 0) !== /[\p{L}\p{N}]/u.test(s)) throw new Error(`code unit ${c}`)
    }
  })
})

describe('resolveEdits scratch arrays', () => {
  const candidate = (max: number) =>
    fc.record({ start: fc.nat({ max }), length: fc.nat({ max: 6 }), priority: fc.integer({ min: 0, max: 255 }), replacement: fc.constantFrom('[NAME]', '', 'x') }).map(
      ({ start, length, priority, replacement }): Candidate => ({ start, end: Math.min(max, start + length), priority, replacement, category: 'name' }),
    )
  it('gives the same edits whatever was resolved before (a longer text, more candidates) (property)', () => {
    const short = 'Anna Rossi, nata a Roma'
    const long = 'x'.repeat(5000)
    fc.assert(
      fc.property(fc.array(candidate(short.length), { maxLength: 40 }), fc.array(candidate(long.length), { maxLength: 300 }), (a, b) => {
        const first = resolveEdits(short, a.map((c) => ({ ...c })))
        resolveEdits(long, b)
        expect(resolveEdits(short, a.map((c) => ({ ...c })))).toEqual(first)
      }),
      { numRuns: 300 },
    )
  })
})

describe('anonymize field order', () => {
  it('writes optional fields in the schema order (as the spreads did)', () => {
    const text = 'Esperienze\nCameriera di sala\nBarista\nIstruzione\nDiploma\nLaurea\n'
    const parsed = handParsed(text, {
      sections: [{ kind: 'experience', from: 'Esperienze', to: 'Barista' }],
      experiences: [{ title: 'Cameriera di sala', start: '2020-01', end: '2021-02', months: 13 }, { title: 'Barista' }],
      education: [{ title: 'Diploma', eqfLevel: 4, year: 2015 }, { title: 'Laurea' }],
    })
    const { profile } = anonymize(parsed, { key: 'k', taxonomy: builtinTaxonomy() })
    const experienceKeys = profile.experiences.map((e) => Object.keys(e).filter((k) => k !== 'occupation'))
    expect(experienceKeys).toEqual([['title', 'start', 'end', 'months', 'span'], ['title', 'span']])
    expect(profile.education.map((e) => Object.keys(e))).toEqual([['title', 'eqfLevel', 'year', 'span'], ['title', 'span']])
    const keys = Object.keys(profile)
    expect(keys.slice(-3)).toEqual(['experienceMonths', 'eqfLevel', 'provenance'])
    for (const claim of profile.claims) expect(Object.keys(claim)).toEqual(['concept', 'kind', 'evidence'])
  })
})

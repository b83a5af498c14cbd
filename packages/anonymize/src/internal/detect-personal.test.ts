import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { tokenize, type Token } from '@incontro/core'
import { createAnnotator, createTaxonomy } from '@incontro/taxonomy'
import { lineEnd, onlySpaces, type ScrubContext } from './context.js'
import { childWords, monthNames, numberWords, parentWords } from './cue-words.js'
import { dateAt, detectAge, detectBirth, detectFamily, detectPersonalLines, followsOnItsLine } from './detect-personal.js'
import type { Candidate } from './edits.js'

const taxonomy = createTaxonomy([], { version: 'test-personal' })
const annotator = createAnnotator(taxonomy)

function contextOf(text: string, personal: ScrubContext['personal'] = []): ScrubContext {
  return { text, tokens: tokenize(text), language: 'it', personal, taxonomy, annotator }
}

// ---------------------------------------------------------------------------------------------------------
// Reference implementations: the code before the speed-up, kept verbatim (closures and array literals
// included) to prove the faster code gives the same answers.

function referenceDateAt(context: ScrubContext, i: number): number {
  const { tokens } = context
  const a = tokens[i]
  if (!a) return -1
  const le = lineEnd(context, a.start)
  const within = (t: number) => tokens[t] !== undefined && (tokens[t] as Token).start < le
  const isNum = (t: number, min: number, max: number) => within(t) && tokens[t]?.kind === 'number' && (tokens[t]?.norm.length ?? 0) >= min && (tokens[t]?.norm.length ?? 0) <= max
  const isSep = (t: number) => within(t) && ['/', '-', '.'].includes(tokens[t]?.norm ?? '')
  const isMonth = (t: number) => within(t) && monthNames.has(tokens[t]?.norm ?? '')
  if (isNum(i, 1, 4) && isSep(i + 1) && isNum(i + 2, 1, 2) && isSep(i + 3) && isNum(i + 4, 2, 4)) return i + 5
  let t = i
  if (isNum(t, 1, 2)) {
    t++
    if (within(t) && ['th', 'st', 'nd', 'rd', '°', 'º'].includes(tokens[t]?.norm ?? '')) t++
    if (isMonth(t)) {
      t++
      if (isSep(t) || tokens[t]?.norm === ',') t++
      if (isNum(t, 4, 4)) return t + 1
    }
  }
  if (isMonth(i) && isNum(i + 1, 1, 2)) {
    t = i + 2
    if (tokens[t]?.norm === ',') t++
    if (isNum(t, 4, 4)) return t + 1
  }
  if (isNum(i, 4, 4)) return i + 1
  return -1
}

/**
 * The former `detectFamily`, visiting every token instead of the trigger positions: a token that is neither
 * a trigger word nor a number matches none of its branches, so visiting it changes nothing.
 */
function referenceFamily(context: ScrubContext): Candidate[] {
  const { text, tokens } = context
  const out: Candidate[] = []
  const push = (a: Token, b: Token) => out.push({ start: a.start, end: b.end, replacement: '[FAMILY]', category: 'family', priority: 70 })
  let skipTo = 0
  for (let i = 0; i < tokens.length; i++) {
    if (i < skipTo || (tokens[i] as Token).kind === 'punct') continue
    const tok = tokens[i] as Token
    const next = tokens[i + 1]
    if (parentWords.has(tok.norm) && tok.norm !== 'single' && (next?.norm === 'di' || next?.norm === 'of')) {
      let t = i + 2
      if (tokens[t] && (tokens[t]?.kind === 'number' || numberWords.has(tokens[t]?.norm ?? ''))) t++
      if (tokens[t] && childWords.has(tokens[t]?.norm ?? '')) t++
      if (t > i + 2) {
        push(tok, tokens[t - 1] as Token)
        skipTo = t
      }
      continue
    }
    if (tok.norm === 'single' && ['mother', 'father', 'parent', 'mum', 'mom', 'dad'].includes(next?.norm ?? '')) {
      push(tok, next as Token)
      skipTo = i + 2
      continue
    }
    if ((tok.kind === 'number' && tok.norm.length <= 2) || (numberWords.has(tok.norm) && tok.norm !== 'a' && tok.norm !== 'un' && tok.norm !== 'una' && tok.norm !== 'uno')) {
      if (next && childWords.has(next.norm) && onlySpaces(text, tok.end, next.start)) {
        const prev = tokens[i - 1]
        const start = prev && ['con', 'with', 'senza', 'have', 'ho'].includes(prev.norm) ? prev : tok
        push(start, next)
        skipTo = i + 2
      }
      continue
    }
    if ((tok.norm === 'senza' || tok.norm === 'no') && next && ['figli', 'children', 'kids'].includes(next.norm)) {
      push(tok, next)
      skipTo = i + 2
    }
  }
  return out
}

/** Whether token `t` is the first of its line after bullets, as `detectPersonalLines` decides it. */
function referenceFirstOfLine(text: string, tokens: readonly Token[], t: number): boolean {
  const bullets = new Set(['-', '•', '*', '–', '—', '·', '▪', '►', '>', '○', '◦'])
  const start = (tokens[t] as Token).start
  const ls = start === 0 ? 0 : text.lastIndexOf('\n', start - 1) + 1
  let i = t
  while (i > 0 && (tokens[i - 1] as Token).start >= ls && (tokens[i - 1] as Token).kind === 'punct' && bullets.has((tokens[i - 1] as Token).norm)) i--
  const first = tokens[i] as Token
  return !((i > 0 && (tokens[i - 1] as Token).end > ls) || !onlySpaces(text, ls, first.start))
}

// ---------------------------------------------------------------------------------------------------------

/** Texts from pieces that make dates, ages and family phrases likely, with near misses and hostile ones. */
const piece = fc.constantFrom(
  ' ', ' ', '  ', '\n', '\n\n', '\t', ',', '.', '/', '-', ':', '°', 'º', "'", '•', '- ', '* ',
  '1', '12', '03', '123', '1990', '19900', '2', '7', '45', 'th', 'st', 'nd', 'rd',
  'marzo', 'March', 'MAG', 'sept', 'dic', 'may', 'june',
  'nata', 'nato', 'born', 'nascita', 'il', 'nel', 'on', 'a', 'in', 'Milano', 'Roma', '(MI)',
  'madre', 'padre', 'mother', 'single', 'Single', 'di', 'of', 'due', 'two', 'una', 'un', 'a', 'uno', 'tre', 'figli', 'figlia', 'children', 'kids', 'senza', 'no', 'con', 'with', 'ho', 'have',
  'anni', 'anno', 'years', 'old', 'age', 'aged', 'età', 'ragazza', 'di', 'esperienza', 'Età',
  'e', 'e-mail', 'E-mail', 'Email', 'Data di nascita', 'Stato civile', 'Sesso', 'Tel', 'x'.repeat(20), 'é', 'ш', '\u00A0',
)
const spacer = fc.constantFrom(' ', '  ', '', '\n', ' , ', '. ', '/', '-')
/** Dates and near-dates: day, ordinal, month, separator and year in every combination. */
const dateLike = fc
  .tuple(
    fc.constantFrom('1', '12', '123', '1990', 'March', 'marzo', 'x'),
    fc.constantFrom('', ' th', ' st', '°', 'º', 'th', ' rd', ' nd'),
    spacer,
    fc.constantFrom('marzo', 'March', 'dic', 'sept', '03', '3', 'word'),
    fc.constantFrom('', ',', '/', '-', '.', ' ,', '\n'),
    spacer,
    fc.constantFrom('1990', '90', '19900', '12', ''),
  )
  .map((parts) => ` ${parts.join('')} `)
/** Family phrases and near misses: an intro, a count or parent phrase, a child word. */
const familyLike = fc
  .tuple(
    fc.constantFrom('', 'con ', 'with ', 'senza ', 'have ', 'ho ', 'e '),
    fc.constantFrom('madre di ', 'father of ', 'padre di una ', 'single ', 'Single ', '2 ', '123 ', 'due ', 'a ', 'una ', 'uno ', 'senza ', 'no ', 'tre\n', 'two  '),
    fc.constantFrom('figli', 'figlia', 'kids', 'children', 'mother', 'dad', 'due', '3', 'anni', 'years old', ''),
  )
  .map((parts) => parts.join(''))
const text = fc.array(fc.oneof(piece, dateLike, familyLike), { maxLength: 40 }).map((parts) => parts.join(''))

describe('dateAt', () => {
  it('ends a date where the former closure-based version does, at every token (property)', () => {
    // The former version read no dates in words: where it found a date, the same end.
    fc.assert(
      fc.property(text, (t) => {
        const context = contextOf(t)
        for (let i = 0; i <= context.tokens.length; i++) {
          const reference = referenceDateAt(context, i)
          if (reference >= 0) expect(dateAt(context, i)).toBe(reference)
        }
      }),
      { numRuns: 3000 },
    )
  })

  it('reads the date shapes of birth phrases', () => {
    for (const date of ['12/03/1990', '1990-03-12', '12 marzo 1990', '1° maggio 1990', '12 th March 1990', 'March 12, 1990', '1990']) {
      const context = contextOf(`${date} a Roma`)
      expect(context.tokens[dateAt(context, 0)]?.norm).toBe('a')
    }
    for (const date of ['dodici marzo millenovecentottantacinque', 'the 3rd of March 1985', '3 marzo del 1985', "primo aprile '90", 'March the third, nineteen eighty-five', 'twenty-first June two thousand and five']) {
      const context = contextOf(`${date} a Roma`)
      expect(context.tokens[dateAt(context, 0)]?.norm, date).toBe('a')
    }
    // A date never continues on the next line.
    expect(dateAt(contextOf('12/03\n/1990'), 0)).toBe(-1)
  })
})

describe('detectBirth', () => {
  it('redacts place and date of a birth phrase, with the participle', () => {
    const t = 'Nata a Milano il 12 marzo 1990, vivo a Roma.'
    expect(detectBirth(contextOf(t)).map((c) => [t.slice(c.start, c.end), c.replacement])).toEqual([
      ['Nata a Milano', '[BIRTHPLACE]'],
      ['il 12 marzo 1990', '[BIRTH-DATE]'],
    ])
  })
})

describe('detectFamily', () => {
  it('finds the same phrases as the former version (property)', () => {
    fc.assert(
      fc.property(text, (t) => {
        const context = contextOf(t)
        expect(detectFamily(context)).toEqual(referenceFamily(context))
      }),
      { numRuns: 3000 },
    )
  })

  it('finds family phrases but never starts one at an article', () => {
    const t = 'madre di due figli; single mother; ho 2 figli; senza figli; una figlia; a child'
    expect(detectFamily(contextOf(t)).map((c) => t.slice(c.start, c.end))).toEqual(['madre di due figli', 'single mother', 'ho 2 figli', 'senza figli'])
  })
})

describe('detectAge', () => {
  it('redacts ages', () => {
    const t = 'Età: 32 anni. 45 years old. aged 30. ho 5 anni di esperienza'
    expect(detectAge(contextOf(t)).map((c) => [t.slice(c.start, c.end), c.replacement])).toEqual([
      ['32 anni', '[AGE]'],
      ['45 years old', '[AGE]'],
      ['aged 30', '[AGE]'],
    ])
  })
})

describe('detectPersonalLines', () => {
  it('skips a token only where it is not the first word of its line (property)', () => {
    fc.assert(
      fc.property(text, (t) => {
        const { tokens } = contextOf(t)
        for (let i = 0; i < tokens.length; i++) if (followsOnItsLine(t, tokens, i)) expect(referenceFirstOfLine(t, tokens, i)).toBe(false)
      }),
      { numRuns: 3000 },
    )
  })

  it('matches labels at the start of a line, after bullets, and not inside a line', () => {
    const t = 'Nome: Anna\n- E-mail: anna@example.com\nScrivere e mail: no\n  Stato civile: nubile'
    expect(detectPersonalLines(contextOf(t)).map((c) => t.slice(c.start, c.end))).toEqual(['Nome: Anna', 'E-mail: anna@example.com', 'Stato civile: nubile'])
  })
})

describe('1 MB texts', () => {
  // Their CPU time is measured by `bench:anonymize-large` (a wall-clock bound here failed on a loaded
  // machine): this test checks that every repetition is still found, one candidate each, on inputs of 1 MB.
  it('finds every repetition of a personal line, a birth, a family phrase, and nothing in plain dates', () => {
    const cases: [string, [number, number, number, number]][] = [
      ['e '.repeat(500_000), [0, 0, 0, 0]],
      ['e-mail: x\n'.repeat(100_000), [100_000, 0, 0, 0]],
      ['nata il 1 '.repeat(100_000), [0, 100_000, 0, 0]],
      ['madre di 2 figli '.repeat(60_000), [0, 0, 60_000, 0]],
      ['12/03/1990 '.repeat(90_000), [0, 0, 0, 0]],
    ]
    for (const [t, counts] of cases) {
      const context = contextOf(t)
      expect([detectPersonalLines(context).length, detectBirth(context).length, detectFamily(context).length, detectAge(context).length]).toEqual(counts)
    }
  })
})

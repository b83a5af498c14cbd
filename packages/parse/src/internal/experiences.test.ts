import { tokenize, type Token } from '@incontro/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findDateRanges, type FoundRange } from './dates.js'
import { datedLine, firstPiece, splitTitle, type DatedLine } from './experiences.js'
import { makeField, splitLines, type Line } from './lines.js'

/** datedLine as it was, on filtered copies of the tokens before and after the range: the reference. */
function datedLineByFilter(text: string, line: Line, tokens: readonly Token[], range: FoundRange | undefined): DatedLine | undefined {
  if (range === undefined) return undefined
  const lead = tokens.slice(0, range.first).filter((token) => token.kind !== 'punct' && !['da', 'dal', 'dall', 'from', 'since'].includes(token.norm))
  const trail = tokens.slice(range.last + 1).filter((token) => token.kind !== 'punct')
  const atStart = lead.length === 0
  const atEnd = trail.length === 0
  if (!atStart && !atEnd) return undefined
  const restStart = atStart ? range.span.end : line.contentStart
  const restEnd = atStart ? line.end : (tokens[range.first]?.start ?? 0) + line.contentStart
  const rest = makeField(text, restStart, restEnd)
  const opener = tokens[range.first - 1]
  const trimmedRest =
    rest && atEnd && opener && ['da', 'dal', 'dall', 'from', 'since'].includes(opener.norm)
      ? makeField(text, rest.span.start, opener.start + line.contentStart)
      : rest
  return trimmedRest && /\p{L}/u.test(trimmedRest.text) ? { line, range, rest: trimmedRest } : { line, range }
}

const pieces = [
  '03/2019', '06/2021', '2019', '2021', '2019-2021', 'gen 2020', 'marzo 2018', 'oggi', 'present', 'ad oggi', '–', '-', ' - ', '/', '(', ')', ',', '|', '.', ':',
  'da', 'dal', "dall'", 'from', 'since', 'Da', 'FROM', 'Cameriera', 'presso', 'Bar Roma', 'Milano', 'at', 'Cook', 'àèì', '中文', '\u200b', ' ', '  ', '\t', '- ', '• ', '1. ',
]
const lineArbitrary = fc
  .array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...pieces) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) }), { maxLength: 24 })
  .map((parts) => parts.join(' ').replace(/\n/g, ' '))

describe('datedLine', () => {
  it('gives what it gave on filtered copies of the tokens', () => {
    fc.assert(
      fc.property(lineArbitrary, (text) => {
        const line = splitLines(text)[0] as Line
        const tokens = tokenize(text.slice(line.contentStart, line.end))
        for (const range of findDateRanges(tokens, line.contentStart, 3).ranges) {
          expect(datedLine(text, line, tokens, range)).toEqual(datedLineByFilter(text, line, tokens, range))
        }
      }),
      { numRuns: 3000 },
    )
  })
  it('takes a title before or after the dates, not between words', () => {
    const at = (text: string) => {
      const line = splitLines(text)[0] as Line
      const tokens = tokenize(text.slice(line.contentStart, line.end))
      return datedLine(text, line, tokens, findDateRanges(tokens, line.contentStart, 1).ranges[0])?.rest?.text
    }
    expect(at('Cameriera presso Bar Roma dal 03/2019 al 06/2021')).toBe('Cameriera presso Bar Roma')
    expect(at('03/2019 - 06/2021 Cameriera')).toBe('Cameriera')
    expect(at('Cuoca 03/2019 - 06/2021 Bar')).toBeUndefined()
  })
})

describe('firstPiece', () => {
  it('is the first piece of a split at blanks, commas and brackets', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'à', ' ', ',', '(', ')', '\t', '\u00a0', 'Z', '\ud800'), maxLength: 30 })
    fc.assert(
      fc.property(text, (value) => {
        expect(firstPiece(value)).toBe(value.split(/[ ,(]/)[0])
      }),
      { numRuns: 3000 },
    )
    expect(firstPiece('milano (mi)')).toBe('milano')
    expect(firstPiece('')).toBe('')
  })
})

describe('splitTitle', () => {
  const split = (value: string) => {
    const field = makeField(value, 0, value.length)!
    const { title, employer } = splitTitle(value, field)
    return { title: title.text, employer: employer?.text }
  }

  it('ends the employer of a flattened line where its description starts (colon, semicolon, full stop)', () => {
    expect(split('Cassiera presso stazione di servizio: servizio alle casse, chiusura cassa e conteggio fondo')).toEqual({
      title: 'Cassiera',
      employer: 'stazione di servizio',
    })
    expect(split('WAREHOUSE OPERATIVE at Northgate Logistics; picking with RF scanner. Loading bays.').employer).toBe('Northgate Logistics')
    expect(split('Cameriere presso Bar Centrale').employer).toBe('Bar Centrale')
  })
})

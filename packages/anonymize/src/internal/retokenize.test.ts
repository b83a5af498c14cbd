import { tokenize } from '@incontro/core'
import { describe, expect, it } from 'vitest'
import { applyEdits, type Edit } from './edits.js'
import { retokenize } from './retokenize.js'

const edit = (start: number, end: number, replacement: string): Edit => ({ start, end, replacement, category: 'name' })

describe('retokenize', () => {
  const cases: [string, Edit[]][] = [
    ['Maria Rossi, cameriera\nTel. 333 1234567', [edit(0, 11, '[NAME]'), edit(28, 39, '[PHONE]')]],
    // A removal that glues two words, an edit at the very start and end, and adjacent edits.
    ['foo bar baz', [edit(3, 4, '')]],
    ['Lei è una cameriera', [edit(0, 3, 'Lə'), edit(6, 10, ''), edit(10, 19, 'addettə')]],
    ['x\u200bMaria\u00a0Rossi 🙂 fine', [edit(0, 7, '[NAME]'), edit(8, 13, '[NAME]')]],
    ['a b c', [edit(5, 5, ' d')]],
    ['no edits here', []],
  ]
  it('gives the tokens of the edited text, as tokenizing it again would', () => {
    for (const [text, edits] of cases) {
      const edited = applyEdits(text, edits)
      expect(retokenize(text, tokenize(text), edits, edited)).toEqual(tokenize(edited))
    }
  })
})

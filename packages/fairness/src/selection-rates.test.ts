import { isIncontroError } from '@incontro/core'
import { describe, expect, it } from 'vitest'
import { selectionRates } from './selection-rates.js'

const groups = new Map([
  ['p1', 'F'], ['p2', 'F'], ['p3', 'F'], ['p4', 'F'], ['p5', 'F'],
  ['p6', 'M'], ['p7', 'M'], ['p8', 'M'], ['p9', 'M'], ['p10', 'M'],
])

describe('selectionRates', () => {
  it('computes per-group rates sorted by label and the min/max ratio', () => {
    const result = selectionRates(['p1', 'p2', 'p6', 'p7', 'p8'], groups)
    expect(result.groups).toEqual([
      { group: 'F', total: 5, selected: 2, rate: 0.4 },
      { group: 'M', total: 5, selected: 3, rate: 0.6 },
    ])
    expect(result.ratio).toBeCloseTo(2 / 3, 12)
    expect(result.fourFifths).toBe(false)
    expect(result.ungrouped).toBe(0)
  })

  it('passes the four-fifths rule at exactly 0.8', () => {
    const result = selectionRates(['p1', 'p2', 'p3', 'p4', 'p6', 'p7', 'p8', 'p9', 'p10'], groups)
    expect(result.ratio).toBe(0.8)
    expect(result.fourFifths).toBe(true)
  })

  it('counts selected ids without a group apart, and counts a repeated id once', () => {
    const result = selectionRates(['p1', 'p1', 'x', 'y', 'p6'], groups)
    expect(result.ungrouped).toBe(2)
    expect(result.groups.map((g) => g.selected)).toEqual([1, 1])
  })

  it('has ratio 1 when nobody is selected or there is only one group', () => {
    expect(selectionRates([], groups)).toMatchObject({ ratio: 1, fourFifths: true })
    expect(selectionRates(['a'], new Map([['a', 'X'], ['b', 'X']]))).toMatchObject({ ratio: 1 })
  })

  it('has ratio 0 when one group has no selection at all', () => {
    expect(selectionRates(['p6'], groups).ratio).toBe(0)
  })

  it('throws FAIRNESS_INVALID_INPUT without groups', () => {
    expect(() => selectionRates(['a'], new Map())).toThrow(expect.objectContaining({ code: 'FAIRNESS_INVALID_INPUT' }))
    try {
      selectionRates([], new Map())
    } catch (error) {
      expect(isIncontroError(error, 'FAIRNESS_INVALID_INPUT')).toBe(true)
    }
  })
})

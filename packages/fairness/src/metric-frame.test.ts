import { describe, expect, it } from 'vitest'
import { groupMetrics } from './group-metrics.js'
import { intersectGroups } from './intersect-groups.js'
import { metricFrame } from './metric-frame.js'

const gender = new Map([
  ['p1', 'F'],
  ['p2', 'F'],
  ['p3', 'F'],
  ['p4', 'M'],
  ['p5', 'M'],
])
const age = new Map([
  ['p1', 'young'],
  ['p2', 'old'],
  ['p3', 'old'],
  ['p4', 'young'],
  ['p5', 'old'],
])
const selected = ['p1', 'p4', 'p5']

describe('metricFrame', () => {
  it('evaluates metrics by group and overall, with between-group and to-overall disparities', () => {
    const frame = metricFrame(gender, { selectionRate: groupMetrics.selectionRate(selected), count: groupMetrics.count() })
    // F: 1/3, M: 2/2 = 1, overall 3/5.
    expect(frame.byGroup.map((row) => [row.group, row.count, row.values.selectionRate])).toEqual([
      ['F', 3, 1 / 3],
      ['M', 2, 1],
    ])
    expect(frame.overall.selectionRate).toBeCloseTo(0.6, 12)
    expect(frame.difference.selectionRate).toBeCloseTo(2 / 3, 12)
    expect(frame.ratio.selectionRate).toBeCloseTo(1 / 3, 12)
    expect(frame.groupMin.selectionRate).toBeCloseTo(1 / 3, 12)
    expect(frame.differenceToOverall.selectionRate).toBeCloseTo(0.4, 12)
    expect(frame.ratioToOverall.selectionRate).toBeCloseTo(1 / 3 / 0.6, 12)
  })

  it('works on intersectional groups and ignores undefined (NaN) values in disparities', () => {
    const truth = new Map([
      ['p1', true],
      ['p2', false],
      ['p3', false],
      ['p4', true],
      ['p5', true],
    ])
    const frame = metricFrame(intersectGroups([gender, age]), { tpr: groupMetrics.truePositiveRate(selected, truth) })
    expect(frame.byGroup.map((row) => row.group)).toEqual(['F & old', 'F & young', 'M & old', 'M & young'])
    // F & old has no qualified member: NaN, left out of the disparities.
    expect(Number.isNaN(frame.byGroup[0]?.values.tpr)).toBe(true)
    expect(frame.difference.tpr).toBe(0)
  })

  it('refuses an empty population or no metric', () => {
    expect(() => metricFrame(new Map(), { n: groupMetrics.count() })).toThrow(expect.objectContaining({ code: 'FAIRNESS_INVALID_INPUT' }))
    expect(() => metricFrame(gender, {})).toThrow(expect.objectContaining({ code: 'FAIRNESS_INVALID_INPUT' }))
  })
})

import { describe, expect, it } from 'vitest'
import { groupsOf } from './internal/groups-of.test-helper.js'
import { rankingSkew } from './ranking-skew.js'

describe('rankingSkew (Geyik et al. 2019)', () => {
  it('is ln(share at k / desired share), with min and max over groups', () => {
    const { ranking, groups } = groupsOf('MMMFMFFF') // 4 F, 4 M: desired 0.5 each by default
    const skew = rankingSkew(ranking, groups, { k: 4 })
    // Top 4 = M M M F: F share 0.25 → ln(0.5) ≈ −0.693; M share 0.75 → ln(1.5) ≈ 0.405.
    expect(skew.minSkew).toBeCloseTo(Math.log(0.5), 12)
    expect(skew.minSkewGroup).toBe('F')
    expect(skew.maxSkew).toBeCloseTo(Math.log(1.5), 12)
    expect(skew.groups.find((g) => g.group === 'F')).toMatchObject({ count: 1, share: 0.25, desired: 0.5 })
  })

  it('uses given desired proportions and gives −Infinity to a group absent from the top k', () => {
    const { ranking, groups } = groupsOf('MMMF')
    const skew = rankingSkew(ranking, groups, { k: 2, desired: new Map([['F', 1], ['M', 3]]) })
    expect(skew.minSkew).toBe(Number.NEGATIVE_INFINITY)
    expect(skew.maxSkew).toBeCloseTo(Math.log(1 / 0.75), 12)
  })

  it('refuses a ranking with a repeated id', () => {
    expect(() => rankingSkew(['a', 'a'], new Map([['a', 'F']]), { k: 1 })).toThrow(expect.objectContaining({ code: 'FAIRNESS_INVALID_INPUT' }))
  })
})

import { describe, expect, it } from 'vitest'
import { diffPaths } from './diff-paths.js'

describe('diffPaths', () => {
  it('returns no path for structurally equal values, whatever the key order', () => {
    expect(diffPaths({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toEqual([])
    expect(diffPaths(Number.NaN, Number.NaN)).toEqual([])
    expect(diffPaths(new Date(5), new Date(5))).toEqual([])
    expect(diffPaths(new Float32Array([1, 2]), new Float32Array([1, 2]))).toEqual([])
  })

  it('reports JSONPath paths of the differences, and never the values', () => {
    const paths = diffPaths(
      { name: 'Giulia', skills: ['a', 'b'], score: { total: 0.5 }, 'odd key': 1 },
      { name: 'Marco', skills: ['a', 'c', 'd'], score: { total: 0.5 }, 'odd key': 2 },
    )
    expect(paths).toEqual(['$.name', '$["odd key"]', '$.skills[1]', '$.skills[2]'])
    expect(paths.join(' ')).not.toMatch(/Giulia|Marco/)
  })

  it('reports missing keys, type changes and root differences', () => {
    expect(diffPaths({ a: 1 }, { b: 1 })).toEqual(['$.a', '$.b'])
    expect(diffPaths({ a: [1] }, { a: { 0: 1 } })).toEqual(['$.a'])
    expect(diffPaths(1, '1')).toEqual(['$'])
    expect(diffPaths(null, {})).toEqual(['$'])
  })

  it('treats an undefined property as absent, as JSON does', () => {
    expect(diffPaths({ a: 1, b: undefined }, { a: 1 })).toEqual([])
  })

  it('compares typed arrays, Maps, Sets and Dates', () => {
    expect(diffPaths({ v: new Float32Array([1, 2]) }, { v: new Float32Array([1, 3]) })).toEqual(['$.v[1]'])
    expect(diffPaths({ v: new Float32Array([1]) }, { v: new Float64Array([1]) })).toEqual(['$.v'])
    expect(diffPaths(new Map([['k', 1]]), new Map([['k', 2]]))).toEqual(['$["k"]'])
    expect(diffPaths(new Set([1, 2]), new Set([2, 3]))).toEqual(['$'])
    expect(diffPaths([new Date(1)], [new Date(2)])).toEqual(['$[0]'])
  })

  it('distinguishes 0 from -0, since outputs must be identical bit for bit', () => {
    expect(diffPaths({ x: 0 }, { x: -0 })).toEqual(['$.x'])
  })

  it('terminates on cycles and stops at the limit', () => {
    const a: Record<string, unknown> = { x: 1 }
    a.self = a
    const b: Record<string, unknown> = { x: 1 }
    b.self = b
    expect(diffPaths(a, b)).toEqual([])
    expect(diffPaths([1, 2, 3, 4], [5, 6, 7, 8], { limit: 2 })).toEqual(['$[0]', '$[1]'])
  })
})

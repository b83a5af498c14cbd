import { describe, expect, it } from 'vitest'
import { canonicalJson } from './canonical-json.js'

describe('canonicalJson', () => {
  it('sorts keys by code unit at every depth, drops undefined members and adds no spaces (logs written earlier still verify)', () => {
    const value = { b: [3, { z: 'é"\n', a: null, m: undefined }], a: 0.1 + 0.2, A: true, 'ä': -0, _: [] as unknown[] }
    expect(canonicalJson(value)).toBe('{"A":true,"_":[],"a":0.30000000000000004,"b":[3,{"a":null,"z":"é\\"\\n"}],"ä":0}')
  })

  it('refuses numbers that JSON cannot hold', () => {
    expect(() => canonicalJson({ a: [Number.NaN] })).toThrow(TypeError)
  })
})

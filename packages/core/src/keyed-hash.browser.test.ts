import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { keyedHash as browserKeyedHash } from './keyed-hash.browser.js'
import { keyedHash } from './keyed-hash.js'

describe('keyedHash in the browser build', () => {
  it('gives the same HMAC-SHA-256 as Node for every key (string or bytes), value and length', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ minLength: 1, unit: 'binary' }), fc.uint8Array({ minLength: 1, maxLength: 200 })),
        fc.string({ unit: 'binary' }),
        fc.integer({ min: 1, max: 64 }),
        (key, value, length) => {
          expect(browserKeyedHash(key, value, length)).toBe(keyedHash(key, value, length))
        },
      ),
      { numRuns: 300 },
    )
  })

  it('matches the RFC 4231 test vector 2 (key "Jefe")', () => {
    expect(browserKeyedHash('Jefe', 'what do ya want for nothing?')).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843')
  })
})

import { describe, expect, it } from 'vitest'
import { pseudonymousId } from './pseudonymous-id.js'

describe('pseudonymousId', () => {
  it('is 32 hex characters, stable per key and source id, different under another key', () => {
    const id = pseudonymousId('k1', 'cv-1')
    expect(id).toMatch(/^[0-9a-f]{32}$/)
    expect(pseudonymousId('k1', 'cv-1')).toBe(id)
    expect(pseudonymousId('k2', 'cv-1')).not.toBe(id)
  })
  it('throws ANONYMIZE_MISSING_KEY for an empty key, without the source id in the message', () => {
    expect(() => pseudonymousId('', 'cv-secret')).toThrowError(expect.objectContaining({ code: 'ANONYMIZE_MISSING_KEY' }))
    expect(() => pseudonymousId(new Uint8Array(), 'cv-secret')).toThrowError(expect.not.objectContaining({ message: expect.stringContaining('cv-secret') }))
  })
})

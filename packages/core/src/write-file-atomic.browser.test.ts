import { describe, expect, it } from 'vitest'
import { isIncontroError } from './errors.js'
import { writeFileAtomic } from './write-file-atomic.browser.js'

describe('writeFileAtomic in the browser build', () => {
  it('throws the typed CORE_UNSUPPORTED_PLATFORM error instead of failing on a missing module', () => {
    let caught: unknown
    try {
      writeFileAtomic('/tmp/x', [new Uint8Array(1)])
    } catch (error) {
      caught = error
    }
    expect(isIncontroError(caught, 'CORE_UNSUPPORTED_PLATFORM')).toBe(true)
  })
})

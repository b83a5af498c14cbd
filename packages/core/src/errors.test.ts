import { describe, expect, it } from 'vitest'
import { IncontroError, isIncontroError } from './errors.js'

describe('IncontroError', () => {
  it('carries a typed code and details, and is recognised by isIncontroError', () => {
    const error = new IncontroError('PARSE_LIMIT_EXCEEDED', 'Input too large.', { maxBytes: 10 })
    expect(error).toBeInstanceOf(Error)
    expect(error.code).toBe('PARSE_LIMIT_EXCEEDED')
    expect(error.details).toEqual({ maxBytes: 10 })
    expect(isIncontroError(error)).toBe(true)
    expect(isIncontroError(error, 'PARSE_LIMIT_EXCEEDED')).toBe(true)
    expect(isIncontroError(error, 'CLI_IO')).toBe(false)
    expect(isIncontroError(new Error('x'))).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { mapSpan } from './map-span.js'

describe('mapSpan', () => {
  const edits = [
    { start: 0, end: 4, replacement: '[NAME]', category: 'name' as const },
    { start: 10, end: 12, replacement: '', category: 'honorific' as const },
  ]
  it('shifts spans after edits and snaps spans inside a replacement to its edges', () => {
    expect(mapSpan(edits, { start: 5, end: 9 })).toEqual({ start: 7, end: 11 })
    expect(mapSpan(edits, { start: 12, end: 15 })).toEqual({ start: 12, end: 15 })
    expect(mapSpan(edits, { start: 2, end: 6 })).toEqual({ start: 0, end: 8 })
  })
})

import { describe, expect, it } from 'vitest'
import { foldAccents, foldKey, normalizeText } from './normalize.js'

describe('normalization', () => {
  it('removes accents but keeps letters', () => {
    expect(foldAccents('attività, perché, naïve')).toBe('attivita, perche, naive')
  })

  it('gives the same key to a word written with evasion tricks', () => {
    const plain = foldKey('Giulia')
    expect(foldKey('G\u200Biulia')).toBe(plain)
    expect(foldKey('GIULIA')).toBe(plain)
    expect(foldKey('Gіulіa')).toBe(plain) // Cyrillic і
  })

  it('normalizes line endings and control characters but keeps tabs and newlines', () => {
    expect(normalizeText('a\r\nb\rc\u0000d\te')).toBe('a\nb\nc d\te')
  })
})

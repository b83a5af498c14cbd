import { isIncontroError } from '@incontro/core'
import { describe, expect, it } from 'vitest'
import { readDocument } from './read-document.js'

const encode = (text: string): Uint8Array => new TextEncoder().encode(text)

describe('readDocument', () => {
  it('cuts text into heading, list-item and line blocks, one per non-empty line', () => {
    const document = readDocument('Maria Rossi\n\n1. Esperienze:\n- cameriera\n• barista\n2) commessa\nISTRUZIONE\nDiploma')
    expect(document.format).toBe('text')
    expect(document.blocks.map((block) => block.kind)).toEqual(['line', 'heading', 'list-item', 'list-item', 'list-item', 'heading', 'line'])
    const second = document.blocks[1]
    expect(second && document.text.slice(second.span.start, second.span.end)).toBe('1. Esperienze:')
  })

  it('strips a UTF-8 BOM and decodes UTF-16 with a BOM', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...encode('Ciao')])
    expect(readDocument(bom).text).toBe('Ciao')
    const utf16 = new Uint8Array([0xff, 0xfe, 0x43, 0x00, 0x69, 0x00, 0x61, 0x00, 0x6f, 0x00])
    expect(readDocument(utf16).text).toBe('Ciao')
  })

  it('falls back to latin-1 for bytes that are not UTF-8', () => {
    // "Città" in latin-1: à is 0xE0, invalid on its own in UTF-8.
    const latin1 = new Uint8Array([0x43, 0x69, 0x74, 0x74, 0xe0])
    expect(readDocument(latin1).text).toBe('Città')
  })

  it('normalizes line endings and compatibility characters', () => {
    expect(readDocument('Ｍaria\r\nRossi').text).toBe('Maria\nRossi')
  })

  it('throws PARSE_LIMIT_EXCEEDED above maxBytes, without the text in the message', () => {
    const secret = 'Segreto Personale '.repeat(10)
    try {
      readDocument(secret, { maxBytes: 20 })
      expect.unreachable()
    } catch (error) {
      expect(isIncontroError(error, 'PARSE_LIMIT_EXCEEDED')).toBe(true)
      expect((error as Error).message).not.toContain('Segreto')
    }
    expect(() => readDocument(encode(secret), { maxBytes: 20 })).toThrow(expect.objectContaining({ code: 'PARSE_LIMIT_EXCEEDED' }))
  })

  it('throws PARSE_MALFORMED for broken JSON only when JSON Resume was requested', () => {
    expect(() => readDocument('{"basics": ', { format: 'json-resume' })).toThrow(expect.objectContaining({ code: 'PARSE_MALFORMED' }))
    expect(readDocument('{ not json, just braces').format).toBe('text')
  })

  it('sniffs JSON Resume and renders it as text', () => {
    const document = readDocument(JSON.stringify({ basics: { name: 'Luca Bianchi' }, work: [{ position: 'Magazziniere', name: 'Logi Srl', startDate: '2019-03' }] }))
    expect(document.format).toBe('json-resume')
    expect(document.text).toContain('Luca Bianchi')
    expect(document.text).toContain('Magazziniere – Logi Srl (03/2019 – oggi)')
    expect(readDocument('{"other": 1}').format).toBe('text')
  })
})

import { describe, expect, it } from 'vitest'
import { lazioText, sampleLazio, titleHash, type LazioRecord } from './match-quality-dev.js'

describe('dev-set readers (synthetic records)', () => {
  it('a public-centre record becomes title, duties, place and contract lines, without the company and empty fields', () => {
    const text = lazioText({ Qualifica: 'Camerieri di ristorante - CAMERIERE', Mansioni: null, ComuneSedeLavoro: 'Anzio', TipoContratto: 'LAVORO A TEMPO DETERMINATO   ', Azienda: 'ESEMPIO SRL' })
    expect(text).toBe('Camerieri di ristorante - CAMERIERE\nSede di lavoro: Anzio\nContratto: LAVORO A TEMPO DETERMINATO')
    expect(text).not.toContain('ESEMPIO')
  })
  it('the judged sample is fixed by its seed, skips records without a title, and is sorted by line', () => {
    const records: LazioRecord[] = Array.from({ length: 50 }, (_, i) => ({ line: i + 1, qualifica: i % 5 === 0 ? '' : `titolo ${i}`, mansioni: '', text: '' }))
    const a = sampleLazio(records, 10)
    expect(a.map((r) => r.line)).toEqual(sampleLazio(records, 10).map((r) => r.line))
    expect(a.every((r) => r.qualifica !== '')).toBe(true)
    expect(a.map((r) => r.line)).toEqual([...a.map((r) => r.line)].sort((x, y) => x - y))
    expect(sampleLazio(records, 10, 1).map((r) => r.line)).not.toEqual(a.map((r) => r.line))
  })
  it('a title hash is short and changes with the title', () => {
    expect(titleHash('Cuochi')).toMatch(/^[0-9a-f]{10}$/)
    expect(titleHash('Cuochi')).not.toBe(titleHash('Cuoco'))
  })
})

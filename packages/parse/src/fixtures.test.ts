import { describe, expect, it } from 'vitest'
import { buildFixtures, cvFacts, vacancyFacts, type Fixture } from '../scripts/build-fixtures.js'
import { detectDocumentKind } from './detect-document-kind.js'
import { parseCv } from './parse-cv.js'
import { parseVacancy } from './parse-vacancy.js'
import { readDocumentWithDiagnostics } from './read-document-with-diagnostics.js'

describe('fixtures: 32 CVs and 32 vacancies in every format', () => {
  it('every format reaches field recall and precision of at least 95%, and the kind is detected from the content', async () => {
    const fixtures: Fixture[] = await buildFixtures()
    expect(new Set(fixtures.filter((f) => f.kind === 'cv').map((f) => f.id)).size).toBeGreaterThanOrEqual(30)
    expect(new Set(fixtures.filter((f) => f.kind === 'vacancy').map((f) => f.id)).size).toBeGreaterThanOrEqual(30)
    const totals = new Map<string, { tp: number; predicted: number; expected: number }>()
    for (const fixture of fixtures) {
      const { document, diagnostics } = await readDocumentWithDiagnostics(fixture.bytes)
      expect(detectDocumentKind(document)).toBe(fixture.kind)
      const predicted =
        fixture.kind === 'cv'
          ? cvFacts(fixture, parseCv(document, { sourceId: fixture.id, today: '2025-06', readDiagnostics: diagnostics }))
          : vacancyFacts(parseVacancy(document, { sourceId: fixture.id, readDiagnostics: diagnostics }))
      const total = totals.get(`${fixture.kind}/${fixture.variant}`) ?? { tp: 0, predicted: 0, expected: 0 }
      total.tp += predicted.filter((fact) => fixture.expected.includes(fact)).length
      total.predicted += predicted.length
      total.expected += fixture.expected.length
      totals.set(`${fixture.kind}/${fixture.variant}`, total)
    }
    for (const [format, total] of totals) {
      // The hand-written messy CVs (flattened, UPPERCASE, mojibake, inline headings) are scored on richer facts: a 90% bar.
      if (format === 'cv/messy') {
        expect({ format, recall: total.tp / total.expected >= 0.9, precision: total.tp / total.predicted >= 0.9 }).toEqual({ format, recall: true, precision: true })
        continue
      }
      expect({ format, recall: total.tp / total.expected >= 0.95, precision: total.tp / total.predicted >= 0.95 }).toEqual({ format, recall: true, precision: true })
    }
  }, 60_000)
})

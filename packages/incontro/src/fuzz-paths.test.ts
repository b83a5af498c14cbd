import { reviewVacancy } from '@incontro/anonymize'
import { isIncontroError } from '@incontro/core'
import { parseCv, parseVacancy, readDocumentWithDiagnostics } from '@incontro/parse'
import fc from 'fast-check'
import { describe, it } from 'vitest'
import { hostileText } from '../../../benchmarks/internal/hostile-text.js'
import { createEngine } from './create-engine.js'

// The CI-sized run of benchmarks/speed/fuzz-readers.ts (which runs 100,000 cases per target): only an
// IncontroError may come out of any text path.
const engine = createEngine({ key: 'fuzz-test-key-0123456789abc' })
const typedOnly = async (run: () => unknown): Promise<void> => {
  try {
    await run()
  } catch (error) {
    if (!isIncontroError(error)) throw error
  }
}

describe('fuzz: every text path gives a result or a typed error on hostile text', () => {
  const paths: Record<string, (text: string) => unknown> = {
    read: (text) => readDocumentWithDiagnostics(new TextEncoder().encode(text)),
    'parse cv': (text) => parseCv(text, { sourceId: 'fuzz' }),
    'parse vacancy': (text) => parseVacancy(text, { sourceId: 'fuzz' }),
    anonymize: (text) => engine.neutralizeCv(text, { sourceId: 'fuzz' }),
    review: (text) => reviewVacancy(parseVacancy(text, { sourceId: 'fuzz' }), { neutralize: true }),
    annotate: (text) => engine.annotate(text),
  }
  for (const [name, run] of Object.entries(paths)) {
    it(name, async () => {
      await fc.assert(
        fc.asyncProperty(hostileText(), (text) => typedOnly(() => run(text))),
        { numRuns: 150 },
      )
    }, 120_000)
  }
})

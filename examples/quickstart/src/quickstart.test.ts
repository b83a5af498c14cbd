import { defaultDataDir } from 'incontro'
import { describe, expect, it } from 'vitest'
import { runQuickstart } from './quickstart.js'

describe('quickstart example', () => {
  it('ranks the ICT CV first for the software developer vacancy, with parts that add up', async () => {
    const rows = await runQuickstart(defaultDataDir(), '07-en-ict-software-developer.txt', 3)
    expect(rows[0]?.cv).toMatch(/ict/)
    for (const row of rows) {
      const sum = Object.values(row.parts).reduce((a, b) => a + b, 0)
      expect(row.score).toBeCloseTo(sum, 12)
    }
    expect(rows[0]!.score).toBeGreaterThanOrEqual(rows[1]!.score)
  })
})

import { describe, expect, it } from 'vitest'
import { createEngine } from './create-engine.js'

// Synthetic texts written for this test.
const englishVacancy = `TIG Welder (m/f)
We are a metal fabrication workshop looking for a welder.
Requirements:
- TIG and MIG welding of stainless steel
- Reading technical drawings
- Forklift licence is a plus`

const cvs = {
  italianWelder: `CURRICULUM VITAE
ESPERIENZE
2016 - oggi Saldatore presso carpenteria metallica
Saldatura TIG e MIG su acciaio inox, lettura del disegno tecnico, uso del carrello elevatore.
LINGUE Italiano madrelingua`,
  italianCook: `CURRICULUM VITAE
ESPERIENZE
2015 - oggi Cuoco presso trattoria
Preparazione primi piatti, gestione ordini fornitori, procedure HACCP.`,
  englishClerk: `RESUME
Experience: 2018 - present Accounts clerk at a logistics firm. Invoices, bank reconciliations, Excel reports.`,
}

describe('cross-lingual matching', () => {
  it('an Italian CV ranks first for an English vacancy through shared concepts', async () => {
    const engine = createEngine({ key: 'cross-lingual-test-key', index: 'exact', today: '2026-11' })
    const neutral = Object.entries(cvs).map(([name, text]) => ({ name, profile: engine.neutralizeCv(text, { sourceId: name }).profile }))
    await engine.addProfiles(neutral.map((n) => n.profile))
    const vacancy = engine.neutralizeVacancy(englishVacancy, { sourceId: 'en-welder' })
    const results = await engine.candidatesFor(vacancy, { k: 3 })
    const first = neutral.find((n) => n.profile.id === results[0]?.profileId)
    expect(first?.name).toBe('italianWelder')
    expect(first?.profile.language).toBe('it')
    // The credit comes from concepts shared across languages, not from shared words.
    const essential = results[0]?.components.find((c) => c.name === 'essential')
    expect(essential?.matched.length).toBeGreaterThanOrEqual(2)
    expect(results[0]?.score).toBeGreaterThan((results[1]?.score ?? 0) + 0.2)
  })
})

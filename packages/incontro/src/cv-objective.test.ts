import { parseCv } from '@incontro/parse'
import { builtinTaxonomy } from '@incontro/taxonomy'
import { describe, expect, it } from 'vitest'
import { anonymize } from '@incontro/anonymize'

const taxonomy = builtinTaxonomy()
const neutral = (text: string) => anonymize(parseCv(text, { sourceId: 'cv-1', today: '2025-06' }), { key: 'test-key', taxonomy }).profile

describe('anonymize: objective and claims that are no competence', () => {
  it('sets targetOccupations from the stated objective, the same for both gender variants', () => {
    const female = neutral('Maria Bianchi\nObiettivo: Magazziniera\n\nEsperienze\n2019 - 2022 Cassiera presso Coop\n')
    const male = neutral('Mario Bianchi\nObiettivo: Magazziniere\n\nEsperienze\n2019 - 2022 Cassiere presso Coop\n')
    expect(female.targetOccupations).toEqual(['occ.warehouse-worker'])
    expect(male.targetOccupations).toEqual(female.targetOccupations)
  })

  it.each([
    ['Saleswoman', 'Salesman'],
    ['Hostess at trade fairs', 'Host at trade fairs'],
    ['Cameriera di sala', 'Cameriere di sala'],
    ['Manageress of a small shop', 'Manager of a small shop'],
    ['Infermiera', 'Infermiere'],
  ])('gives the same target occupations for a headline or an objective in both variants: %s | %s', (female, male) => {
    for (const layout of [(title: string) => `Name Surname\n${title}\n\nExperience\n2019 - 2022 Clerk at Acme Ltd\n`, (title: string) => `Name Surname\nObjective: ${title}\n`]) {
      const a = neutral(layout(female))
      const b = neutral(layout(male))
      expect([a.targetOccupations, a.text]).toEqual([b.targetOccupations, b.text])
    }
  })

  it('omits targetOccupations when the CV states no objective', () => {
    expect(neutral('Esperienze\n2019 - 2022 Cassiera presso Coop\n')).not.toHaveProperty('targetOccupations')
  })

  it('claims no skill from a contact label ("Email:") or an employer name ("… Logistics plc")', () => {
    const profile = neutral(
      'Maria Bianchi\nEmail: maria.bianchi@example.com | Tel: 02 0000 1234\n\nExperience\n2019 - 2022 Warehouse Operative at Greenway Logistics plc\n- stock control with SAP\n',
    )
    const concepts = profile.claims.map((claim) => claim.concept)
    expect(concepts).toContain('skill.sap')
    expect(concepts).not.toContain('skill.email')
    expect(concepts).not.toContain('skill.plc')
    expect(concepts).not.toContain('know.logistics')
  })

  it('still claims a skill named in an experience line, outside the employer', () => {
    const profile = neutral('Experience\n2019 - 2022 Email marketing assistant at Acme Ltd\n- email campaigns\n')
    expect(profile.claims.map((claim) => claim.concept)).toContain('skill.email')
  })
})

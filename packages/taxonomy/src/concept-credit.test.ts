import { describe, expect, it } from 'vitest'
import { conceptCredit } from './concept-credit.js'
import { fixtureTaxonomy } from './internal/fixture-taxonomy.js'

const taxonomy = fixtureTaxonomy()
const have = (...ids: string[]) => new Map(ids.map((id, i) => [id, [{ start: i, end: i + 1 }]]))

describe('conceptCredit', () => {
  it('gives full credit for the concept itself, with its evidence', () => {
    expect(conceptCredit('skill.welding', have('skill.welding'), taxonomy)).toMatchObject({ credit: 1, relation: 'exact', via: 'skill.welding' })
  })

  it('gives partial credit through a narrower concept, more than through a broader one', () => {
    const viaNarrower = conceptCredit('skill.welding', have('skill.tig-welding'), taxonomy)
    const viaBroader = conceptCredit('skill.tig-welding', have('skill.welding'), taxonomy)
    expect(viaNarrower).toMatchObject({ relation: 'narrower', via: 'skill.tig-welding' })
    expect(viaNarrower.credit).toBeGreaterThan(viaBroader.credit)
    expect(viaBroader.credit).toBeGreaterThan(0)
  })

  it('picks the best among several, deterministically', () => {
    const a = conceptCredit('skill.tig-welding', have('skill.haccp', 'skill.mig-welding', 'skill.welding'), taxonomy)
    const b = conceptCredit('skill.tig-welding', have('skill.welding', 'skill.mig-welding', 'skill.haccp'), taxonomy)
    expect(a.via).toBe('skill.welding')
    expect(b.via).toBe(a.via)
  })

  it('reports none when nothing relates', () => {
    expect(conceptCredit('skill.haccp', have('skill.excel'), taxonomy)).toMatchObject({ credit: 0, relation: 'none', evidence: [] })
  })
})

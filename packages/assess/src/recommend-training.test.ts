import { CourseCatalogueSchema, type Course } from '@incontro/core'
import { builtinTaxonomy } from '@incontro/taxonomy'
import { describe, expect, it } from 'vitest'
import { assessOccupationGaps } from './assess-occupation-gaps.js'
import { cookProfile } from './internal/fixtures.js'
import { milanCourseCatalogue } from './milan-course-catalogue.js'
import { recommendTraining } from './recommend-training.js'

const taxonomy = builtinTaxonomy()

function course(id: string, teaches: string[], hours: number, cost: number): Course {
  return {
    id,
    title: { it: id, en: id },
    provider: 'Ente di prova',
    teaches: teaches.map((concept) => ({ concept, level: 2 })),
    hours,
    cost,
    place: 'Milano',
    modality: 'in-person',
    schedule: { slot: 'daytime', weeks: 1 },
    funding: ['none'],
  }
}

const catalogue = CourseCatalogueSchema.parse({
  id: 'test',
  version: '1',
  area: 'test',
  courses: [
    course('long-cheap', ['skill.cnc-operation', 'skill.welding'], 200, 100),
    course('short-cnc', ['skill.cnc-operation'], 40, 500),
    course('short-welding', ['skill.welding'], 40, 500),
  ],
})

describe('recommendTraining', () => {
  const needs = [
    { concept: 'skill.cnc-operation', level: 2, reason: 'essential' as const },
    { concept: 'skill.welding', level: 2, reason: 'essential' as const },
    { concept: 'skill.sushi', level: 2, reason: 'essential' as const },
  ]

  it('minimizing hours picks the two short courses; minimizing cost picks the one cheap course', () => {
    const byHours = recommendTraining(needs, { catalogue, taxonomy, minimize: 'hours' })
    expect(byHours.steps.map((s) => s.course.id).sort()).toEqual(['short-cnc', 'short-welding'])
    expect(byHours).toMatchObject({ totalHours: 80, totalCost: 1000, method: 'exact' })
    const byCost = recommendTraining(needs, { catalogue, taxonomy, minimize: 'cost' })
    expect(byCost.steps.map((s) => s.course.id)).toEqual(['long-cheap'])
    expect(byCost.totalCost).toBe(100)
  })

  it('lists the needs no course covers and explains every course', () => {
    const path = recommendTraining(needs, { catalogue, taxonomy })
    expect(path.uncovered.map((n) => n.concept)).toEqual(['skill.sushi'])
    for (const step of path.steps) expect(step.why).toMatch(/Covers \d need/)
  })

  it('does not count a course that teaches below the level needed', () => {
    const path = recommendTraining([{ concept: 'skill.welding', level: 3, reason: 'essential' }], { catalogue, taxonomy })
    expect(path.steps).toEqual([])
    expect(path.uncovered).toHaveLength(1)
  })

  it('closes an occupation gap from the Milan catalogue, every essential need covered by a chosen course', () => {
    const gaps = assessOccupationGaps(cookProfile(), 'occ.chef', { taxonomy })
    const path = recommendTraining(gaps, { catalogue: milanCourseCatalogue(), taxonomy })
    const needed = [...gaps.essential.missing, ...gaps.essential.partial].map((i) => i.required).sort()
    expect(path.needs.map((n) => n.concept).sort()).toEqual(needed)
    const covered = new Set(path.steps.flatMap((s) => s.covers.map((n) => n.concept)))
    for (const need of path.needs) expect(covered.has(need.concept) || path.uncovered.includes(need)).toBe(true)
  })
})

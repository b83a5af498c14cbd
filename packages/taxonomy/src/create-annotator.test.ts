import { describe, expect, it } from 'vitest'
import { createAnnotator } from './create-annotator.js'
import { fixtureTaxonomy } from './internal/fixture-taxonomy.js'

const annotator = createAnnotator(fixtureTaxonomy())
const concepts = (text: string) => annotator.annotate(text).map((m) => m.concept)

describe('createAnnotator', () => {
  it('finds concepts with spans pointing at the words', () => {
    const text = 'Ottima conoscenza della normativa HACCP e del servizio ai tavoli.'
    const mentions = annotator.annotate(text)
    expect(mentions.map((m) => m.concept)).toEqual(['skill.haccp', 'skill.table-service'])
    expect(mentions.map((m) => text.slice(m.start, m.end))).toEqual(['normativa HACCP', 'servizio ai tavoli'])
  })

  it('folds gender and plural of Italian titles into one concept, keeping the role', () => {
    const roles = annotator.annotate('Cameriera; camerieri; cameriere/a; camerierə; waitress').map((m) => [m.concept, m.role])
    expect(roles.map(([c]) => c)).toEqual(['occ.waiter', 'occ.waiter', 'occ.waiter', 'occ.waiter', 'occ.waiter'])
    expect(roles[0]?.[1]).toBe('feminine')
    expect(roles[4]?.[1]).toBe('feminine')
    expect(annotator.annotate('cameriere')[0]?.role).toBe('masculine')
  })

  it('tolerates function-word, case, accent and punctuation variants', () => {
    expect(concepts('servizio al tavolo')).toEqual(['skill.table-service'])
    expect(concepts('NODE JS, node.js')).toEqual(['skill.nodejs', 'skill.nodejs'])
    expect(concepts('C++ e C#')).toEqual(['skill.cpp', 'skill.csharp'])
  })

  it('prefers the longest label', () => {
    expect(concepts('saldatura TIG')).toEqual(['skill.tig-welding'])
    expect(concepts('direttrice commerciale')).toEqual(['occ.sales-director'])
  })

  it('accepts an ambiguous short label only next to another skill on the same line', () => {
    expect(concepts('Voto: C')).toEqual([])
    expect(concepts('Linguaggi: C, C++, JavaScript')).toEqual(['skill.c', 'skill.cpp', 'skill.javascript'])
  })

  it('marks negated mentions instead of dropping them', () => {
    const [mention] = annotator.annotate('Nessuna esperienza di saldatura')
    expect(mention?.concept).toBe('skill.welding')
    expect(mention?.negated).toBe(true)
    expect(annotator.annotate('no experience with welding', { includeNegated: false })).toEqual([])
    expect(annotator.annotate('Saldatura, nessun problema')[0]?.negated).toBe(false)
  })

  it('filters by kind without a longer label of another kind hiding a match', () => {
    expect(annotator.annotate('cameriera con HACCP', { kinds: ['occupation'] }).map((m) => m.concept)).toEqual(['occ.waiter'])
  })

  it('ignores invisible characters and look-alike letters', () => {
    expect(concepts('sal\u200Bdatura')).toEqual(['skill.welding'])
    expect(concepts('Ехcel')).toEqual(['skill.excel']) // Cyrillic Е and х
  })

  it('stays linear on a megabyte of adversarial text', () => {
    const text = 'servizio ai servizio '.repeat(50_000)
    const mentions = annotator.annotate(text)
    expect(mentions.length).toBe(0)
  })
})

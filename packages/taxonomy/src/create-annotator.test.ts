import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createAnnotator } from './create-annotator.js'
import { builtinTaxonomy } from './builtin-taxonomy.js'
import { createTaxonomy } from './create-taxonomy.js'
import { expandEntries } from './expand-entries.js'
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

  it('reads no skill inside a shield phrase ("punto vendita" is a shop, not selling), and still reads it elsewhere', () => {
    const builtin = createAnnotator(builtinTaxonomy())
    const skills = (text: string) => builtin.annotate(text, { kinds: ['skill'] }).map((m) => m.concept)
    expect(skills('RIFORNIMENTO SCAFFALI NEL PUNTO VENDITA')).not.toContain('skill.sales')
    expect(skills('Addetta ai punti di vendita della catena')).not.toContain('skill.sales')
    expect(skills('esperienza nella vendita al pubblico nel punto vendita')).toContain('skill.retail-sales')
    expect(skills('tecniche di vendita')).toContain('skill.sales')
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

  it('ends a negation at a contrast and does not read "non solo" as a negation', () => {
    const negated = (text: string) => annotator.annotate(text).map((m) => [m.concept, m.negated])
    expect(negated('Nessuna esperienza di saldatura ma Excel sì')).toEqual([['skill.welding', true], ['skill.excel', false]])
    expect(negated('No welding but Excel yes')).toEqual([['skill.welding', true], ['skill.excel', false]])
    expect(negated('Esperienza non solo di saldatura')).toEqual([['skill.welding', false]])
  })

  it('carries a negation over a list of concepts but not over a conjunction after another word', () => {
    const negated = (text: string) => annotator.annotate(text).map((m) => [m.concept, m.negated])
    expect(negated('Nessuna esperienza di saldatura e programmazione')).toEqual([['skill.welding', true], ['skill.programming', true]])
    expect(negated('Colleghi non autosufficienti e saldatura')).toEqual([['skill.welding', false]])
    expect(negated('people who are not self-sufficient and welding')).toEqual([['skill.welding', false]])
  })

  it('accepts an ambiguous short label next to a word naming a skill, never next to one making it a code', () => {
    expect(concepts('Excel skills are a plus')).toEqual(['skill.excel'])
    expect(concepts('Conoscenza del C')).toEqual(['skill.c'])
    expect(concepts('Saldatura TIG, patente C')).toEqual(['skill.tig-welding'])
    expect(concepts('Saldatura TIG, category C licence')).toEqual(['skill.tig-welding'])
  })

  it('keeps capital single-letter codes and hyphenated function words of labels', () => {
    const taxonomy = createTaxonomy(
      expandEntries({
        skills: [{ id: 'skill.goods-in', it: ['ricevimento merci'], en: ['goods-in'] }],
        occupations: [],
        coded: [
          { id: 'lic.a', kind: 'licence', code: 'A', it: ['patente A'], en: ['driving licence A'] },
          { id: 'lic.d', kind: 'licence', code: 'D', it: ['patente D'], en: ['driving licence D'] },
        ],
      }),
      { version: 'test' },
    )
    const codes = createAnnotator(taxonomy)
    const ids = (text: string) => codes.annotate(text).map((m) => m.concept)
    expect(ids('Patente D e CQC persone')).toEqual(['lic.d'])
    expect(ids('patente A')).toEqual(['lic.a'])
    expect(ids("patente d'esperienza")).toEqual([])
    expect(ids('goods-in and goods in')).toEqual(['skill.goods-in', 'skill.goods-in'])
    expect(ids('good knowledge of Italian')).toEqual([])
  })

  it('annotates a text the same whatever the annotator has seen before (its cache of recent words)', () => {
    const words = fixtureTaxonomy()
      .all()
      .flatMap((c) => c.labels.flatMap((l) => l.text.split(' ')))
    const piece = fc.oneof(
      fc.constantFrom(...words, 'non', 'e', 'di', 'skills', 'patente', 'ma', 'C', 'R', '\n', ','),
      fc.constantFrom(...words).map((w) => w.toUpperCase()),
      fc.stringMatching(/^[a-zA-Z]{1,40}$/),
    )
    const text = fc.array(piece, { maxLength: 25 }).map((w) => w.join(' '))
    const warm = createAnnotator(fixtureTaxonomy())
    fc.assert(
      fc.property(fc.array(text, { maxLength: 5 }), text, (before, sample) => {
        for (const other of before) warm.annotate(other)
        expect(warm.annotate(sample)).toEqual(createAnnotator(fixtureTaxonomy()).annotate(sample))
      }),
      { numRuns: 300 },
    )
  })

  const labelWords = fixtureTaxonomy()
    .all()
    .flatMap((c) => c.labels.flatMap((l) => l.text.split(' ')))
  const cueWord = fc.constantFrom(...labelWords, 'non', 'nessuna', 'e', 'o', 'di', 'skills', 'patente', 'ma', 'solo', 'C', 'R', 'Excel', ',', '.')
  const allKinds = ['skill', 'knowledge', 'occupation', 'language', 'licence', 'qualification'] as const

  it('filters by a list of kinds as by the set of them, whatever its order, repeats and unknown kinds', () => {
    const text = fc.array(cueWord, { maxLength: 30 }).map((w) => w.join(' '))
    const kinds = fc.subarray([...allKinds])
    fc.assert(
      fc.property(text, kinds, fc.array(fc.constantFrom(...allKinds, 'unknown' as never), { maxLength: 8 }), fc.boolean(), (sample, chosen, noise, includeNegated) => {
        const listed = [...noise.filter((k) => chosen.includes(k)), ...[...chosen].reverse(), ...chosen, 'unknown' as never]
        expect(annotator.annotate(sample, { kinds: listed, includeNegated })).toEqual(annotator.annotate(sample, { kinds: chosen, includeNegated }))
      }),
      { numRuns: 300 },
    )
    fc.assert(
      fc.property(text, (sample) => {
        expect(annotator.annotate(sample, { kinds: [...allKinds] })).toEqual(annotator.annotate(sample))
        expect(annotator.annotate(sample, { kinds: [] })).toEqual([])
      }),
      { numRuns: 200 },
    )
  })

  it('reads any run of spaces holding a line feed as one line break, wherever it falls', () => {
    const lineBreaks = ['\n', ' \n', '\n ', '\n\n', '\r\n', ' \n \n ']
    const spaces = [' ', '  ', '\t']
    fc.assert(
      fc.property(fc.array(fc.tuple(cueWord, fc.boolean()), { maxLength: 30 }), fc.nat(), (pieces, seed) => {
        const plain = pieces.map(([w, broken]) => `${w}${broken ? '\n' : ' '}`).join('')
        let k = seed
        const varied = pieces.map(([w, broken]) => `${w}${broken ? lineBreaks[k++ % lineBreaks.length] : spaces[k++ % spaces.length]}`).join('')
        const shape = (text: string) => annotator.annotate(text).map((m) => [m.concept, m.negated, m.role, text.slice(m.start, m.end).replace(/\s+/g, ' ')])
        expect(shape(varied)).toEqual(shape(plain))
        for (const m of annotator.annotate(varied)) expect(varied.slice(m.start, m.end)).not.toContain('\n')
      }),
      { numRuns: 300 },
    )
  })

  it('filters by kind exactly when a taxonomy has more kinds than bits (they then share one)', () => {
    const kinds = Array.from({ length: 36 }, (_, k) => `kind${k}`)
    const concepts = kinds.map((kind, k) => ({
      id: `c.${k}`,
      kind,
      labels: [
        { text: `parola${k % 5}`, role: 'preferred' },
        { text: `parola${k % 5} extra${k}`, role: 'preferred' },
      ],
    }))
    // Only `all()` is read by the annotator; the kinds are not ConceptKinds on purpose.
    const many = createAnnotator({ all: () => concepts } as unknown as Parameters<typeof createAnnotator>[0])
    const text = kinds.map((_, k) => `parola${k % 5} extra${k}, parola${k % 5}`).join('\n')
    for (const [k, kind] of kinds.entries()) {
      const found = many.annotate(text, { kinds: [kind as never] })
      expect(found.map((m) => m.concept)).toEqual(Array(2 * kinds.filter((_, o) => o % 5 === k % 5).length).fill(`c.${k}`))
    }
    expect(many.annotate(text, { kinds: ['other' as never] })).toEqual([])
    const pair = many.annotate(text, { kinds: ['kind35' as never, 'kind30' as never] }).map((m) => m.concept)
    expect(new Set(pair)).toEqual(new Set(['c.30', 'c.35']))
    expect(many.annotate(text, { kinds: [...kinds] as never[] })).toEqual(many.annotate(text))
  })
})

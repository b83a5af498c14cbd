import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createEdgeTable } from './edge-table.js'

describe('createEdgeTable', () => {
  it('finds every edge of the maps it was built from, and no other', () => {
    const edge = fc.record({ node: fc.nat(40), key: fc.nat(60), child: fc.integer({ min: 1, max: 500 }) })
    fc.assert(
      fc.property(fc.array(edge, { maxLength: 200 }), fc.array(fc.tuple(fc.nat(45), fc.integer({ min: -1, max: 70 })), { maxLength: 50 }), (edges, probes) => {
        const children: Map<number, number>[] = Array.from({ length: 41 }, () => new Map())
        for (const { node, key, child } of edges) children[node]?.set(key, child)
        const table = createEdgeTable(children)
        for (const [node, next] of children.entries()) for (const [key, child] of next) expect(table.child(node, key)).toBe(child)
        for (const [node, key] of probes) expect(table.child(node, key)).toBe(children[node]?.get(key) ?? 0)
      }),
      { numRuns: 300 },
    )
  })
})

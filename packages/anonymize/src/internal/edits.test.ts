import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { resolveEdits, type Candidate, type Edit } from './edits.js'

const text = 'Anna Rossi, nata a Roma: lei è cameriera. Tel 333 1234567'
const candidate = fc
  .record({
    start: fc.nat({ max: text.length }),
    length: fc.nat({ max: 6 }),
    priority: fc.integer({ min: 60, max: 63 }),
    replacement: fc.constantFrom('[NAME]', '[PHONE]', '', 'loro', 'Anna'),
  })
  .map(({ start, length, priority, replacement }): Candidate => ({
    start,
    end: Math.min(text.length, start + length),
    priority,
    replacement,
    category: replacement === '[PHONE]' ? 'phone' : 'name',
  }))

describe('resolveEdits', () => {
  it('orders by one numeric key exactly as by the fields, ties in input order, for short and long lists (property)', () => {
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 300 }), (candidates) => {
        // A fractional priority keeps the relative order but takes the field-by-field comparison path.
        const byFields = candidates.map((c) => ({ ...c, priority: c.priority + 0.5 }))
        expect(resolveEdits(text, candidates)).toEqual(resolveEdits(text, byFields))
      }),
      { numRuns: 1000 },
    )
  })

  it('accepts the same edits as the sorted-list definition of overlap (property)', () => {
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 300 }), (candidates) => {
        expect(resolveEdits(text, candidates)).toEqual(resolveEditsByDefinition(text, candidates))
      }),
      { numRuns: 2000 },
    )
  })

  it('stays linear on many edits in one long line', { timeout: 10_000 }, () => {
    // 200,000 names on one line: the sorted list with `splice` took minutes here.
    const line = 'Anna '.repeat(200_000)
    const many: Candidate[] = []
    for (let i = 0; i < line.length; i += 5) many.push({ start: i, end: i + 4, priority: 60, replacement: '[NAME]', category: 'name' })
    expect(resolveEdits(line, many)).toHaveLength(1)
  })
})

/**
 * The acceptance rule as first written: accepted edits in a list sorted by start, each candidate checked
 * against its neighbours there; then the same merging as `resolveEdits`. The reference for the property.
 */
function resolveEditsByDefinition(text: string, candidates: readonly Candidate[]): Edit[] {
  const ordered = candidates
    .filter((c) => c.end > c.start || c.replacement.length > 0)
    .sort((a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start)
  const accepted: Edit[] = []
  for (const c of ordered) {
    const i = accepted.findIndex((e) => e.start >= c.start)
    const at = i < 0 ? accepted.length : i
    const before = accepted[at - 1]
    const after = accepted[at]
    if (before && before.end > c.start) continue
    if (after && after.start < c.end) continue
    if (after && c.start === c.end && after.start === c.start) continue
    accepted.splice(at, 0, { start: c.start, end: c.end, replacement: c.replacement, category: c.category })
  }
  const merged: Edit[] = []
  for (const edit of accepted) {
    if (edit.replacement === text.slice(edit.start, edit.end)) continue
    const last = merged[merged.length - 1]
    if (last && last.category === edit.category && last.replacement === edit.replacement && last.replacement.startsWith('[') && /^[ \t]*$/.test(text.slice(last.end, edit.start))) {
      last.end = edit.end
      continue
    }
    merged.push({ ...edit })
  }
  return merged
}

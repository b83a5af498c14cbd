import { describe, expect, it } from 'vitest'
import { createAuditAttributes } from './create-audit-attributes.js'
import { intersectGroups } from './intersect-groups.js'

const rows = [
  { id: 'a1', values: { gender: 'F', ageBand: '30-49', citizenship: 'IT', disability: 'L68/99', cpi: 'yes' } },
  { id: 'a2', values: { gender: 'M', ageBand: '30-49', citizenship: ' non-EU ' } },
  { id: 'a3', values: { gender: 'F', ageBand: '', citizenship: 'EU' } },
]

describe('createAuditAttributes', () => {
  it('keeps declared values by id, standard attributes first, extras after', () => {
    const attributes = createAuditAttributes(rows)
    expect(attributes.attributes).toEqual(['gender', 'ageBand', 'citizenship', 'disability', 'cpi'])
    expect(attributes.size).toBe(3)
    expect(attributes.value('a2', 'citizenship')).toBe('non-EU')
    expect(attributes.value('a3', 'ageBand')).toBeUndefined()
    expect(attributes.values('gender')).toEqual(['F', 'M'])
  })

  it('groups by one attribute or by an intersection, leaving out ids without a value', () => {
    const attributes = createAuditAttributes(rows)
    expect(attributes.groups('gender')).toEqual(
      new Map([
        ['a1', 'F'],
        ['a2', 'M'],
        ['a3', 'F'],
      ]),
    )
    expect(attributes.groups(['gender', 'ageBand'])).toEqual(
      new Map([
        ['a1', 'F & 30-49'],
        ['a2', 'M & 30-49'],
      ]),
    )
    expect(intersectGroups([attributes.groups('gender'), attributes.groups('ageBand')])).toEqual(attributes.groups(['gender', 'ageBand']))
  })

  it('is frozen: nothing can be added to it downstream', () => {
    const attributes = createAuditAttributes(rows)
    expect(Object.isFrozen(attributes)).toBe(true)
    expect(Object.isFrozen(attributes.attributes)).toBe(true)
  })

  it('refuses a repeated or empty id without echoing it', () => {
    expect(() => createAuditAttributes([rows[0] as (typeof rows)[0], rows[0] as (typeof rows)[0]])).toThrow(
      expect.objectContaining({ code: 'FAIRNESS_INVALID_INPUT', message: expect.not.stringContaining('a1') }),
    )
    expect(() => createAuditAttributes([{ id: '', values: {} }])).toThrow(expect.objectContaining({ code: 'FAIRNESS_INVALID_INPUT' }))
  })
})

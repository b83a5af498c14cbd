import { describe, expect, it } from 'vitest'
import { tokenize } from '@incontro/core'
import type { ScrubContext } from './context.js'
import { detectInternationalContacts } from './detect-contacts.js'

function found(text: string): string[] {
  const context = { text, tokens: tokenize(text), language: 'en', personal: [] } as unknown as ScrubContext
  return detectInternationalContacts(context).map((c) => `${c.category}:${text.slice(c.start, c.end)}`)
}

describe('detectInternationalContacts', () => {
  it('finds numbers of the countries a Milan job centre sees, fictional UK ranges included', () => {
    for (const n of ['+44 7700 900123', '+44 20 7946 0958', '+40 721 234 567', '+380 67 123 4567', '+20 100 123 4567', '+63 917 123 4567', '+880 1712 345678', '+86 138 0013 8000', '+51 987 654 321', '+212 612 345678']) {
      expect(found(`Call me on ${n} any time`)).toEqual([`phone:${n}`])
    }
    expect(found('or 07700 900123.')).toEqual(['phone:07700 900123'])
  })

  it('finds UK postcodes and flat numbers in the header, not in the body', () => {
    expect(found('Sam Doe\nFlat 3, 12 Baker Street, London NW1 6XE\nLeicester LE2 1AB\n')).toEqual(['address:NW1 6XE', 'address:LE2 1AB', 'address:Flat 3'])
    expect(found('a\nb\nc\nd\ne\nf\ng\nModel A4 3GB, ISO 9001, +1 2 and 2015-2020.')).toEqual([])
  })
})

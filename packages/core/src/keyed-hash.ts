import { createHmac } from 'node:crypto'

/**
 * A keyed hash (HMAC-SHA-256, hex) of a value. Used for pseudonymous ids and for breaking ties
 * deterministically without depending on insertion order.
 */
export function keyedHash(key: string | Uint8Array, value: string, hexLength = 64): string {
  return createHmac('sha256', key).update(value, 'utf8').digest('hex').slice(0, hexLength)
}

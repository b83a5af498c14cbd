import { hmac } from '@noble/hashes/hmac.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'

/**
 * A keyed hash (HMAC-SHA-256, hex) of a value — the browser build's {@link keyedHash}: a pure-JS HMAC
 * (@noble/hashes), synchronous like Node's `createHmac` and byte-for-byte the same result, so a profile
 * anonymized on a person's own device gets the same pseudonymous id as on the server.
 */
export function keyedHash(key: string | Uint8Array, value: string, hexLength = 64): string {
  const keyBytes = typeof key === 'string' ? utf8ToBytes(key) : key
  return bytesToHex(hmac(sha256, keyBytes, utf8ToBytes(value))).slice(0, hexLength)
}

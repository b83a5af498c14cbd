import { IncontroError, keyedHash } from '@incontro/core'

/**
 * The pseudonymous id of a source record: HMAC-SHA-256 of `sourceId` under the deployer's key, 32 hex characters.
 *
 * Key rotation: a new key gives every record a new id. Keep the old key for as long as old ids must be
 * mapped (recompute both ids from the source ids you hold elsewhere); never store the source id next to
 * the neutral record, or the pseudonym stops protecting anything.
 *
 * @example
 * pseudonymousId(process.env.INCONTRO_KEY ?? '', 'cv-2024-0001') // '3f…' (32 hex characters)
 */
export function pseudonymousId(key: string | Uint8Array, sourceId: string): string {
  if (key.length === 0) {
    throw new IncontroError('ANONYMIZE_MISSING_KEY', 'No pseudonymization key was given; expected a non-empty string or byte array. Pass the deployer key as `key`.')
  }
  return keyedHash(key, sourceId, 32)
}

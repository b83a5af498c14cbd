import { IncontroError } from '@incontro/core'
import { defaultReadLimits, type ReadLimits } from '../default-read-limits.js'

export type { ReadLimits }

/** Largest ratio of uncompressed to compressed size accepted in a DOCX archive. */
export const MAX_COMPRESSION_RATIO = 100

/** Merges caller limits over the defaults and rejects values that are not non-negative numbers. */
export function resolveLimits(limits: Partial<ReadLimits> | undefined, maxBytes: number | undefined): ReadLimits {
  const merged: ReadLimits = { ...defaultReadLimits, ...(limits ?? {}) }
  if (maxBytes !== undefined) merged.maxBytes = maxBytes
  for (const key of Object.keys(defaultReadLimits) as (keyof ReadLimits)[]) {
    const value = merged[key]
    if (typeof value !== 'number' || Number.isNaN(value) || value < 0) {
      throw new IncontroError('CORE_INVALID_INPUT', `${key} must be a non-negative number; see defaultReadLimits for the defaults.`, {
        [key]: String(value),
      })
    }
  }
  return merged
}

/** The error thrown when a document goes past one of its limits. */
export function limitExceeded(limit: keyof ReadLimits, max: number, value?: number): IncontroError {
  const hints: Record<keyof ReadLimits, string> = {
    maxBytes: 'split the document or raise limits.maxBytes',
    maxPages: 'read fewer pages or raise limits.maxPages',
    maxMilliseconds: 'the document is too slow to read; raise limits.maxMilliseconds if it is trusted',
    maxDepth: 'the document nests too deeply; raise limits.maxDepth if it is trusted',
    maxUncompressedBytes: 'the archive expands too much (a zip bomb?); raise limits.maxUncompressedBytes if it is trusted',
    maxMemoryBytes: 'reading it takes too much memory (a decompression bomb?); raise limits.maxMemoryBytes if it is trusted',
  }
  return new IncontroError('PARSE_LIMIT_EXCEEDED', `The document exceeds ${limit} (${max}); ${hints[limit]}.`, {
    limit,
    max,
    ...(value === undefined ? {} : { value }),
  })
}

/** A clock for one document: throws `PARSE_LIMIT_EXCEEDED` once the time budget is spent. */
export interface Deadline {
  check(): void
  remaining(): number
}

/** Starts the clock of one document. */
export function createDeadline(maxMilliseconds: number): Deadline {
  const start = performance.now()
  return {
    check() {
      const elapsed = performance.now() - start
      if (elapsed > maxMilliseconds) throw limitExceeded('maxMilliseconds', maxMilliseconds, Math.round(elapsed))
    },
    remaining() {
      return Math.max(0, maxMilliseconds - (performance.now() - start))
    },
  }
}

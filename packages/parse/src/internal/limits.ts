import { IncontroError } from '@incontro/core'

/** Bounds on the work spent reading one document; every reader enforces the ones that apply to it. */
export interface ReadLimits {
  /** Largest input, in bytes (default 5 MB). */
  maxBytes: number
  /** Most PDF pages read (default 50). */
  maxPages: number
  /** Longest time spent on one document, in milliseconds (default 5,000; PDF checks between pages). */
  maxMilliseconds: number
  /** Deepest nesting of JSON arrays/objects and XML elements (default 100). */
  maxDepth: number
  /** Largest total uncompressed size of a DOCX archive, in bytes (default 50 MB; the ratio to the file is capped at 100). */
  maxUncompressedBytes: number
}

/** The documented default limits. */
export const defaultReadLimits: Readonly<ReadLimits> = Object.freeze({
  maxBytes: 5 * 1024 * 1024,
  maxPages: 50,
  maxMilliseconds: 5_000,
  maxDepth: 100,
  maxUncompressedBytes: 50 * 1024 * 1024,
})

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

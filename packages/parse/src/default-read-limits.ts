/** Bounds on the work spent reading one document; every reader enforces the ones that apply to it. */
export interface ReadLimits {
  /** Largest input, in bytes (default 5 MB). */
  maxBytes: number
  /** Most PDF pages read (default 50). */
  maxPages: number
  /** Longest time spent on one document, in milliseconds (default 5,000; PDF checks between pages). */
  maxMilliseconds: number
  /** Deepest nesting of JSON arrays/objects and XML elements (default 100); HTML elements nest up to max(maxDepth, 512). */
  maxDepth: number
  /** Largest total uncompressed size of a DOCX archive, in bytes (default 50 MB; the ratio to the file is capped at 100). */
  maxUncompressedBytes: number
  /**
   * Most memory a PDF or DOCX read may add to the process, in bytes (default 256 MB): those readers run in
   * a worker thread that is stopped past it, or at `maxMilliseconds`.
   */
  maxMemoryBytes: number
}

/**
 * The default limits of every reader: 5 MB, 50 PDF pages, 5 s per document, nesting depth 100, 50 MB
 * uncompressed DOCX, 256 MB of memory for a PDF or DOCX read. Override any of them with the `limits` option.
 *
 * @example
 * readDocument(bytes, { limits: { ...defaultReadLimits, maxBytes: 1_000_000 } })
 */
export const defaultReadLimits: Readonly<ReadLimits> = Object.freeze({
  maxBytes: 5 * 1024 * 1024,
  maxPages: 50,
  maxMilliseconds: 5_000,
  maxDepth: 100,
  maxUncompressedBytes: 50 * 1024 * 1024,
  maxMemoryBytes: 256 * 1024 * 1024,
})


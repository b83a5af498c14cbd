import type { RecordAttributes, RecordFilter } from './record-filter.js'

/** One result of a vector query: an id and its cosine similarity to the query (never a distance). */
export interface VectorHit {
  id: string
  similarity: number
}

/** Options of {@link VectorIndex.query}. */
export interface VectorQueryOptions {
  /** How many hits at most. */
  k: number
  /** Only these ids may be returned (data, not a callback, so a database adapter can push it down). */
  filter?: ReadonlySet<string>
  /** Only records whose attributes pass this filter (evaluated inside the search, pushed down to SQL by database adapters). */
  where?: RecordFilter
}

/** A record to index: its id, its vector and, optionally, the attributes hard filters read. */
export interface VectorRecord {
  id: string
  vector: Float32Array
  attributes?: RecordAttributes
}

/**
 * The vector index port: cosine similarity over string ids. Every adapter (exact, HNSW, pgvector …)
 * passes the same conformance suite; shared code never branches on which adapter it got.
 */
export interface VectorIndex {
  /** Length of every vector. */
  readonly dimensions: number
  /** Adds records, replacing the vector of ids already present. */
  upsert(records: readonly VectorRecord[]): Promise<void>
  /** Removes ids; unknown ids are ignored. */
  remove(ids: readonly string[]): Promise<void>
  /** The `k` most similar records, by similarity descending, ties broken by id. */
  query(vector: Float32Array, options: VectorQueryOptions): Promise<VectorHit[]>
  /** Number of records. */
  count(): Promise<number>
  /** Every id, sorted. */
  ids(): string[] | Promise<string[]>
}

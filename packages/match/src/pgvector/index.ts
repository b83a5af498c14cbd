export { createPgVectorIndex } from './create-pg-vector-index.js'
export type { PgVectorIndex, PgVectorIndexOptions, SqlClient } from './create-pg-vector-index.js'
export { migratePgVector, PG_VECTOR_SCHEMA_VERSION } from './migrate-pg-vector.js'
export type { PgVectorMigrationOptions } from './migrate-pg-vector.js'

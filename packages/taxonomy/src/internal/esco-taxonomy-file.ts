import { z } from 'zod'

// Shared by saveTaxonomy and loadTaxonomy. Layout of a taxonomy file:
//   INCONTRO-TAXONOMY\n
//   {"format":1,"version":"…","concepts":N,"payloadBytes":L,"sha256":"…"}\n
//   <L bytes: gzipped JSON array of concept definitions>
// The header stays readable (`head -2 file`) and the checksum covers the payload exactly as stored.

/** The first line of every taxonomy file. */
export const taxonomyFileMagic = 'INCONTRO-TAXONOMY'

/** The format version this code writes and reads. */
export const taxonomyFileFormat = 1

/** Longest header line accepted, so a foreign file is refused before reading it whole as JSON. */
export const maxHeaderBytes = 64 * 1024

/** The header line of a taxonomy file. */
export const TaxonomyFileHeaderSchema = z.object({
  format: z.number().int(),
  version: z.string().min(1),
  concepts: z.number().int().nonnegative(),
  payloadBytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
})
/** A taxonomy file header. */
export type TaxonomyFileHeader = z.infer<typeof TaxonomyFileHeaderSchema>

/**
 * Reads a stream up to `maxBytes + 1` bytes, then stops reading and destroys it, so an endless input
 * (`cat /dev/zero | incontro annotate -`) ends at the limit instead of filling memory.
 */
export async function readStream(stream: AsyncIterable<unknown> & { destroy?(): void }, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = []
  let total = 0
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : (chunk as Uint8Array)
    const room = maxBytes + 1 - total
    chunks.push(bytes.length > room ? bytes.subarray(0, room) : bytes)
    total += Math.min(bytes.length, room)
    if (total > maxBytes) {
      stream.destroy?.()
      break
    }
  }
  return concatBytes(chunks, total)
}

/** The chunks as one array of `total` bytes (the chunk itself when there is only one). */
export function concatBytes(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array
  const out = new Uint8Array(total)
  let at = 0
  for (const chunk of chunks) {
    out.set(chunk, at)
    at += chunk.length
  }
  return out
}

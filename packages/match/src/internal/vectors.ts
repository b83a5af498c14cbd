import { IncontroError } from '@incontro/core'
import type { VectorHit } from '../vector-index.js'

/** Throws unless `vector` has `dimensions` finite components. */
export function checkVector(vector: Float32Array, dimensions: number, what: string): void {
  if (!(vector instanceof Float32Array) || vector.length !== dimensions) {
    const got = vector instanceof Float32Array ? `length ${vector.length}` : typeof vector
    throw new IncontroError(
      'MATCH_DIMENSION_MISMATCH',
      `${what} has ${got}, but this index holds Float32Array vectors of ${dimensions} dimensions; embed with a space of the same dimensions or create the index with dimensions ${vector instanceof Float32Array ? vector.length : '…'}.`,
      { expected: dimensions, actual: vector instanceof Float32Array ? vector.length : null },
    )
  }
  for (let i = 0; i < vector.length; i++) {
    if (!Number.isFinite(vector[i])) {
      throw new IncontroError(
        'CORE_INVALID_INPUT',
        `${what} has a non-finite component at position ${i}; expected finite numbers. Check the embedder's input.`,
        { position: i },
      )
    }
  }
}

/** Throws unless `k` is a non-negative integer. */
export function checkK(k: number): void {
  if (!Number.isInteger(k) || k < 0) {
    throw new IncontroError('CORE_INVALID_INPUT', `k must be a non-negative integer, got ${String(k)}; pass e.g. { k: 10 }.`, { k })
  }
}

/** Euclidean norm, accumulated in double precision. */
export function norm(vector: ArrayLike<number>): number {
  let sum = 0
  for (let i = 0; i < vector.length; i++) {
    const value = vector[i] as number
    sum += value * value
  }
  return Math.sqrt(sum)
}

/** Writes `vector / |vector|` into `target` at `offset` (a zero vector stays zero). */
export function writeNormalized(vector: ArrayLike<number>, target: Float32Array | Float64Array, offset = 0): void {
  const length = norm(vector)
  const scale = length > 0 ? 1 / length : 0
  for (let i = 0; i < vector.length; i++) target[offset + i] = (vector[i] as number) * scale
}

/** A normalized double-precision copy. */
export function normalizedCopy(vector: ArrayLike<number>): Float64Array {
  const copy = new Float64Array(vector.length)
  writeNormalized(vector, copy)
  return copy
}

/** Clamps a similarity into [-1, 1] (rounding can step just outside). */
export function clampSimilarity(value: number): number {
  return value > 1 ? 1 : value < -1 ? -1 : value
}

/** Hit order: similarity descending, then id ascending (code-unit order, locale-independent). */
export function compareHits(a: VectorHit, b: VectorHit): number {
  if (a.similarity !== b.similarity) return b.similarity - a.similarity
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/** Keeps the best `k` hits seen (by {@link compareHits}) in a bounded binary heap whose root is the worst. */
export function createTopK(k: number): { offer(hit: VectorHit): void; sorted(): VectorHit[] } {
  const heap: VectorHit[] = []
  // `worse(a, b)`: a ranks after b.
  const worse = (a: VectorHit, b: VectorHit): boolean => compareHits(a, b) > 0
  const swap = (i: number, j: number): void => {
    const t = heap[i] as VectorHit
    heap[i] = heap[j] as VectorHit
    heap[j] = t
  }
  const up = (index: number): void => {
    let i = index
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (!worse(heap[i] as VectorHit, heap[parent] as VectorHit)) break
      swap(i, parent)
      i = parent
    }
  }
  const down = (index: number): void => {
    let i = index
    for (;;) {
      const left = 2 * i + 1
      const right = left + 1
      let worst = i
      if (left < heap.length && worse(heap[left] as VectorHit, heap[worst] as VectorHit)) worst = left
      if (right < heap.length && worse(heap[right] as VectorHit, heap[worst] as VectorHit)) worst = right
      if (worst === i) return
      swap(i, worst)
      i = worst
    }
  }
  return {
    offer(hit) {
      if (k === 0) return
      if (heap.length < k) {
        heap.push(hit)
        up(heap.length - 1)
      } else if (worse(heap[0] as VectorHit, hit)) {
        heap[0] = hit
        down(0)
      }
    },
    sorted: () => [...heap].sort(compareHits),
  }
}

/** Checks index dimensions given by a caller. */
export function checkDimensions(dimensions: number): void {
  if (!Number.isSafeInteger(dimensions) || dimensions <= 0) {
    throw new IncontroError(
      'CORE_INVALID_INPUT',
      `dimensions must be a positive integer, got ${String(dimensions)}; use the dimensions of your concept space (128 by default).`,
      { dimensions },
    )
  }
}

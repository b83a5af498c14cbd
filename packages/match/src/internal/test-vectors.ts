import { gaussian, seededRandom } from './prng.js'

/** Seeded vector generators for tests and benchmarks. */
export function createVectorSource(seed: string, dimensions: number): {
  random(): Float32Array
  near(center: Float32Array, spread: number): Float32Array
} {
  const normal = gaussian(seededRandom(seed))
  return {
    random() {
      const vector = new Float32Array(dimensions)
      for (let i = 0; i < dimensions; i++) vector[i] = normal()
      return vector
    },
    near(center, spread) {
      const vector = new Float32Array(dimensions)
      for (let i = 0; i < dimensions; i++) vector[i] = (center[i] as number) + spread * normal()
      return vector
    },
  }
}

/** `count` vectors around `clusters` random centres, deterministic for a seed. */
export function clusteredVectors(seed: string, dimensions: number, count: number, clusters: number, spread = 0.35): Float32Array[] {
  const source = createVectorSource(seed, dimensions)
  const centres = Array.from({ length: clusters }, () => source.random())
  return Array.from({ length: count }, (_, i) => source.near(centres[i % clusters] as Float32Array, spread))
}

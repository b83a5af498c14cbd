/**
 * The largest of a list of numbers (`-Infinity` for none), by a loop: `Math.max(...values)` passes every
 * value as an argument and throws a RangeError past the engine's argument limit.
 */
export function maxOf(values: readonly number[]): number {
  let max = -Infinity
  for (const v of values) if (v > max) max = v
  return max
}

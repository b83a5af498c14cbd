/**
 * The paths at which two values differ structurally, in JSONPath notation (`$`, `$.a.b`, `$.list[2]`,
 * `$["odd key"]`). Values themselves never appear in the output, only where they differ.
 *
 * Semantics: primitives compare with `Object.is` (so NaN equals NaN and 0 differs from -0); arrays and
 * typed arrays compare length and elements; plain objects compare own enumerable string keys, and a
 * key whose value is `undefined` counts as absent (as in JSON); Dates compare by time; Maps by key
 * (primitive keys); Sets by membership of primitives (a difference reports the Set's path); values of
 * different kinds or prototypes differ at their path. Cycles are followed once.
 */
export function diffPaths(x: unknown, y: unknown, options: { limit?: number } = {}): string[] {
  const out: string[] = []
  walk(x, y, '$', out, options.limit ?? Number.POSITIVE_INFINITY, new WeakMap())
  return out
}

const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/u

function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`
  return identifier.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`
}

function kind(value: unknown): string {
  if (value === null) return 'null'
  if (typeof value !== 'object') return typeof value
  if (Array.isArray(value)) return 'array'
  if (ArrayBuffer.isView(value)) return Object.prototype.toString.call(value)
  if (value instanceof Date) return 'date'
  if (value instanceof Map) return 'map'
  if (value instanceof Set) return 'set'
  return 'object'
}

function walk(
  x: unknown,
  y: unknown,
  path: string,
  out: string[],
  limit: number,
  seen: WeakMap<object, WeakSet<object>>,
): void {
  if (out.length >= limit) return
  if (Object.is(x, y)) return
  const kx = kind(x)
  if (kx !== kind(y) || typeof x !== 'object' || x === null) {
    out.push(path)
    return
  }
  const a = x
  const b = y as object
  const pairs = seen.get(a)
  if (pairs?.has(b)) return
  if (pairs === undefined) seen.set(a, new WeakSet([b]))
  else pairs.add(b)

  switch (kx) {
    case 'array':
      walkIndexed(a as unknown[], b as unknown[], path, out, limit, seen)
      return
    case 'date':
      if (!Object.is((a as Date).getTime(), (b as Date).getTime())) out.push(path)
      return
    case 'map': {
      const ma = a as Map<unknown, unknown>
      const mb = b as Map<unknown, unknown>
      for (const key of sortedKeys([...ma.keys(), ...mb.keys()])) {
        const inA = ma.has(key)
        const inB = mb.has(key)
        const keyPath = `${path}[${JSON.stringify(typeof key === 'string' ? key : String(key))}]`
        if (inA !== inB) out.push(keyPath)
        else walk(ma.get(key), mb.get(key), keyPath, out, limit, seen)
        if (out.length >= limit) return
      }
      return
    }
    case 'set': {
      const sa = a as Set<unknown>
      const sb = b as Set<unknown>
      if (sa.size !== sb.size || [...sa].some((value) => !sb.has(value))) out.push(path)
      return
    }
    case 'object':
      if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) {
        out.push(path)
        return
      }
      walkObject(a as Record<string, unknown>, b as Record<string, unknown>, path, out, limit, seen)
      return
    default:
      // Typed arrays and DataViews: element-wise, like arrays.
      walkIndexed(toIndexed(a), toIndexed(b), path, out, limit, seen)
  }
}

function toIndexed(view: object): ArrayLike<unknown> {
  if (view instanceof DataView) return new Uint8Array(view.buffer, view.byteOffset, view.byteLength)
  return view as ArrayLike<unknown>
}

function walkIndexed(
  a: ArrayLike<unknown>,
  b: ArrayLike<unknown>,
  path: string,
  out: string[],
  limit: number,
  seen: WeakMap<object, WeakSet<object>>,
): void {
  const length = Math.max(a.length, b.length)
  for (let i = 0; i < length && out.length < limit; i += 1) {
    if (i >= a.length || i >= b.length) out.push(childPath(path, i))
    else walk(a[i], b[i], childPath(path, i), out, limit, seen)
  }
}

function walkObject(
  a: Record<string, unknown>,
  b: Record<string, unknown>,
  path: string,
  out: string[],
  limit: number,
  seen: WeakMap<object, WeakSet<object>>,
): void {
  for (const key of sortedKeys([...Object.keys(a), ...Object.keys(b)])) {
    if (out.length >= limit) return
    walk(a[key], b[key], childPath(path, key), out, limit, seen)
  }
}

function sortedKeys<K>(keys: K[]): K[] {
  // Deterministic order regardless of insertion order, so reports are stable.
  return [...new Set(keys)].sort((p, q) => {
    const sp = String(p)
    const sq = String(q)
    return sp < sq ? -1 : sp > sq ? 1 : 0
  })
}

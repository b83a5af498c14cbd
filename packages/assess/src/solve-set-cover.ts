import { IncontroError } from '@incontro/core'

/** A weighted set cover instance: elements `0 … elements − 1`, and sets with a weight and the elements they cover. */
export interface SetCoverInstance {
  elements: number
  sets: readonly {
    weight: number
    /** Breaks ties between covers of equal weight (e.g. hours when weight is cost); 0 by default. */
    tie?: number
    covers: readonly number[]
  }[]
}

/** A cover: the sets chosen, its weight, and the elements no set covers. */
export interface SetCoverSolution {
  /** Indices of the chosen sets: in the order greedy picked them, or ascending for the exact solver. */
  chosen: number[]
  weight: number
  tie: number
  /** Elements that no set covers (they are left out of the cover). */
  uncovered: number[]
  method: 'exact' | 'greedy'
  /**
   * The guarantee: 1 for the exact solver; H(d) = 1 + 1/2 + … + 1/d for greedy, d being the most
   * elements one set covers — greedy's weight is at most H(d) times the optimum (Chvátal, 1979).
   */
  bound: number
}

/** Options of {@link solveSetCover}. */
export interface SolveSetCoverOptions {
  /** `auto` (default): exact when the instance is small, greedy otherwise. */
  method?: 'auto' | 'exact' | 'greedy'
  /** `auto` is exact up to this many coverable elements (default 20; at most 30). */
  exactElements?: number
  /** `auto` is exact up to this many useful sets (default 60). */
  exactSets?: number
  /** Improve the greedy cover locally (drop redundant sets, swap one or two sets for a cheaper one); default true. */
  localSearch?: boolean
}

/** H(d) = 1 + 1/2 + … + 1/d, the bound of greedy weighted set cover. */
export function harmonic(d: number): number {
  let h = 0
  for (let i = 1; i <= d; i++) h += 1 / i
  return h
}

interface Prepared {
  masks: number[]
  weights: number[]
  ties: number[]
  /** Index of each prepared set in the instance. */
  index: number[]
  /** Coverable elements, renumbered 0 … n − 1. */
  elements: number[]
  uncovered: number[]
  d: number
}

function prepare(instance: SetCoverInstance, maxBits: number): Prepared | undefined {
  const coverable = new Set<number>()
  for (const set of instance.sets) for (const e of set.covers) if (e >= 0 && e < instance.elements) coverable.add(e)
  const elements = [...coverable].sort((a, b) => a - b)
  if (elements.length > maxBits) return undefined
  const bit = new Map(elements.map((e, i) => [e, i]))
  const prepared: Prepared = { masks: [], weights: [], ties: [], index: [], elements, uncovered: [], d: 0 }
  instance.sets.forEach((set, i) => {
    let mask = 0
    let size = 0
    for (const e of set.covers) {
      const b = bit.get(e)
      if (b !== undefined && (mask & (1 << b)) === 0) {
        mask |= 1 << b
        size++
      }
    }
    if (mask === 0) return
    prepared.masks.push(mask)
    prepared.weights.push(set.weight)
    prepared.ties.push(set.tie ?? 0)
    prepared.index.push(i)
    prepared.d = Math.max(prepared.d, size)
  })
  for (let e = 0; e < instance.elements; e++) if (!coverable.has(e)) prepared.uncovered.push(e)
  return prepared
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555)
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333)
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24
}

const less = (w1: number, t1: number, w2: number, t2: number): boolean => w1 < w2 - 1e-9 || (Math.abs(w1 - w2) <= 1e-9 && t1 < t2 - 1e-9)

function exact(p: Prepared): { chosen: number[]; weight: number; tie: number } {
  const n = p.elements.length
  const all = n === 0 ? 0 : n === 32 ? -1 : (1 << n) - 1
  // Sets covering each element, cheapest first, so good covers are found early and prune the rest.
  const order = p.masks.map((_, i) => i).sort((a, b) => (p.weights[a] as number) - (p.weights[b] as number) || (p.ties[a] as number) - (p.ties[b] as number) || a - b)
  const byElement: number[][] = Array.from({ length: n }, () => [])
  for (const s of order) for (let b = 0; b < n; b++) if (((p.masks[s] as number) & (1 << b)) !== 0) byElement[b]?.push(s)
  let bestWeight = Number.POSITIVE_INFINITY
  let bestTie = Number.POSITIVE_INFINITY
  let best: number[] = []
  const stack: number[] = []
  const search = (covered: number, weight: number, tie: number): void => {
    if (covered === all) {
      if (less(weight, tie, bestWeight, bestTie)) {
        bestWeight = weight
        bestTie = tie
        best = [...stack]
      }
      return
    }
    // Lower bound: each uncovered element costs at least the cheapest price per new element of any set.
    const open = all & ~covered
    let minPrice = Number.POSITIVE_INFINITY
    for (let s = 0; s < p.masks.length; s++) {
      const gain = popcount((p.masks[s] as number) & open)
      if (gain > 0) minPrice = Math.min(minPrice, (p.weights[s] as number) / gain)
    }
    if (weight + minPrice * popcount(open) > bestWeight + 1e-9) return
    // Branch on the uncovered element with the fewest sets.
    let pick = -1
    let fewest = Number.POSITIVE_INFINITY
    for (let b = 0; b < n; b++) {
      if ((open & (1 << b)) === 0) continue
      const count = byElement[b]?.length ?? 0
      if (count < fewest) {
        fewest = count
        pick = b
      }
    }
    for (const s of byElement[pick] ?? []) {
      const w = weight + (p.weights[s] as number)
      if (w > bestWeight + 1e-9) continue
      stack.push(s)
      search(covered | (p.masks[s] as number), w, tie + (p.ties[s] as number))
      stack.pop()
    }
  }
  search(0, 0, 0)
  return { chosen: best.map((s) => p.index[s] as number).sort((a, b) => a - b), weight: n === 0 ? 0 : bestWeight, tie: n === 0 ? 0 : bestTie }
}

function greedy(instance: SetCoverInstance, localSearch: boolean): { chosen: number[]; weight: number; tie: number; uncovered: number[]; d: number } {
  const n = instance.elements
  const covers = instance.sets.map((set) => [...new Set(set.covers)].filter((e) => e >= 0 && e < n))
  const weights = instance.sets.map((set) => set.weight)
  const ties = instance.sets.map((set) => set.tie ?? 0)
  const open = new Uint8Array(n)
  let remaining = 0
  for (const list of covers) {
    for (const e of list) {
      if (open[e] === 0) remaining++
      open[e] = 1
    }
  }
  const uncovered: number[] = []
  for (let e = 0; e < n; e++) if (open[e] === 0) uncovered.push(e)
  let d = 0
  for (const list of covers) d = Math.max(d, list.length)
  const chosen: number[] = []
  const used = new Uint8Array(covers.length)
  while (remaining > 0) {
    let pick = -1
    let pickPrice = Number.POSITIVE_INFINITY
    let pickTie = Number.POSITIVE_INFINITY
    for (let i = 0; i < covers.length; i++) {
      if (used[i] === 1) continue
      let gain = 0
      for (const e of covers[i] as number[]) gain += open[e] as number
      if (gain === 0) continue
      const price = (weights[i] as number) / gain
      const tie = (ties[i] as number) / gain
      if (less(price, tie, pickPrice, pickTie)) {
        pick = i
        pickPrice = price
        pickTie = tie
      }
    }
    if (pick < 0) break
    used[pick] = 1
    chosen.push(pick)
    for (const e of covers[pick] as number[]) {
      if (open[e] === 1) remaining--
      open[e] = 0
    }
  }
  const improved = localSearch ? improve(chosen, covers, weights, n) : chosen
  let weight = 0
  let tie = 0
  for (const s of improved) {
    weight += weights[s] as number
    tie += ties[s] as number
  }
  return { chosen: improved, weight, tie, uncovered, d }
}

/**
 * Local improvement of a cover, which only ever lowers its weight (so greedy's H(d) bound still
 * holds): drop redundant sets, heaviest first; then replace one or two chosen sets by one unchosen
 * set that covers what only they cover, for less weight; repeat until nothing improves.
 */
function improve(start: readonly number[], covers: readonly (readonly number[])[], weights: readonly number[], n: number): number[] {
  let chosen = [...start]
  const count = new Int32Array(n)
  for (const s of chosen) for (const e of covers[s] as number[]) count[e] = (count[e] as number) + 1
  const dropRedundant = () => {
    const byWeight = [...chosen].sort((a, b) => (weights[b] as number) - (weights[a] as number) || b - a)
    const dropped = new Set<number>()
    for (const s of byWeight) {
      if ((covers[s] as number[]).every((e) => (count[e] as number) > 1)) {
        dropped.add(s)
        for (const e of covers[s] as number[]) count[e] = (count[e] as number) - 1
      }
    }
    chosen = chosen.filter((s) => !dropped.has(s))
  }
  dropRedundant()
  for (let round = 0; round < 4 * covers.length; round++) {
    const inCover = new Set(chosen)
    let best: { out: number[]; in: number; saving: number } | undefined
    for (let a = 0; a < chosen.length; a++) {
      for (let b = a; b < chosen.length; b++) {
        const out = a === b ? [chosen[a] as number] : [chosen[a] as number, chosen[b] as number]
        // Elements only the sets taken out cover.
        const only = new Set<number>()
        for (const s of out) {
          for (const e of covers[s] as number[]) {
            let inOut = 0
            for (const o of out) if ((covers[o] as number[]).includes(e)) inOut++
            if ((count[e] as number) === inOut) only.add(e)
          }
        }
        let outWeight = 0
        for (const s of out) outWeight += weights[s] as number
        for (let c = 0; c < covers.length; c++) {
          if (inCover.has(c)) continue
          const saving = outWeight - (weights[c] as number)
          if (saving <= 1e-9 || (best !== undefined && saving <= best.saving)) continue
          const list = covers[c] as number[]
          let all = true
          for (const e of only) if (!list.includes(e)) all = false
          if (all) best = { out, in: c, saving }
        }
      }
    }
    if (best === undefined) break
    const swap = best
    for (const s of swap.out) for (const e of covers[s] as number[]) count[e] = (count[e] as number) - 1
    for (const e of covers[swap.in] as number[]) count[e] = (count[e] as number) + 1
    chosen = [...chosen.filter((s) => !swap.out.includes(s)), swap.in]
    dropRedundant()
  }
  return chosen
}

/**
 * Weighted set cover: the sets of least total weight that cover every coverable element. Exact
 * (branch and bound) for small instances; greedy (cheapest weight per newly covered element, then a
 * local improvement that drops redundant sets and swaps one or two sets for a cheaper one) for large ones, within H(d) of the optimum, d being the most elements one
 * set covers. Elements no set covers are reported, not an error. Weights must be non-negative.
 *
 * @example
 * solveSetCover({ elements: 3, sets: [{ weight: 2, covers: [0, 1] }, { weight: 1, covers: [2] }, { weight: 5, covers: [0, 1, 2] }] })
 * // { chosen: [0, 1], weight: 3, method: 'exact', bound: 1, … }
 */
export function solveSetCover(instance: SetCoverInstance, options: SolveSetCoverOptions = {}): SetCoverSolution {
  for (const set of instance.sets) {
    if (!(set.weight >= 0) || !Number.isFinite(set.weight)) {
      throw new IncontroError('CORE_INVALID_INPUT', 'Set cover weights must be finite and non-negative.', { weight: set.weight })
    }
  }
  const method = options.method ?? 'auto'
  const exactElements = Math.min(options.exactElements ?? 20, 30)
  if (method !== 'greedy') {
    const prepared = prepare(instance, method === 'exact' ? 30 : exactElements)
    if (prepared === undefined && method === 'exact') {
      throw new IncontroError('CORE_INVALID_INPUT', 'The exact set cover solver takes at most 30 coverable elements; use the greedy method.', { elements: instance.elements })
    }
    if (prepared !== undefined && (method === 'exact' || prepared.masks.length <= (options.exactSets ?? 60))) {
      const solution = exact(prepared)
      return { ...solution, uncovered: prepared.uncovered, method: 'exact', bound: 1 }
    }
  }
  const solution = greedy(instance, options.localSearch ?? true)
  return { chosen: solution.chosen, weight: solution.weight, tie: solution.tie, uncovered: solution.uncovered, method: 'greedy', bound: harmonic(solution.d) }
}

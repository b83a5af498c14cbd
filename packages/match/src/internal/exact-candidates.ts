import type { ConceptPostings, PostingView } from './concept-postings.js'
import type { ProfileStore } from './profile-store.js'
import type { ScorePlan } from './score-plan.js'

/** A scored profile of a page being filled. */
export interface ScoredSlot {
  score: number
  id: string
  slot: number
}

/** Finds the exact best profiles for a plan from the postings, or says it cannot certify them. */
export type ExactCandidates = (
  plan: ScorePlan,
  wanted: number,
  filterUnmet: boolean,
  compare: (a: ScoredSlot, b: ScoredSlot) => number,
) => ScoredSlot[] | undefined

/** Buckets of the concept bound: candidates are visited best bucket first. */
const BUCKETS = 1024
/** Added to every bound: the bound's sums are formed in another order than the score's (FP rounding). */
const MARGIN = 1e-9

/**
 * Exact top-k retrieval over concept postings (a MaxScore-style bound, no vector index): every profile
 * that holds a source of credit of a required concept, or an occupation that fits the vacancy's, gets
 * an upper bound of its concept and occupation components by walking those postings once; profiles
 * are then scored exactly in bound order (the existing two-pass bound with words counted in full, then
 * words) until no remaining bound, nor the `floor` every untouched profile is bounded by, can reach the
 * page. The page is then exactly the one scoring every stored profile would give.
 *
 * Returns `undefined` when the untouched profiles cannot be ruled out (the page's last score is not
 * above `floor`, e.g. an ad with one rare concept): the caller then falls back to its vector index.
 */
export function createExactCandidates(postings: ConceptPostings, store: ProfileStore): ExactCandidates {
  // Per slot, interleaved so one cache line serves both: the bound so far, and the mark of the last
  // required concept (or occupation pass) that reached it. Marks only grow, so a mark below the query's
  // first one means "not reached by this query" and nothing needs resetting between queries.
  let state = new Float64Array(0)
  let touched = new Int32Array(1024)
  let buckets = new Uint16Array(1024)
  let order = new Int32Array(0)
  let counter = 0
  const counts = new Int32Array(BUCKETS + 1)

  return (plan, wanted, filterUnmet, compare) => {
    const limit = postings.slotLimit
    if (state.length < 2 * limit) {
      const grown = new Float64Array(2 * Math.max(limit, state.length, 1024))
      grown.set(state)
      state = grown
    }
    const retrieval = plan.retrieval()
    let n = 0
    // Every live slot may be touched once: size the lists for all of them up front (no check per entry).
    if (touched.length < limit) {
      touched = new Int32Array(Math.max(limit, touched.length * 2))
      buckets = new Uint16Array(touched.length)
    }
    const first = counter + 1
    const walk = (list: PostingView, add: number, mark: number): void => {
      const { slots, epochs, current, clean, length } = list
      for (let i = 0; i < length; i++) {
        const p = slots[i] as number
        if (!clean && epochs[i] !== current[p]) continue
        const at = 2 * p
        const seen = state[at + 1] as number
        if (seen === mark) continue
        state[at + 1] = mark
        if (seen < first) {
          state[at] = add
          touched[n++] = p
        } else state[at] = (state[at] as number) + add
      }
    }
    // Lists of the query, grouped: one group per required concept (its sources, best credit first) and one
    // for the occupation (held occupations, best fit first). A profile's group value is its best list's.
    const groups: { add: number; view: PostingView }[][] = []
    for (const slot of retrieval.slots) {
      if (slot.weight <= 0 || slot.sources.length === 0) continue
      groups.push(Array.from(slot.sources, (number, s) => ({ add: slot.weight * (slot.credits[s] as number), view: postings.concept(number) })))
    }
    if (retrieval.occupationWeight > 0) {
      const fits: { number: number; fit: number }[] = []
      for (const number of postings.occupationNumbers()) {
        const fit = retrieval.fit(number)
        if (fit > 0) fits.push({ number, fit })
      }
      fits.sort((a, b) => b.fit - a.fit || a.number - b.number)
      if (fits.length > 0) groups.push(fits.map(({ number, fit }) => ({ add: retrieval.occupationWeight * fit, view: postings.occupation(number) })))
    }
    const marks = groups.map(() => ++counter)
    let accMax = 0
    for (const group of groups) accMax += (group[0] as { add: number }).add
    const floor = retrieval.floor + MARGIN
    const lexicalWeight = plan.lexicalWeight
    const scale = accMax > 0 ? BUCKETS / accMax : 0

    /** Orders the touched profiles by bucket of their bound, best first (a counting sort); returns how many. */
    const sortTouched = (): number => {
      counts.fill(0)
      for (let i = 0; i < n; i++) {
        const b = BUCKETS - 1 - Math.min(BUCKETS - 1, Math.floor((state[2 * (touched[i] as number)] as number) * scale))
        buckets[i] = b
        counts[b] = (counts[b] as number) + 1
      }
      for (let b = 0, start = 0; b <= BUCKETS; b++) {
        const c = counts[b] as number
        counts[b] = start
        start += c
      }
      if (order.length < n) order = new Int32Array(Math.max(n, order.length * 2))
      for (let i = 0; i < n; i++) {
        const at = buckets[i] as number
        order[counts[at] as number] = touched[i] as number
        counts[at] = (counts[at] as number) + 1
      }
      return n
    }

    // Phase 0 (MaxScore): walk each group's best list, score the best-bounded profiles exactly, and take
    // the page's last score among them as a threshold the final page can only beat.
    for (let g = 0; g < groups.length; g++) {
      const head = (groups[g] as { add: number; view: PostingView }[])[0] as { add: number; view: PostingView }
      walk(head.view, head.add, marks[g] as number)
    }
    let threshold = Number.NEGATIVE_INFINITY
    {
      // The best-bounded few, in one pass (a small unsorted pool, its weakest replaced).
      const size = Math.min(n, 4 * wanted)
      const pool: number[] = []
      const poolBound: number[] = []
      let weakest = 0
      for (let i = 0; i < n; i++) {
        const p = touched[i] as number
        const bound = state[2 * p] as number
        if (pool.length < size) {
          pool.push(p)
          poolBound.push(bound)
          if (pool.length === size) for (let j = 1; j < size; j++) if ((poolBound[j] as number) < (poolBound[weakest] as number)) weakest = j
        } else if (bound > (poolBound[weakest] as number)) {
          pool[weakest] = p
          poolBound[weakest] = bound
          for (let j = 0; j < size; j++) if ((poolBound[j] as number) < (poolBound[weakest] as number)) weakest = j
        }
      }
      const scores: number[] = []
      for (const slot of pool) {
        const input = store.read(slot, false)
        if (filterUnmet && plan.hasUnmet(input)) continue
        const before = plan.partial(input)
        scores.push(plan.complete(store.read(slot), before))
      }
      if (scores.length >= wanted) threshold = scores.sort((a, b) => b - a)[wanted - 1] as number
    }
    // The lowest lists whose best credits, one per group, plus the floor stay below the threshold are
    // never walked: a profile only they reach cannot enter the page.
    const rest: { add: number; view: PostingView; group: number; rank: number }[] = []
    groups.forEach((group, g) => group.forEach((list, rank) => rank > 0 && rest.push({ ...list, group: g, rank })))
    rest.sort((a, b) => a.add - b.add || b.group - a.group || b.rank - a.rank)
    const skipped = new Float64Array(groups.length)
    let skippedSum = 0
    let walkFrom = 0
    for (; walkFrom < rest.length; walkFrom++) {
      const list = rest[walkFrom] as { add: number; group: number }
      const sum = skippedSum - (skipped[list.group] as number) + Math.max(skipped[list.group] as number, list.add)
      if (!(sum + floor < threshold)) break
      skippedSum = sum
      skipped[list.group] = Math.max(skipped[list.group] as number, list.add)
    }
    // Walk the others group by group, best credit first (a profile already credited by this group in
    // phase 0 may be credited again if another group reached it in between: that only loosens its bound).
    const walked = rest.slice(walkFrom).sort((a, b) => a.group - b.group || a.rank - b.rank)
    for (const list of walked) walk(list.view, list.add, marks[list.group] as number)
    const ceiling = skippedSum + floor
    // Only profiles whose bound reaches the threshold can enter the page: with a threshold they are few,
    // and sorted by bound; without one every touched profile is bucketed (a counting sort).
    let m = 0
    if (threshold === Number.NEGATIVE_INFINITY) m = sortTouched()
    else {
      const cut = threshold - ceiling
      if (order.length < n) order = new Int32Array(Math.max(n, order.length * 2))
      for (let i = 0; i < n; i++) {
        const p = touched[i] as number
        if ((state[2 * p] as number) >= cut) order[m++] = p
      }
      const kept = order.subarray(0, m)
      kept.sort((a, b) => (state[2 * b] as number) - (state[2 * a] as number) || a - b)
    }

    const best: ScoredSlot[] = []
    let stopped = false
    const sorted = threshold === Number.NEGATIVE_INFINITY
    for (let i = 0; i < m; i++) {
      const slot = order[i] as number
      const last = best[best.length - 1]
      const full = best.length === wanted && last !== undefined
      const bound = sorted ? (Math.min(BUCKETS - 1, Math.floor((state[2 * slot] as number) * scale)) + 1) / scale : (state[2 * slot] as number) + MARGIN
      if (full && bound + ceiling < last.score) {
        stopped = true
        break
      }
      const input = store.read(slot, false)
      if (filterUnmet && plan.hasUnmet(input)) continue
      const before = plan.partial(input)
      if (full && before + lexicalWeight < last.score) continue
      const candidate: ScoredSlot = { score: plan.complete(store.read(slot), before), id: store.idOf(slot) as string, slot }
      if (full && compare(candidate, last) >= 0) continue
      let position = best.length
      while (position > 0 && compare(candidate, best[position - 1] as ScoredSlot) < 0) position--
      best.splice(position, 0, candidate)
      if (best.length > wanted) best.pop()
    }
    if (stopped || n >= store.size) return best
    if (!sorted && best.length === wanted) {
      // Profiles left out of the order had bounds below the threshold, which the page's last score reaches.
      const last = best[best.length - 1] as ScoredSlot
      if (threshold <= last.score && ceiling < last.score) return best
    }
    const last = best[best.length - 1]
    // Every untouched profile scores at most the floor plus the skipped lists: certified only when the
    // page is full and above that.
    return best.length === wanted && last !== undefined && ceiling < last.score ? best : undefined
  }
}

import type { ConceptPostings } from './concept-postings.js'
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
  let acc = new Float64Array(0)
  let stamp = new Int32Array(0)
  let touched = new Int32Array(1024)
  let bucketOf = new Uint16Array(0)
  let order = new Int32Array(0)
  let counter = 0
  const counts = new Int32Array(BUCKETS + 1)

  return (plan, wanted, filterUnmet, compare) => {
    const limit = postings.slotLimit
    if (acc.length < limit) {
      const size = Math.max(limit, acc.length * 2, 1024)
      acc = new Float64Array(size)
      stamp = new Int32Array(size)
      bucketOf = new Uint16Array(size)
      counter = 0
    }
    if (counter > 0x3fffffff) {
      stamp.fill(0)
      counter = 0
    }
    const retrieval = plan.retrieval()
    let n = 0
    // Every live slot may be touched once: size the list for all of them up front (no check per entry).
    if (touched.length < limit) touched = new Int32Array(Math.max(limit, touched.length * 2))
    let accMax = 0
    // One pass per required concept: its sources best credit first, so a profile's first visit is its best.
    for (const slot of retrieval.slots) {
      if (slot.weight <= 0) continue
      accMax += slot.weight
      const mark = ++counter
      for (let s = 0; s < slot.sources.length; s++) {
        const add = slot.weight * (slot.credits[s] as number)
        const list = postings.concept(slot.sources[s] as number)
        const { slots, epochs, current } = list
        for (let i = 0; i < list.length; i++) {
          const p = slots[i] as number
          if (epochs[i] !== current[p] || stamp[p] === mark) continue
          stamp[p] = mark
          const before = acc[p] as number
          if (before === 0) touched[n++] = p
          acc[p] = before + add
        }
      }
    }
    if (retrieval.occupationWeight > 0) {
      accMax += retrieval.occupationWeight
      const fits: { number: number; fit: number }[] = []
      for (const number of postings.occupationNumbers()) {
        const fit = retrieval.fit(number)
        if (fit > 0) fits.push({ number, fit })
      }
      fits.sort((a, b) => b.fit - a.fit || a.number - b.number)
      const mark = ++counter
      for (const { number, fit } of fits) {
        const add = retrieval.occupationWeight * fit
        const list = postings.occupation(number)
        const { slots, epochs, current } = list
        for (let i = 0; i < list.length; i++) {
          const p = slots[i] as number
          if (epochs[i] !== current[p] || stamp[p] === mark) continue
          stamp[p] = mark
          const before = acc[p] as number
          if (before === 0) touched[n++] = p
          acc[p] = before + add
        }
      }
    }

    // Counting sort of the touched profiles by bucket of their bound, best bucket first.
    counts.fill(0)
    const scale = accMax > 0 ? BUCKETS / accMax : 0
    for (let i = 0; i < n; i++) {
      const p = touched[i] as number
      const b = Math.min(BUCKETS - 1, Math.floor((acc[p] as number) * scale))
      bucketOf[p] = b
      counts[BUCKETS - 1 - b] = (counts[BUCKETS - 1 - b] as number) + 1
    }
    for (let b = 0, start = 0; b <= BUCKETS; b++) {
      const c = counts[b] as number
      counts[b] = start
      start += c
    }
    if (order.length < n) order = new Int32Array(Math.max(n, order.length * 2))
    for (let i = 0; i < n; i++) {
      const p = touched[i] as number
      const at = BUCKETS - 1 - (bucketOf[p] as number)
      order[counts[at] as number] = p
      counts[at] = (counts[at] as number) + 1
    }

    const floor = retrieval.floor + MARGIN
    const lexicalWeight = plan.lexicalWeight
    const best: ScoredSlot[] = []
    let stopped = false
    for (let i = 0; i < n; i++) {
      const slot = order[i] as number
      const last = best[best.length - 1]
      const full = best.length === wanted && last !== undefined
      if (full && ((bucketOf[slot] as number) + 1) / scale + floor < last.score) {
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
    for (let i = 0; i < n; i++) acc[touched[i] as number] = 0
    if (stopped || n >= store.size) return best
    const last = best[best.length - 1]
    // Every untouched profile scores at most `floor`: certified only when the page is full and above it.
    return best.length === wanted && last !== undefined && floor < last.score ? best : undefined
  }
}

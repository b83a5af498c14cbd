// Greedy weighted set cover against the exact optimum (brute force over every subset, and the
// branch-and-bound solver the library uses) on generated small instances shaped like training gaps.
// Usage: pnpm bench:assess-set-cover [-- --instances 2000 --seed 5]
import { parseArgs } from 'node:util'
import { harmonic, solveSetCover, type SetCoverInstance } from '@incontro/assess'
import { createRandom } from '@incontro/core'
import { benchmarkArgs, environment, writeResult } from '../internal/stats.js'

const { values } = parseArgs({ args: benchmarkArgs(), options: { instances: { type: 'string', default: '2000' }, seed: { type: 'string', default: '5' } } })
const count = Number(values.instances)
const random = createRandom(Number(values.seed))
const out = (line: string) => process.stdout.write(`${line}\n`)

/** A gap of 3–12 needs and 4–14 courses covering 1–5 needs each, with hour-like weights (4–600, skewed small). */
function instance(): SetCoverInstance {
  const elements = 3 + Math.floor(random() * 10)
  const sets = Array.from({ length: 4 + Math.floor(random() * 11) }, () => {
    const size = 1 + Math.floor(random() * Math.min(5, elements))
    const covers = new Set<number>()
    while (covers.size < size) covers.add(Math.floor(random() * elements))
    return { weight: Math.round(4 + 596 * random() ** 3), covers: [...covers] }
  })
  return { elements, sets }
}

function bruteForce(problem: SetCoverInstance): number {
  const masks = problem.sets.map((s) => s.covers.reduce((m, e) => m | (1 << e), 0))
  const all = masks.reduce((m, x) => m | x, 0)
  let best = Number.POSITIVE_INFINITY
  for (let subset = 1; subset < 1 << masks.length; subset++) {
    let covered = 0
    let weight = 0
    for (let i = 0; i < masks.length; i++) {
      if ((subset & (1 << i)) === 0) continue
      covered |= masks[i] as number
      weight += problem.sets[i]?.weight ?? 0
    }
    if (covered === all && weight < best) best = weight
  }
  return best
}

const instances = Array.from({ length: count }, instance)
let bruteMs = 0
let exactMs = 0
let greedyMs = 0
let plainMs = 0
let plainOptimal = 0
let plainWithin = 0
let optimal = 0
let withinBound = 0
let exactAgrees = 0
let worstRatio = 1
let worstBoundUse = 0
for (const problem of instances) {
  let t = performance.now()
  const optimum = bruteForce(problem)
  bruteMs += performance.now() - t
  t = performance.now()
  const exact = solveSetCover(problem, { method: 'exact' })
  exactMs += performance.now() - t
  t = performance.now()
  const greedy = solveSetCover(problem, { method: 'greedy' })
  greedyMs += performance.now() - t
  t = performance.now()
  const plain = solveSetCover(problem, { method: 'greedy', localSearch: false })
  plainMs += performance.now() - t
  if (exact.weight === optimum) exactAgrees++
  const ratio = greedy.weight / optimum
  if (greedy.weight === optimum) optimal++
  const d = Math.max(...problem.sets.map((s) => new Set(s.covers).size))
  if (greedy.weight <= optimum * harmonic(d) + 1e-9) withinBound++
  if (plain.weight === optimum) plainOptimal++
  if (plain.weight <= optimum * harmonic(d) + 1e-9) plainWithin++
  worstRatio = Math.max(worstRatio, ratio)
  worstBoundUse = Math.max(worstBoundUse, (ratio - 1) / (harmonic(d) - 1 || 1))
}
const pct = (n: number) => `${((100 * n) / count).toFixed(1)}%`
out(`assess set cover: ${count} generated instances (3–12 needs, 4–14 courses of 1–5 needs, weights 4–600)`)
out(`  greedy optimal:                ${optimal}/${count} (${pct(optimal)})   target ≥ 95%`)
out(`  greedy within H(d) × optimum:  ${withinBound}/${count} (${pct(withinBound)})   target 100%; worst ratio ${worstRatio.toFixed(3)}`)
out(`  plain greedy (no local search): optimal ${plainOptimal}/${count} (${pct(plainOptimal)}), within H(d) ${plainWithin}/${count}`)
out(`  exact solver = brute force:    ${exactAgrees}/${count}`)
out(`  time, all instances: brute force ${bruteMs.toFixed(0)} ms, exact (branch and bound) ${exactMs.toFixed(0)} ms, greedy ${greedyMs.toFixed(0)} ms, plain greedy ${plainMs.toFixed(0)} ms`)
out(`  per instance: brute force ${((1000 * bruteMs) / count).toFixed(1)} µs, exact ${((1000 * exactMs) / count).toFixed(1)} µs, greedy ${((1000 * greedyMs) / count).toFixed(1)} µs`)
const path = writeResult('assess-set-cover', {
  instances: count,
  greedyOptimal: optimal,
  greedyOptimalShare: optimal / count,
  greedyWithinBound: withinBound,
  plainGreedyOptimal: plainOptimal,
  plainGreedyWithinBound: plainWithin,
  worstRatio,
  worstShareOfBoundUsed: worstBoundUse,
  exactAgreesWithBruteForce: exactAgrees,
  ms: { bruteForce: bruteMs, exact: exactMs, greedy: greedyMs, plainGreedy: plainMs },
  environment: environment(),
})
out(`wrote ${path}`)

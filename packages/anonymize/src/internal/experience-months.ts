import type { Experience } from '@incontro/core'

function monthIndex(yearMonth: string): number {
  return Number(yearMonth.slice(0, 4)) * 12 + Number(yearMonth.slice(5, 7)) - 1
}

/**
 * Total months of experience: the union of the experiences' month intervals, so overlapping jobs
 * count once. `months` (computed by the parser, also for "ad oggi") fixes an interval's length;
 * experiences with months but no start are added as they are.
 */
export function experienceMonths(experiences: readonly Experience[]): number {
  const intervals: [number, number][] = []
  let loose = 0
  for (const e of experiences) {
    if (e.start !== undefined && e.months !== undefined) intervals.push([monthIndex(e.start), monthIndex(e.start) + e.months])
    else if (e.start !== undefined && e.end !== undefined && e.end !== 'present') intervals.push([monthIndex(e.start), monthIndex(e.end) + 1])
    else if (e.months !== undefined) loose += e.months
  }
  intervals.sort((a, b) => a[0] - b[0] || a[1] - b[1])
  let total = 0
  let curStart = -Infinity
  let curEnd = -Infinity
  for (const [s, e] of intervals) {
    if (s > curEnd) {
      if (curEnd > curStart) total += curEnd - curStart
      curStart = s
      curEnd = e
    } else curEnd = Math.max(curEnd, e)
  }
  if (curEnd > curStart) total += curEnd - curStart
  return total + loose
}

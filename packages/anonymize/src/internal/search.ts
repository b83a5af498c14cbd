/**
 * The first index in `[0, length)` at which `reached(i)` holds, for a test that is false and then true
 * along the range (binary search); `length` when it never holds.
 */
export function firstIndex(length: number, reached: (i: number) => boolean): number {
  let lo = 0
  let hi = length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (reached(mid)) hi = mid
    else lo = mid + 1
  }
  return lo
}

/** Start and end of the line around an offset, by binary search in the text's line breaks (found once). */
export interface LineIndex {
  /** As `text.lastIndexOf('\n', offset - 1) + 1`. */
  startOf(offset: number): number
  /** As `text.indexOf('\n', offset)`, or the text's length when there is none. */
  endOf(offset: number): number
}

/** The {@link LineIndex} of a text: O(log n) per query, so that asking at every word stays linear on one long line. */
export function lineIndex(text: string): LineIndex {
  return new LineBreaks(text)
}

/** A {@link LineIndex}: the offsets of the text's line breaks, searched without a callback per step. */
class LineBreaks implements LineIndex {
  private readonly text: string
  private readonly breaks: number[] = []

  constructor(text: string) {
    this.text = text
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.breaks.push(i)
  }

  startOf(offset: number): number {
    // `lastIndexOf` with a negative position looks at position 0.
    if (offset <= 0) return this.text.charCodeAt(0) === 10 ? 1 : 0
    const k = this.atOrAfter(offset) - 1
    return k >= 0 ? (this.breaks[k] as number) + 1 : 0
  }

  endOf(offset: number): number {
    const k = this.atOrAfter(offset)
    return k < this.breaks.length ? (this.breaks[k] as number) : this.text.length
  }

  /** The index of the first break at or after `offset` (as `firstIndex` with that test), or the number of breaks. */
  private atOrAfter(offset: number): number {
    const breaks = this.breaks
    let lo = 0
    let hi = breaks.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((breaks[mid] as number) >= offset) hi = mid
      else lo = mid + 1
    }
    return lo
  }
}

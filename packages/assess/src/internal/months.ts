/** Months since year 0 of a `YYYY-MM` string. */
export function monthIndex(yearMonth: string): number {
  const year = Number(yearMonth.slice(0, 4))
  const month = Number(yearMonth.slice(5, 7))
  return year * 12 + (month - 1)
}

/** The current month as `YYYY-MM` (UTC). */
export function currentMonth(): string {
  const now = new Date()
  return `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`
}

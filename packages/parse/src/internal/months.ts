/** Italian and English month names and abbreviations (folded, without dots) → month number 1–12. */
export const monthNames: Readonly<Record<string, number>> = {
  gennaio: 1, gen: 1, january: 1, jan: 1,
  febbraio: 2, feb: 2, february: 2,
  marzo: 3, mar: 3, march: 3,
  aprile: 4, apr: 4, april: 4,
  maggio: 5, mag: 5, may: 5,
  giugno: 6, giu: 6, june: 6, jun: 6,
  luglio: 7, lug: 7, july: 7, jul: 7,
  agosto: 8, ago: 8, august: 8, aug: 8,
  settembre: 9, set: 9, sett: 9, september: 9, sep: 9, sept: 9,
  ottobre: 10, ott: 10, october: 10, oct: 10,
  novembre: 11, nov: 11, november: 11,
  dicembre: 12, dic: 12, december: 12, dec: 12,
}

/** Words that mean "until now" at the end of a date range (folded). Multi-word forms end in these words. */
export const presentWords: ReadonlySet<string> = new Set([
  'oggi', 'attuale', 'attualmente', 'presente', 'corso', 'current', 'currently', 'now', 'present', 'today', 'ongoing',
])

/** Words allowed between the two ends of a range or before its start ("dal 2016 ad oggi", "from … to …"). */
export const rangeConnectors: ReadonlySet<string> = new Set([
  'a', 'ad', 'al', 'all', 'alla', 'allo', 'fino', 'in', 'to', 'till', 'until', 'through', 'the', 'ora', 'tutt',
])

/** Words that open a range ("da marzo 2019", "since 2020"); an open range after them runs to the present. */
export const rangeOpeners: ReadonlySet<string> = new Set(['da', 'dal', 'dall', 'dallo', 'from', 'since'])

import type { CodedStem } from './coded-words-en.js'

/**
 * Italian masculine- and feminine-coded word stems, written by the Incontro authors after the
 * categories of Gaucher, Friesen & Kay (2011) (agentic vs communal wording). Keys are folded
 * (lowercase, no accents). They are a first list for research, not a validated instrument.
 */
const stems = (list: string): CodedStem[] =>
  list
    .split(/\s+/)
    .filter((s) => s.length > 0)
    .map((s) => (s.endsWith('*') ? { stem: s.slice(0, -1), prefix: true } : { stem: s, prefix: false }))

/** Agentic, masculine-coded stems. */
export const masculineCodedIt: readonly CodedStem[] = stems(`
  competitiv* competizion* aggressiv* ambizios* ambizion* dominant* dominare domina determinazion*
  decisionist* decisional* decisiv* leader leadership sfid* autonomi* autonomo autonoma indipendent* assertiv*
  analitic* grint* coraggi* tenac* audac* intraprendent* carism* vincent* combattiv* risolut* agguerrit*
  individualist* logic* ostinat* spregiudicat* impavid* battagli* primeggi* conquist*
`)

/** Communal, feminine-coded stems. */
export const feminineCodedIt: readonly CodedStem[] = stems(`
  empati* sensibil* collaborativ* cooperativ* cooperazion* support* sostegn* accoglien* gentil* premuros*
  pazien* armoni* relazional* comprension* comprensiv* cortes* leal* fiducia affidabil* dolc* affettuos*
  caloros* ascolt* condivi* emotiv* garbat* solidal* interpersonal* modest* tenerezz* cordial* accudi*
  cura
`)

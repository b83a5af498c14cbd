/** The kinds of gender cue a generated CV can contain, in a fixed order. */
export const cueKinds = [
  'name',
  'honorific',
  'pronoun',
  'participle',
  'adjective',
  'job-title',
  'codice-fiscale',
  'birth',
  'email',
  'marital-status',
  'family',
  'leave',
  'organisation',
  'military',
  'reference',
  'evasion',
] as const

/**
 * A kind of gender cue: given name, honorific (Sig.ra/Sig., Ms/Mr), English pronoun, Italian participle
 * (laureata/laureato) or adjective (motivata/motivato), gendered job title (cameriera/cameriere,
 * waitress/waiter), the codice fiscale's birth day, the gendered birth line (nata/nato), the email address, marital status
 * (nubile/celibe, coniugata/coniugato), family (madre/padre di due figli, mother/father of two), maternity
 * vs paternity leave, gendered organisations (squadra femminile/maschile, women's/men's team, girls'/boys'
 * choir), military service (in the male variant only), an honorific in a reference ("la Sig.ra Rossi" /
 * "il Sig. Rossi", "Ms/Mr Rossi"), and the name written with an evasion (letter-spaced or with a
 * zero-width character; the same evasion in both variants).
 */
export type CueKind = (typeof cueKinds)[number]

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
] as const

/**
 * A kind of gender cue: given name, honorific (Sig.ra/Sig., Ms/Mr), English pronoun, Italian participle
 * (laureata/laureato) or adjective (motivata/motivato), gendered job title (cameriera/cameriere,
 * waitress/waiter), the codice fiscale's birth day, the gendered birth line (nata/nato), the email address.
 */
export type CueKind = (typeof cueKinds)[number]

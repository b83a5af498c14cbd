import fc from 'fast-check'

/**
 * Fragments that exercise the readers and detectors: phone-like and date-like digits, headings, list
 * marks, e-mails, tags, brackets, quotes, escapes, gendered words, control and wide characters.
 * Synthetic; no real person's data.
 */
export const hostileFragments: readonly string[] = [
  '+39 333 555 0101', '02 1234 5678', '(+39) 06-123456', '0039 02 1234567', '333-555-0101', '12345678901',
  '03/2019 – 06/2021', '2017-2019', 'da marzo 2021 a oggi', '12/03/1990', 'D.Lgs. 196/2003',
  'ESPERIENZE PROFESSIONALI', 'ISTRUZIONE', 'Lingue', 'Requisiti:', 'Si offre', 'PATENTE B',
  '- ', '• ', '* ', '1. ', '\n', '\n\n', '\r\n', '\t', ' ', '  ',
  'nome.cognome@example.com', 'https://example.com/a', 'www.example.it', 'IT60X0542811101000000123456', 'RSSMRA85T10A562S',
  '<div>', '</div>', '<p>', '<li>', '<br>', '<script>', '</script>', '<!--', '-->', '&amp;', '&#x27;', '<![CDATA[',
  '{', '}', '[', ']', '"', '\\', '\\u0000', ':', ',', '((((', '))))',
  'cameriera', 'cameriere', 'cameriere/a', 'candidata', 'il candidato ideale', 'bella presenza', 'max 30 anni', 'militesente',
  'Giulia', 'Rossi', 'Sig.ra', 'nata il', 'Via degli Esempi 12', '20100 Milano',
  '\u0000', '\u0007', '\u200b', '\u2028', '\ufeff', '\ud83d\ude00', '\ud800', 'ﬁ', 'É', 'ǅ', '٣', 'ⅷ',
]

/** Texts built from hostile fragments, arbitrary strings and long repeats, up to a few kB each. */
export function hostileText(): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...hostileFragments) },
    { weight: 2, arbitrary: fc.string({ maxLength: 20, unit: 'binary' }) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...hostileFragments), fc.integer({ min: 2, max: 300 })).map(([f, n]) => f.repeat(n)) },
  )
  return fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''))
}

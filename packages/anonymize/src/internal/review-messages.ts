import type { Language } from '@incontro/core'

/** The message keys of the vacancy review; each has an Italian and an English text. */
export type ReviewMessageKey =
  | 'gendered-title'
  | 'gendered-address'
  | 'gendered-pronoun'
  | 'masculine-generic-plural'
  | 'masculine-generic-article'
  | 'masculine-generic-word'
  | 'age-coded'
  | 'masculine-coded'
  | 'feminine-coded'
  | 'missing-statement'
  | 'age'
  | 'appearance'
  | 'marital-family'
  | 'pregnancy'
  | 'military'
  | 'gender-exclusion'
  | 'nationality'
  | 'mother-tongue'
  | 'photo'

/**
 * Messages and suggestions of the vacancy review in the ad's language, written by the Incontro authors.
 * A message never quotes the ad (findings carry spans, never copies of the text).
 */
const messages: Readonly<Record<ReviewMessageKey, { it: string; en: string; suggestionIt?: string; suggestionEn?: string }>> = {
  'gendered-title': { it: 'Titolo professionale in un solo genere.', en: 'Job title in one gender only.' },
  'gendered-address': { it: 'Si rivolge a chi si candida in un solo genere (aggettivo o participio al maschile o al femminile).', en: 'Addresses the candidate in one gender only.' },
  'gendered-pronoun': { it: 'Pronome di un solo genere riferito a chi si candida.', en: 'Refers to the candidate with a one-gender pronoun.' },
  'masculine-generic-plural': { it: 'Maschile plurale usato come generico per un gruppo di persone (Robustelli 2012: usare lo sdoppiamento o una forma neutra).', en: 'Masculine plural used as a generic for a group of people.' },
  'masculine-generic-article': { it: "Articolo maschile davanti a un nome di ruolo valido per entrambi i generi: la figura cercata risulta maschile.", en: 'A masculine article makes an epicene role noun masculine.' },
  'masculine-generic-word': { it: 'Parola maschile usata come generica.', en: 'Masculine word used as a generic.' },
  'age-coded': { it: "Espressione legata all'età: può scoraggiare candidature di persone più mature (D.Lgs. 216/2003).", en: 'Age-coded wording: it may discourage older applicants (D.Lgs. 216/2003, Directive 2000/78/EC).' },
  'masculine-coded': { it: 'Parola connotata al maschile (Gaucher, Friesen e Kay 2011): può scoraggiare alcune candidature.', en: 'Masculine-coded word (Gaucher, Friesen & Kay 2011): it may discourage some applicants.' },
  'feminine-coded': { it: 'Parola connotata al femminile (Gaucher, Friesen e Kay 2011): può scoraggiare alcune candidature.', en: 'Feminine-coded word (Gaucher, Friesen & Kay 2011): it may discourage some applicants.' },
  'missing-statement': { it: "L'annuncio non dichiara di essere rivolto a entrambi i sessi.", en: 'The ad does not state that it is addressed to both sexes.' },
  age: { it: "Limite o requisito di età nell'annuncio.", en: 'Age limit in a vacancy.', suggestionIt: "Togli il limite di età; descrivi invece l'esperienza o le competenze richieste.", suggestionEn: 'Remove the age limit; describe the experience or skills needed instead.' },
  appearance: { it: "Requisito sull'aspetto fisico.", en: 'Requirement on physical appearance.', suggestionIt: 'Toglilo; se il ruolo lo richiede, descrivi il codice di abbigliamento professionale.', suggestionEn: 'Remove it; if the role needs it, describe the professional dress code.' },
  'marital-family': { it: 'Requisito sullo stato civile o familiare.', en: 'Requirement on marital or family status.', suggestionIt: "Toglilo; indica invece l'orario di lavoro.", suggestionEn: 'Remove it; state the working hours instead.' },
  pregnancy: { it: 'Riferimento alla gravidanza o alla maternità.', en: 'Reference to pregnancy or maternity.', suggestionIt: 'Toglilo.', suggestionEn: 'Remove it.' },
  military: { it: 'Requisito sul servizio militare (equivale a escludere le donne).', en: 'Military service requirement (a proxy for sex).', suggestionIt: 'Toglilo.', suggestionEn: 'Remove it.' },
  'gender-exclusion': { it: 'Esclude un sesso o limita la ricerca a un solo sesso.', en: 'Restricts the ad to one sex.', suggestionIt: "Toglilo: l'annuncio deve essere aperto a entrambi i sessi.", suggestionEn: 'Remove it: the ad must be open to both sexes.' },
  nationality: { it: 'Requisito di cittadinanza o origine senza una ragione di legge dichiarata.', en: 'Nationality requirement without a stated legal reason.', suggestionIt: "Toglilo, o indica la ragione di legge (per esempio l'art. 38 del D.Lgs. 165/2001 per il pubblico impiego).", suggestionEn: 'Remove it, or state the legal reason (e.g. public-sector roles under art. 38 D.Lgs. 165/2001).' },
  'mother-tongue': { it: 'Madrelingua richiesta senza una ragione dichiarata (discriminazione indiretta per origine).', en: 'Mother tongue required without a stated reason (indirect discrimination by origin).', suggestionIt: 'Chiedi un livello QCER, per esempio "italiano C1".', suggestionEn: 'Ask for a CEFR level instead, e.g. "Italian C1".' },
  photo: { it: 'Richiede una foto.', en: 'Asks for a photo.', suggestionIt: "Toglila: una foto rivela sesso, età e origine.", suggestionEn: 'Remove it: a photo reveals sex, age and origin.' },
}

/** The message of a finding in the ad's language. */
export function reviewMessage(key: ReviewMessageKey, language: Language): string {
  return language === 'it' ? messages[key].it : messages[key].en
}

/** The fixed suggestion of a requirement finding in the ad's language, when the key has one. */
export function reviewSuggestion(key: ReviewMessageKey, language: Language): string | undefined {
  return language === 'it' ? messages[key].suggestionIt : messages[key].suggestionEn
}

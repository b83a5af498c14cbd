import type { CefrLevel } from '@incontro/core'

/** Language names in Italian and English (folded, masculine and feminine) → ISO 639-1 code. */
export const languageNames: readonly (readonly [string, string])[] = [
  ['italiano', 'it'], ['italiana', 'it'], ['italian', 'it'],
  ['inglese', 'en'], ['english', 'en'],
  ['francese', 'fr'], ['french', 'fr'],
  ['spagnolo', 'es'], ['spagnola', 'es'], ['spanish', 'es'], ['castigliano', 'es'],
  ['tedesco', 'de'], ['tedesca', 'de'], ['german', 'de'],
  ['portoghese', 'pt'], ['portuguese', 'pt'],
  ['russo', 'ru'], ['russa', 'ru'], ['russian', 'ru'],
  ['cinese', 'zh'], ['cinese mandarino', 'zh'], ['mandarino', 'zh'], ['chinese', 'zh'], ['mandarin', 'zh'],
  ['arabo', 'ar'], ['araba', 'ar'], ['arabic', 'ar'],
  ['rumeno', 'ro'], ['rumena', 'ro'], ['romeno', 'ro'], ['romena', 'ro'], ['romanian', 'ro'],
  ['albanese', 'sq'], ['albanian', 'sq'],
  ['ucraino', 'uk'], ['ucraina', 'uk'], ['ukrainian', 'uk'],
  ['tagalog', 'tl'], ['filippino', 'tl'], ['filippina', 'tl'], ['filipino', 'tl'],
  ['bengalese', 'bn'], ['bengali', 'bn'], ['bangla', 'bn'],
  ['cingalese', 'si'], ['singalese', 'si'], ['sinhala', 'si'], ['sinhalese', 'si'],
  ['hindi', 'hi'], ['urdu', 'ur'], ['punjabi', 'pa'], ['panjabi', 'pa'],
  ['giapponese', 'ja'], ['japanese', 'ja'],
  ['polacco', 'pl'], ['polacca', 'pl'], ['polish', 'pl'],
  ['greco', 'el'], ['greca', 'el'], ['greek', 'el'],
  ['olandese', 'nl'], ['dutch', 'nl'],
  ['wolof', 'wo'],
  ['turco', 'tr'], ['turca', 'tr'], ['turkish', 'tr'],
  ['coreano', 'ko'], ['korean', 'ko'],
  ['swahili', 'sw'], ['tigrino', 'ti'], ['tigrinya', 'ti'], ['amarico', 'am'], ['amharic', 'am'],
  ['somalo', 'so'], ['somala', 'so'], ['somali', 'so'],
  ['persiano', 'fa'], ['farsi', 'fa'], ['persian', 'fa'],
  ['serbo', 'sr'], ['serbian', 'sr'], ['croato', 'hr'], ['croata', 'hr'], ['croatian', 'hr'],
  ['bulgaro', 'bg'], ['bulgara', 'bg'], ['bulgarian', 'bg'],
  ['svedese', 'sv'], ['swedish', 'sv'], ['norvegese', 'no'], ['norwegian', 'no'], ['danese', 'da'], ['danish', 'da'],
  ['finlandese', 'fi'], ['finnish', 'fi'], ['ungherese', 'hu'], ['hungarian', 'hu'],
  ['ceco', 'cs'], ['czech', 'cs'], ['slovacco', 'sk'], ['slovak', 'sk'], ['catalano', 'ca'], ['catalan', 'ca'],
  ['tamil', 'ta'], ['pashto', 'ps'], ['vietnamita', 'vi'], ['vietnamese', 'vi'], ['thai', 'th'],
  ['malese', 'ms'], ['malay', 'ms'], ['indonesiano', 'id'], ['indonesian', 'id'], ['ebraico', 'he'], ['hebrew', 'he'],
  ['lingua dei segni italiana', 'ise'], ['lingua dei segni', 'ise'],
]

/**
 * Words and phrases that declare a language level → CEFR level (or `native`). The rule table:
 * madrelingua / lingua madre / native / mother tongue → native; bilingue / bilingual / proficient → C2;
 * ottimo / eccellente / fluente / fluent / excellent / advanced / avanzato → C1;
 * buono / good / upper intermediate → B2; discreto / intermediate / intermedio / conversational → B1;
 * sufficiente / scolastico / elementare / basic / elementary / pre-intermediate → A2; base / beginner /
 * principiante → A1. CEFR codes (A1 … C2) stand for themselves.
 */
export const levelWords: readonly (readonly [string, CefrLevel])[] = [
  ['madrelingua', 'native'], ['madre lingua', 'native'], ['lingua madre', 'native'], ['native speaker', 'native'],
  ['native', 'native'], ['mother tongue', 'native'], ['first language', 'native'],
  ['bilingue', 'C2'], ['bilingual', 'C2'], ['proficient', 'C2'], ['proficiency', 'C2'],
  ['ottimo', 'C1'], ['ottima', 'C1'], ['ottime', 'C1'], ['eccellente', 'C1'], ['fluente', 'C1'], ['fluent', 'C1'],
  ['fluently', 'C1'], ['excellent', 'C1'], ['advanced', 'C1'], ['avanzato', 'C1'], ['avanzata', 'C1'],
  ['upper intermediate', 'B2'], ['upper-intermediate', 'B2'], ['buono', 'B2'], ['buona', 'B2'], ['buone', 'B2'],
  ['good', 'B2'], ['very good', 'B2'],
  ['pre-intermediate', 'A2'], ['pre intermediate', 'A2'],
  ['discreto', 'B1'], ['discreta', 'B1'], ['intermediate', 'B1'], ['intermedio', 'B1'], ['intermedia', 'B1'],
  ['conversational', 'B1'],
  ['sufficiente', 'A2'], ['scolastico', 'A2'], ['scolastica', 'A2'], ['elementare', 'A2'], ['basic', 'A2'],
  ['elementary', 'A2'],
  ['base', 'A1'], ['di base', 'A1'], ['beginner', 'A1'], ['principiante', 'A1'],
  ['a1', 'A1'], ['a2', 'A2'], ['b1', 'B1'], ['b2', 'B2'], ['c1', 'C1'], ['c2', 'C2'],
]

/**
 * Licence codes as written after "patente" (folded) → the code recorded. `a` must be uppercase in the
 * text ("patente A"), since lowercase "a" is a preposition.
 */
export const licenceCodes: Readonly<Record<string, string>> = {
  am: 'AM', a: 'A', a1: 'A1', a2: 'A2', b: 'B', b1: 'B1', be: 'BE', c: 'C', c1: 'C1', c1e: 'C1E', ce: 'CE',
  d: 'D', d1: 'D1', de: 'DE', cqc: 'CQC', adr: 'ADR', kb: 'KB',
}

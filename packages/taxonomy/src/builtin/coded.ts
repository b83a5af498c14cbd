import type { CodedEntry } from './entry.js'

type Lang = Omit<CodedEntry, 'kind'>

const language = (entry: Lang): CodedEntry => ({ kind: 'language', ...entry })
const licence = (entry: Lang): CodedEntry => ({ kind: 'licence', ...entry })
const qualification = (entry: Lang): CodedEntry => ({ kind: 'qualification', ...entry })

/** Languages spoken in Milan's labour market, keyed by ISO 639-1 code (`lang.<code>`). */
export const languages: readonly CodedEntry[] = [
  language({ id: 'lang.it', code: 'it', it: ['italiano', 'lingua italiana', 'conoscenza della lingua italiana'], en: ['Italian', 'Italian language'] }),
  language({ id: 'lang.en', code: 'en', it: ['inglese', 'lingua inglese', "conoscenza dell'inglese"], en: ['English', 'English language'] }),
  language({ id: 'lang.fr', code: 'fr', it: ['francese', 'lingua francese'], en: ['French', 'French language'] }),
  language({ id: 'lang.es', code: 'es', it: ['spagnolo', 'lingua spagnola', 'castigliano'], en: ['Spanish', 'Spanish language', 'Castilian'] }),
  language({ id: 'lang.de', code: 'de', it: ['tedesco', 'lingua tedesca'], en: ['German', 'German language'] }),
  language({ id: 'lang.pt', code: 'pt', it: ['portoghese', 'lingua portoghese', 'portoghese brasiliano'], en: ['Portuguese', 'Portuguese language', 'Brazilian Portuguese'] }),
  language({ id: 'lang.ru', code: 'ru', it: ['russo', 'lingua russa'], en: ['Russian', 'Russian language'] }),
  language({ id: 'lang.zh', code: 'zh', it: ['cinese', 'lingua cinese', 'cinese mandarino', 'mandarino'], en: ['Chinese', 'Chinese language', 'Mandarin Chinese', 'Mandarin'] }),
  language({ id: 'lang.ar', code: 'ar', it: ['arabo', 'lingua araba'], en: ['Arabic', 'Arabic language'] }),
  language({ id: 'lang.ro', code: 'ro', it: ['rumeno', 'romeno', 'lingua rumena', 'lingua romena'], en: ['Romanian', 'Romanian language'] }),
  language({ id: 'lang.sq', code: 'sq', it: ['albanese', 'lingua albanese'], en: ['Albanian', 'Albanian language'] }),
  language({ id: 'lang.uk', code: 'uk', it: ['ucraino', 'lingua ucraina'], en: ['Ukrainian', 'Ukrainian language'] }),
  language({ id: 'lang.tl', code: 'tl', it: ['tagalog', 'filippino', 'lingua filippina'], en: ['Tagalog', 'Filipino', 'Filipino language'] }),
  language({ id: 'lang.bn', code: 'bn', it: ['bengalese', 'bangla', 'lingua bengalese'], en: ['Bengali', 'Bangla', 'Bengali language'] }),
  language({ id: 'lang.si', code: 'si', it: ['cingalese', 'singalese', 'lingua cingalese'], en: ['Sinhala', 'Sinhalese', 'Sinhala language'] }),
  language({ id: 'lang.ta', code: 'ta', it: ['tamil', 'lingua tamil'], en: ['Tamil', 'Tamil language'] }),
  language({ id: 'lang.hi', code: 'hi', it: ['hindi', 'lingua hindi'], en: ['Hindi', 'Hindi language'] }),
  language({ id: 'lang.ur', code: 'ur', it: ['urdu', 'lingua urdu'], en: ['Urdu', 'Urdu language'] }),
  language({ id: 'lang.pa', code: 'pa', it: ['punjabi', 'panjabi', 'lingua punjabi'], en: ['Punjabi', 'Panjabi', 'Punjabi language'] }),
  language({ id: 'lang.ja', code: 'ja', it: ['giapponese', 'lingua giapponese'], en: ['Japanese', 'Japanese language'] }),
  language({ id: 'lang.ko', code: 'ko', it: ['coreano', 'lingua coreana'], en: ['Korean', 'Korean language'] }),
  language({ id: 'lang.pl', code: 'pl', it: ['polacco', 'lingua polacca'], en: ['Polish', 'Polish language'] }),
  language({ id: 'lang.el', code: 'el', it: ['greco moderno', 'lingua greca', 'greco'], en: ['Greek', 'Modern Greek', 'Greek language'] }),
  language({ id: 'lang.nl', code: 'nl', it: ['olandese', 'neerlandese', 'lingua olandese'], en: ['Dutch', 'Dutch language', 'Flemish'] }),
  language({ id: 'lang.tr', code: 'tr', it: ['turco', 'lingua turca'], en: ['Turkish', 'Turkish language'] }),
  language({ id: 'lang.fa', code: 'fa', it: ['persiano', 'lingua persiana', 'lingua farsi'], en: ['Persian', 'Farsi', 'Persian language'] }),
  language({ id: 'lang.sr', code: 'sr', it: ['serbo', 'lingua serba'], en: ['Serbian', 'Serbian language'] }),
  language({ id: 'lang.bg', code: 'bg', it: ['bulgaro', 'lingua bulgara'], en: ['Bulgarian', 'Bulgarian language'] }),
  language({ id: 'lang.wo', code: 'wo', it: ['wolof', 'lingua wolof'], en: ['Wolof', 'Wolof language'] }),
  language({ id: 'lang.so', code: 'so', it: ['somalo', 'lingua somala'], en: ['Somali', 'Somali language'] }),
  language({ id: 'lang.ti', code: 'ti', it: ['tigrino', 'tigrigna', 'lingua tigrina'], en: ['Tigrinya', 'Tigrinya language'] }),
  language({ id: 'lang.am', code: 'am', it: ['amarico', 'lingua amarica'], en: ['Amharic', 'Amharic language'] }),
]

/** Italian/EU driving licence categories and professional driving and handling certificates (`lic.<code>`). */
export const licences: readonly CodedEntry[] = [
  licence({ id: 'lic.am', code: 'AM', it: ['patente AM', 'patentino per ciclomotori', 'patente per ciclomotore'], en: ['category AM driving licence', 'moped licence', 'AM licence'] }),
  licence({ id: 'lic.a1', code: 'A1', it: ['patente A1', 'patente di guida A1'], en: ['category A1 driving licence', 'light motorcycle licence'] }),
  licence({ id: 'lic.a2', code: 'A2', it: ['patente A2', 'patente di guida A2'], en: ['category A2 driving licence', 'A2 motorcycle licence'] }),
  licence({ id: 'lic.a', code: 'A', it: ['patente A', 'patente di guida A', 'patente per moto', 'patente di guida categoria A'], en: ['category A driving licence', 'motorcycle licence', 'driving licence A'] }),
  licence({ id: 'lic.b', code: 'B', it: ['patente B', 'patente di guida B', 'patente di guida categoria B', 'patente auto', 'patente di tipo B'], en: ['category B driving licence', 'driving licence B', 'car driving licence', 'B driving licence', 'category B licence', 'B licence'] }),
  licence({ id: 'lic.be', code: 'BE', it: ['patente BE', 'patente B+E', 'patente di guida BE'], en: ['category BE driving licence', 'B+E licence', 'car and trailer licence'] }),
  licence({ id: 'lic.c1', code: 'C1', it: ['patente C1', 'patente di guida C1'], en: ['category C1 driving licence', 'C1 licence'] }),
  licence({ id: 'lic.c', code: 'C', it: ['patente C', 'patente di guida C', 'patente per camion', 'patente di guida categoria C'], en: ['category C driving licence', 'driving licence C', 'lorry licence', 'truck licence', 'category C licence'] }),
  licence({ id: 'lic.ce', code: 'CE', it: ['patente CE', 'patente C+E', 'patente di guida CE', 'patente per autoarticolati'], en: ['category CE driving licence', 'C+E licence', 'articulated lorry licence'] }),
  licence({ id: 'lic.d1', code: 'D1', it: ['patente D1', 'patente di guida D1'], en: ['category D1 driving licence', 'minibus licence'] }),
  licence({ id: 'lic.d', code: 'D', it: ['patente D', 'patente di guida D', 'patente per autobus', 'patente di guida categoria D'], en: ['category D driving licence', 'driving licence D', 'bus licence', 'category D licence'] }),
  licence({ id: 'lic.cqc', code: 'CQC', it: ['carta di qualificazione del conducente', 'CQC merci', 'CQC persone', 'carta CQC'], en: ['driver certificate of professional competence', 'driver CPC', 'Driver CPC card'], abbr: ['CQC'] }),
  licence({ id: 'lic.adr', code: 'ADR', it: ['patentino ADR', 'certificato ADR', 'abilitazione al trasporto di merci pericolose', 'patente ADR'], en: ['ADR certificate', 'dangerous goods driver certificate', 'ADR licence'], abbr: ['ADR'] }),
  licence({ id: 'lic.forklift', code: 'forklift', it: ['patentino del carrello elevatore', 'patentino muletto', 'patentino per carrello elevatore', 'abilitazione alla conduzione di carrelli elevatori', 'attestato carrellista'], en: ['forklift licence', 'forklift certificate', 'forklift operator certificate', 'forklift license'] }),
]

/** Qualifications with their EQF level, as the Italian framework (QNQ) references them, plus common English equivalents. */
export const qualifications: readonly CodedEntry[] = [
  // EQF 1: the Italian referencing (Conferenza Stato-Regioni, 20 December 2012) puts the end of the first cycle at level 1.
  qualification({ id: 'qual.lower-secondary', eqf: 1, it: ['licenza media', 'diploma di licenza media', 'licenza di scuola secondaria di primo grado', 'diploma di scuola secondaria di primo grado', 'licenza media inferiore', 'terza media'], en: ['lower secondary school certificate', 'lower secondary education', 'middle school diploma'] }),
  qualification({ id: 'qual.compulsory-education', eqf: 2, it: ["certificato di assolvimento dell'obbligo di istruzione", "assolvimento dell'obbligo di istruzione", 'certificazione delle competenze di base'], en: ['certificate of compulsory education', 'compulsory schooling certificate'] }),
  qualification({ id: 'qual.gcse', eqf: 3, it: ['GCSE britannico', 'certificato GCSE'], en: ['GCSEs', 'General Certificate of Secondary Education', 'GCSE qualifications'], abbr: ['GCSE'] }),
  qualification({ id: 'qual.vocational-qualification', eqf: 3, it: ['qualifica professionale', 'qualifica professionale IeFP', 'qualifica triennale', 'attestato di qualifica professionale', 'qualifica di operatore', 'diploma di qualifica'], en: ['vocational qualification', 'three-year vocational qualification', 'vocational certificate', 'NVQ level 2'] }),
  qualification({ id: 'qual.vocational-diploma', eqf: 4, it: ['diploma professionale', 'diploma professionale IeFP', 'diploma professionale di tecnico', 'diploma professionale quadriennale', 'quarto anno IeFP'], en: ['four-year vocational diploma', 'vocational technician diploma', 'vocational diploma'] }),
  qualification({ id: 'qual.upper-secondary', eqf: 4, it: ['diploma di maturità', 'esame di maturità', 'diploma di scuola secondaria superiore', 'diploma di istruzione secondaria di secondo grado', 'diploma di scuola superiore', 'diploma superiore', 'diploma quinquennale'], en: ['upper secondary diploma', 'high school diploma', 'secondary school diploma', 'A levels', 'A-levels', 'International Baccalaureate'], ambiguous: ['IB'] }),
  qualification({ id: 'qual.liceo', eqf: 4, broader: ['qual.upper-secondary'], it: ['diploma liceale', 'maturità scientifica', 'maturità classica', 'maturità linguistica', 'diploma di liceo', 'maturità artistica'], en: ['liceo diploma', 'academic upper secondary diploma'] }),
  qualification({ id: 'qual.technical-diploma', eqf: 4, broader: ['qual.upper-secondary'], it: ['diploma di istruzione tecnica', 'diploma di istituto tecnico', 'diploma di ragioneria', 'diploma di geometra', 'diploma di perito industriale', 'perito informatico', 'perito elettrotecnico', 'perito meccanico', 'diploma di perito commerciale'], en: ['technical school diploma', 'technical upper secondary diploma', 'accounting technician diploma', 'surveyor diploma'] }),
  qualification({ id: 'qual.professional-school-diploma', eqf: 4, broader: ['qual.upper-secondary'], it: ['diploma di istruzione professionale', 'diploma di istituto professionale', 'diploma alberghiero', 'maturità professionale', 'diploma di tecnico dei servizi socio-sanitari'], en: ['vocational upper secondary diploma', 'hospitality school diploma'] }),
  qualification({ id: 'qual.ifts', eqf: 4, it: ['certificato IFTS', 'certificato di specializzazione tecnica superiore', 'corso IFTS'], en: ['higher technical specialisation certificate', 'IFTS certificate'], abbr: ['IFTS'] }),
  qualification({ id: 'qual.its', eqf: 5, it: ['diploma ITS', 'diploma di tecnico superiore', 'ITS Academy', 'diploma di specializzazione per le tecnologie applicate'], en: ['higher technical diploma', 'short-cycle tertiary diploma', 'ITS Academy diploma', 'HND', 'foundation degree'], ambiguous: ['ITS'] }),
  qualification({ id: 'qual.bachelor', eqf: 6, it: ['laurea triennale', 'laurea di primo livello', 'laurea breve', 'diploma universitario', 'laurea di primo ciclo'], en: ["bachelor's degree", 'bachelor degree', 'undergraduate degree', 'first-cycle degree', 'BSc degree'], abbr: ['BSc', 'BEng', 'BBA'], ambiguous: ['BA', 'B.A.'] }),
  qualification({ id: 'qual.afam-first-level', eqf: 6, it: ['diploma accademico di primo livello', 'diploma AFAM di primo livello', 'diploma di accademia di belle arti', 'diploma di conservatorio di primo livello'], en: ['first-level academic diploma in fine arts and music', 'fine arts bachelor diploma'] }),
  qualification({ id: 'qual.master-degree', eqf: 7, it: ['laurea magistrale', 'laurea specialistica', 'laurea vecchio ordinamento', 'laurea magistrale a ciclo unico', 'laurea quinquennale', 'laurea di secondo livello'], en: ["master's degree", 'master degree', 'postgraduate degree', 'second-cycle degree', 'MSc degree'], abbr: ['MSc', 'MEng', 'MBA'], ambiguous: ['MA', 'M.A.'] }),
  qualification({ id: 'qual.afam-second-level', eqf: 7, it: ['diploma accademico di secondo livello', 'diploma AFAM di secondo livello', 'biennio specialistico AFAM'], en: ['second-level academic diploma in fine arts and music', 'fine arts master diploma'] }),
  qualification({ id: 'qual.university-master-first-level', eqf: 7, it: ['master universitario di primo livello', 'master di primo livello', 'master di I livello'], en: ['first-level university master', 'first-level postgraduate master'] }),
  // EQF 8: in the Italian higher-education framework (QTI) the second-level master is a third-cycle title.
  qualification({ id: 'qual.university-master-second-level', eqf: 8, it: ['master universitario di secondo livello', 'master di secondo livello', 'master di II livello'], en: ['second-level university master', 'second-level postgraduate master'] }),
  qualification({ id: 'qual.specialisation-diploma', eqf: 8, it: ['diploma di specializzazione', 'specializzazione medica', 'scuola di specializzazione'], en: ['specialisation diploma', 'specialization diploma', 'medical specialty diploma'] }),
  qualification({ id: 'qual.phd', eqf: 8, it: ['dottorato di ricerca', 'dottorato', 'titolo di dottorato'], en: ['PhD', 'doctorate', 'doctoral degree', 'Doctor of Philosophy'], abbr: ['Ph.D.', 'DPhil'] }),
]

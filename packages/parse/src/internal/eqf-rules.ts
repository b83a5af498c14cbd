import type { EqfLevel } from '@incontro/core'

/** One row of the EQF table: a phrase naming a qualification, its EQF level and a short slug. */
export interface EqfRule {
  phrase: string
  level: EqfLevel
  qualification: string
}

/**
 * Italian and English qualification names → EQF level (European Qualifications Framework), in order of
 * precedence: when several phrases name an entry, the one listed first wins ("diploma di laurea
 * magistrale" is a magistrale, not a diploma).
 *
 * Sources: the Italian referencing report of qualifications to the EQF (Accordo Stato-Regioni of
 * 20 December 2012) and the Quadro dei Titoli Italiani (QTI) for higher education; the built-in
 * taxonomy's qualification concepts carry the same levels:
 * - licenza media (diploma conclusivo del primo ciclo) → 1; certificazione dell'obbligo di istruzione → 2.
 *   Primary school has no Italian referencing; 1 is a floor.
 * - qualifica professionale IeFP → 3; diploma professionale IeFP → 4.
 * - diploma di istruzione secondaria superiore (maturità: licei, istituti tecnici e professionali) → 4;
 *   certificato IFTS → 4.
 * - diploma di tecnico superiore (ITS Academy) → 5.
 * - laurea (triennale, primo livello), diploma accademico di primo livello → 6.
 * - laurea magistrale / specialistica / a ciclo unico / vecchio ordinamento, master universitario di primo
 *   livello, diploma accademico di secondo livello → 7.
 * - master universitario di secondo livello, diploma di specializzazione, dottorato di ricerca → 8.
 * Also: "scuola media superiore", perito, ragioneria, diploma tecnico → 4 (upper secondary, not the lower
 * "scuola media"); scuola dell'obbligo → 2; BA (Hons), BEng → 6; MEng, Master's → 7; HND → 5.
 * English: GCSE → 3 (RQF level 2, referenced to EQF 3); lower secondary → 1; high school diploma,
 * A levels, upper secondary → 4; vocational qualification and NVQ → 3 (conservative: NVQ levels vary);
 * NVQ level 3 → 4 and level 4 → 5 (RQF level n is EQF n + 1); HND/HNC → 5; bachelor, BA (Hons), BSc, BEng,
 * LLB → 6; master's degree, MSc, MBA, MEng, LLM, PGCE → 7; PhD, doctorate → 8 ("BA" only in capitals; "MA"
 * is not read: in capitals it is also the Italian "ma" of an all-caps text). A generic "laurea" or "degree" is
 * read as the first cycle (6), a generic "diploma" as upper secondary (4).
 */
export const eqfRules: readonly EqfRule[] = [
  { phrase: 'master universitario di secondo livello', level: 8, qualification: 'master-secondo-livello' },
  { phrase: 'master di secondo livello', level: 8, qualification: 'master-secondo-livello' },
  { phrase: 'master di ii livello', level: 8, qualification: 'master-secondo-livello' },
  { phrase: 'master universitario di primo livello', level: 7, qualification: 'master-primo-livello' },
  { phrase: 'master di primo livello', level: 7, qualification: 'master-primo-livello' },
  { phrase: 'master di i livello', level: 7, qualification: 'master-primo-livello' },
  { phrase: 'master universitario', level: 7, qualification: 'master-primo-livello' },
  { phrase: 'dottorato di ricerca', level: 8, qualification: 'dottorato' },
  { phrase: 'dottorato', level: 8, qualification: 'dottorato' },
  { phrase: 'diploma di specializzazione per le tecnologie applicate', level: 5, qualification: 'its' },
  { phrase: 'diploma di specializzazione', level: 8, qualification: 'specializzazione' },
  { phrase: 'scuola di specializzazione', level: 8, qualification: 'specializzazione' },
  { phrase: 'specializzazione medica', level: 8, qualification: 'specializzazione' },
  { phrase: 'phd', level: 8, qualification: 'dottorato' },
  { phrase: 'ph.d', level: 8, qualification: 'dottorato' },
  { phrase: 'doctorate', level: 8, qualification: 'dottorato' },
  { phrase: 'doctoral degree', level: 8, qualification: 'dottorato' },
  { phrase: 'laurea magistrale', level: 7, qualification: 'laurea-magistrale' },
  { phrase: 'laurea specialistica', level: 7, qualification: 'laurea-magistrale' },
  { phrase: 'laurea a ciclo unico', level: 7, qualification: 'laurea-magistrale' },
  { phrase: 'laurea vecchio ordinamento', level: 7, qualification: 'laurea-magistrale' },
  { phrase: 'laurea quinquennale', level: 7, qualification: 'laurea-magistrale' },
  { phrase: 'laurea di secondo livello', level: 7, qualification: 'laurea-magistrale' },
  { phrase: 'vecchio ordinamento', level: 7, qualification: 'laurea-magistrale' },
  { phrase: 'diploma accademico di secondo livello', level: 7, qualification: 'laurea-magistrale' },
  { phrase: "master's degree", level: 7, qualification: 'laurea-magistrale' },
  { phrase: 'masters degree', level: 7, qualification: 'laurea-magistrale' },
  { phrase: 'master degree', level: 7, qualification: 'laurea-magistrale' },
  { phrase: 'master of science', level: 7, qualification: 'laurea-magistrale' },
  { phrase: 'master of arts', level: 7, qualification: 'laurea-magistrale' },
  { phrase: 'msc', level: 7, qualification: 'laurea-magistrale' },
  { phrase: 'm.sc', level: 7, qualification: 'laurea-magistrale' },
  { phrase: 'mba', level: 7, qualification: 'laurea-magistrale' },
  { phrase: 'meng', level: 7, qualification: 'laurea-magistrale' },
  { phrase: 'llm', level: 7, qualification: 'laurea-magistrale' },
  { phrase: 'pgce', level: 7, qualification: 'laurea-magistrale' },
  { phrase: 'm.eng', level: 7, qualification: 'laurea-magistrale' },
  { phrase: 'mres', level: 7, qualification: 'laurea-magistrale' },
  { phrase: "master's", level: 7, qualification: 'laurea-magistrale' },
  { phrase: 'pharmd', level: 7, qualification: 'laurea-magistrale' },
  { phrase: 'postgraduate degree', level: 7, qualification: 'laurea-magistrale' },
  { phrase: 'advanced degree', level: 7, qualification: 'laurea-magistrale' },
  { phrase: 'laurea triennale', level: 6, qualification: 'laurea-triennale' },
  { phrase: 'laurea di primo livello', level: 6, qualification: 'laurea-triennale' },
  { phrase: 'laurea breve', level: 6, qualification: 'laurea-triennale' },
  { phrase: 'diploma universitario', level: 6, qualification: 'laurea-triennale' },
  { phrase: 'diploma accademico di primo livello', level: 6, qualification: 'laurea-triennale' },
  { phrase: "bachelor's degree", level: 6, qualification: 'laurea-triennale' },
  { phrase: 'bachelor', level: 6, qualification: 'laurea-triennale' },
  { phrase: 'bsc', level: 6, qualification: 'laurea-triennale' },
  { phrase: 'ba (hons)', level: 6, qualification: 'laurea-triennale' },
  { phrase: 'ba hons', level: 6, qualification: 'laurea-triennale' },
  { phrase: 'bsc (hons)', level: 6, qualification: 'laurea-triennale' },
  { phrase: 'beng', level: 6, qualification: 'laurea-triennale' },
  { phrase: 'b.eng', level: 6, qualification: 'laurea-triennale' },
  { phrase: 'bachelor of science', level: 6, qualification: 'laurea-triennale' },
  { phrase: 'bachelor of arts', level: 6, qualification: 'laurea-triennale' },
  { phrase: 'undergraduate degree', level: 6, qualification: 'laurea-triennale' },
  { phrase: 'ba', level: 6, qualification: 'laurea-triennale' },
  { phrase: 'b.sc', level: 6, qualification: 'laurea-triennale' },
  { phrase: 'llb', level: 6, qualification: 'laurea-triennale' },
  { phrase: 'hnd', level: 5, qualification: 'its' },
  { phrase: 'hnc', level: 5, qualification: 'its' },
  { phrase: 'its academy', level: 5, qualification: 'its' },
  { phrase: 'diploma its', level: 5, qualification: 'its' },
  { phrase: 'its', level: 5, qualification: 'its' },
  { phrase: 'istituto tecnico superiore', level: 5, qualification: 'its' },
  { phrase: 'tecnico superiore', level: 5, qualification: 'its' },
  { phrase: 'ifts', level: 4, qualification: 'ifts' },
  { phrase: 'diploma professionale', level: 4, qualification: 'diploma-professionale' },
  { phrase: 'diploma iefp', level: 4, qualification: 'diploma-professionale' },
  { phrase: 'qualifica professionale', level: 3, qualification: 'qualifica-professionale' },
  { phrase: 'qualifica iefp', level: 3, qualification: 'qualifica-professionale' },
  { phrase: 'iefp', level: 3, qualification: 'qualifica-professionale' },
  { phrase: 'diploma di scuola media superiore', level: 4, qualification: 'diploma' },
  { phrase: 'diploma di scuola secondaria superiore', level: 4, qualification: 'diploma' },
  { phrase: 'diploma di istruzione secondaria superiore', level: 4, qualification: 'diploma' },
  { phrase: 'diploma di scuola secondaria di secondo grado', level: 4, qualification: 'diploma' },
  { phrase: 'diploma di scuola superiore', level: 4, qualification: 'diploma' },
  { phrase: 'scuola media superiore', level: 4, qualification: 'diploma' },
  { phrase: 'media superiore', level: 4, qualification: 'diploma' },
  { phrase: 'istruzione secondaria superiore', level: 4, qualification: 'diploma' },
  { phrase: 'secondaria superiore', level: 4, qualification: 'diploma' },
  { phrase: 'diploma tecnico', level: 4, qualification: 'diploma' },
  { phrase: 'diploma di perito', level: 4, qualification: 'diploma' },
  { phrase: 'perito', level: 4, qualification: 'diploma' },
  { phrase: 'periti', level: 4, qualification: 'diploma' },
  { phrase: 'ragioneria', level: 4, qualification: 'diploma' },
  { phrase: 'diploma di ragioniere', level: 4, qualification: 'diploma' },
  { phrase: 'diploma di geometra', level: 4, qualification: 'diploma' },
  { phrase: 'diploma di maturita', level: 4, qualification: 'diploma' },
  { phrase: 'maturita', level: 4, qualification: 'diploma' },
  { phrase: 'scuola superiore', level: 4, qualification: 'diploma' },
  { phrase: 'scuola secondaria di secondo grado', level: 4, qualification: 'diploma' },
  { phrase: 'scuola secondaria superiore', level: 4, qualification: 'diploma' },
  { phrase: 'liceo', level: 4, qualification: 'diploma' },
  { phrase: 'istituto tecnico', level: 4, qualification: 'diploma' },
  { phrase: 'istituto professionale', level: 4, qualification: 'diploma' },
  { phrase: 'high school diploma', level: 4, qualification: 'upper-secondary' },
  { phrase: 'high school', level: 4, qualification: 'upper-secondary' },
  { phrase: 'a levels', level: 4, qualification: 'upper-secondary' },
  { phrase: 'a-levels', level: 4, qualification: 'upper-secondary' },
  { phrase: 'upper secondary', level: 4, qualification: 'upper-secondary' },
  { phrase: 'nvq level 3', level: 4, qualification: 'vocational-qualification' },
  { phrase: 'nvq level 4', level: 5, qualification: 'vocational-qualification' },
  { phrase: 'nvq', level: 3, qualification: 'vocational-qualification' },
  { phrase: 'vocational qualification', level: 3, qualification: 'vocational-qualification' },
  { phrase: 'obbligo di istruzione', level: 2, qualification: 'obbligo-di-istruzione' },
  { phrase: "scuola dell'obbligo", level: 2, qualification: 'obbligo-di-istruzione' },
  { phrase: 'scuola dell obbligo', level: 2, qualification: 'obbligo-di-istruzione' },
  { phrase: 'obbligo scolastico', level: 2, qualification: 'obbligo-di-istruzione' },
  { phrase: 'assolvimento dell obbligo', level: 2, qualification: 'obbligo-di-istruzione' },
  { phrase: "assolvimento dell'obbligo", level: 2, qualification: 'obbligo-di-istruzione' },
  { phrase: 'certificazione delle competenze di base', level: 2, qualification: 'obbligo-di-istruzione' },
  { phrase: 'compulsory education', level: 2, qualification: 'obbligo-di-istruzione' },
  { phrase: 'gcse', level: 3, qualification: 'gcse' },
  { phrase: 'gcses', level: 3, qualification: 'gcse' },
  { phrase: 'licenza media', level: 1, qualification: 'licenza-media' },
  { phrase: 'scuola media', level: 1, qualification: 'licenza-media' },
  { phrase: 'scuola secondaria di primo grado', level: 1, qualification: 'licenza-media' },
  { phrase: 'terza media', level: 1, qualification: 'licenza-media' },
  { phrase: 'lower secondary', level: 1, qualification: 'lower-secondary' },
  { phrase: 'licenza elementare', level: 1, qualification: 'licenza-elementare' },
  { phrase: 'primary school', level: 1, qualification: 'licenza-elementare' },
  { phrase: 'laureata', level: 6, qualification: 'laurea' },
  { phrase: 'laureato', level: 6, qualification: 'laurea' },
  { phrase: 'neolaureata', level: 6, qualification: 'laurea' },
  { phrase: 'neolaureato', level: 6, qualification: 'laurea' },
  { phrase: 'neolaureati', level: 6, qualification: 'laurea' },
  { phrase: 'laurea', level: 6, qualification: 'laurea' },
  { phrase: 'degree', level: 6, qualification: 'laurea' },
  { phrase: 'diplomata', level: 4, qualification: 'diploma' },
  { phrase: 'diplomato', level: 4, qualification: 'diploma' },
  { phrase: 'diploma', level: 4, qualification: 'diploma' },
]

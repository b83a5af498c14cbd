import { QuestionnaireSchema, type Questionnaire, type QuestionnaireItem } from '@incontro/core'

const levels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const

// "I can" statements written for Incontro in plain words, one per activity and CEFR level; they follow
// the grid's structure (5 activities × A1–C2) without reproducing its descriptors.
const grid: Record<string, { label: { it: string; en: string }; statements: [it: string, en: string][] }> = {
  listening: {
    label: { it: 'Ascolto', en: 'Listening' },
    statements: [
      ['Capisco parole e frasi molto semplici su di me e sulla mia famiglia, se si parla piano.', 'I understand very simple words and phrases about myself and my family when people speak slowly.'],
      ['Capisco frasi frequenti su argomenti quotidiani (acquisti, lavoro, zona dove vivo) e brevi annunci chiari.', 'I understand common phrases on everyday topics (shopping, work, where I live) and short, clear announcements.'],
      ['Capisco i punti principali di un discorso chiaro su lavoro, scuola o tempo libero.', 'I understand the main points of clear speech about work, school or free time.'],
      ['Capisco discorsi lunghi e notizie alla TV su molti argomenti, se la lingua è standard.', 'I understand extended talks and TV news on most topics in a standard accent.'],
      ['Capisco discorsi lunghi anche poco strutturati e film senza troppo sforzo.', 'I understand long speech even when it is loosely structured, and films without much effort.'],
      ['Capisco qualsiasi lingua parlata, anche veloce, se ho un po’ di tempo per abituarmi all’accento.', 'I understand any spoken language, even fast, given some time to get used to the accent.'],
    ],
  },
  reading: {
    label: { it: 'Lettura', en: 'Reading' },
    statements: [
      ['Capisco nomi, parole e frasi molto semplici, per esempio su cartelli o moduli.', 'I understand familiar names, words and very simple sentences, for example on signs or forms.'],
      ['Capisco testi brevi e semplici come annunci, menù, orari e messaggi personali.', 'I understand short, simple texts such as adverts, menus, timetables and personal messages.'],
      ['Capisco testi di uso quotidiano o di lavoro e la descrizione di fatti e sentimenti in lettere personali.', 'I understand everyday or job-related texts and descriptions of events and feelings in personal letters.'],
      ['Leggo articoli e relazioni su temi attuali in cui l’autore esprime un punto di vista.', 'I read articles and reports on current issues in which the writer takes a stance.'],
      ['Capisco testi lunghi e complessi, anche tecnici fuori dal mio campo, e ne colgo lo stile.', 'I understand long, complex texts, including technical ones outside my field, and notice their style.'],
      ['Leggo con facilità qualsiasi testo, anche astratto o complesso come manuali, contratti o opere letterarie.', 'I read any kind of text with ease, including abstract or complex ones such as manuals, contracts or literature.'],
    ],
  },
  'spoken-interaction': {
    label: { it: 'Interazione orale', en: 'Spoken interaction' },
    statements: [
      ['Faccio e rispondo a domande semplici su bisogni immediati, se l’altra persona mi aiuta.', 'I ask and answer simple questions about immediate needs if the other person helps me.'],
      ['Gestisco scambi brevi e di routine, per esempio in un negozio o con un collega.', 'I handle short routine exchanges, for example in a shop or with a colleague.'],
      ['Me la cavo nella maggior parte delle situazioni di viaggio o di lavoro e partecipo a conversazioni su temi noti.', 'I cope with most situations when travelling or at work and join conversations on familiar topics.'],
      ['Parlo con scioltezza con persone madrelingua e sostengo le mie opinioni in una discussione.', 'I talk fluently with native speakers and defend my views in a discussion.'],
      ['Mi esprimo in modo spontaneo e preciso nella vita sociale e professionale, senza cercare le parole.', 'I express myself spontaneously and precisely in social and professional life without searching for words.'],
      ['Partecipo a qualsiasi conversazione con naturalezza, anche su sfumature di significato.', 'I take part in any conversation naturally, including fine shades of meaning.'],
    ],
  },
  'spoken-production': {
    label: { it: 'Produzione orale', en: 'Spoken production' },
    statements: [
      ['Descrivo con frasi semplici dove vivo e le persone che conosco.', 'I describe where I live and people I know in simple sentences.'],
      ['Descrivo con frasi collegate la mia famiglia, la mia formazione e il mio lavoro attuale o passato.', 'I describe in linked sentences my family, my education and my current or past job.'],
      ['Racconto esperienze, progetti e una storia, e spiego brevemente le mie ragioni.', 'I tell about experiences, plans and a story, and briefly give my reasons.'],
      ['Presento in modo chiaro e dettagliato argomenti del mio campo, con vantaggi e svantaggi.', 'I present subjects of my field clearly and in detail, with pros and cons.'],
      ['Espongo temi complessi in modo ben strutturato e arrivo a una conclusione adeguata.', 'I present complex subjects in a well-structured way and reach a suitable conclusion.'],
      ['Espongo un argomento in modo fluido e convincente, adattando lo stile a chi ascolta.', 'I present a topic fluently and convincingly, adapting my style to the audience.'],
    ],
  },
  writing: {
    label: { it: 'Scrittura', en: 'Writing' },
    statements: [
      ['Compilo un modulo con i miei dati e scrivo un breve messaggio semplice.', 'I fill in a form with my details and write a short, simple message.'],
      ['Scrivo brevi appunti e messaggi su bisogni immediati, per esempio un ringraziamento.', 'I write short notes and messages about immediate needs, such as a thank-you note.'],
      ['Scrivo testi semplici e collegati su temi che conosco, e lettere su esperienze personali.', 'I write simple, connected texts on familiar topics and letters about personal experiences.'],
      ['Scrivo testi chiari e dettagliati, come una relazione o una lettera di presentazione, con argomentazioni.', 'I write clear, detailed texts such as a report or a cover letter, with arguments.'],
      ['Scrivo testi ben strutturati su temi complessi, scegliendo lo stile adatto al lettore.', 'I write well-structured texts on complex subjects, choosing a style suited to the reader.'],
      ['Scrivo testi complessi e scorrevoli, come relazioni o articoli, con uno stile efficace.', 'I write complex, flowing texts such as reports or articles in an effective style.'],
    ],
  },
}

/**
 * The CEFR self-assessment grid written for Incontro (Italian and English): five activities —
 * listening, reading, spoken interaction, spoken production, writing — each with one "I can"
 * statement per level A1–C2, answered yes or no. An activity's level is the highest level whose
 * statement and every statement below it are answered yes; the overall level is the median of the
 * five. Answer files name the language assessed (`language: 'en'`).
 *
 * @example
 * const result = scoreQuestionnaire(cefrQuestionnaire(), { questionnaire: 'cefr-self', language: 'en', answers: { 'listening-A1': 1 } })
 */
export function cefrQuestionnaire(): Questionnaire {
  const items: QuestionnaireItem[] = []
  for (const [activity, { statements }] of Object.entries(grid)) {
    statements.forEach(([it, en], i) => {
      items.push({
        id: `${activity}-${levels[i]}`,
        competence: `cefr.${activity}`,
        text: { it, en },
        levels: [0, i + 1],
        ...(i > 0 ? { requires: { item: `${activity}-${levels[i - 1]}`, minAnswer: 1 } } : {}),
      })
    })
  }
  return QuestionnaireSchema.parse({
    id: 'cefr-self',
    version: '1.0.0',
    framework: 'CEFR',
    title: { it: 'Autovalutazione delle lingue (griglia QCER)', en: 'Language self-assessment (CEFR grid)' },
    instructions: {
      it: 'Pensa alla lingua che vuoi valutare. Per ogni frase rispondi sì se ti descrive, no se non ancora.',
      en: 'Think of the language you are assessing. Answer yes to each statement that describes you, no if not yet.',
    },
    scale: 'cefr',
    levelLabels: ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'],
    answers: [
      { it: 'No, non ancora', en: 'No, not yet' },
      { it: 'Sì', en: 'Yes' },
    ],
    competences: Object.entries(grid).map(([activity, { label }]) => ({ id: `cefr.${activity}`, label, area: 'CEFR' })),
    items,
    perLanguage: true,
    overall: { rule: 'median' },
  })
}

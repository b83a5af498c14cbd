import { QuestionnaireSchema, type Questionnaire, type QuestionnaireCompetence, type QuestionnaireItem } from '@incontro/core'

// Statements written for Incontro in plain words; they follow the structure of DigComp 2.2 (5 areas,
// 21 competences, 8 proficiency levels) without reproducing its text.
type Row = [id: string, area: string, it: string, en: string, basicIt: string, basicEn: string, advancedIt: string, advancedEn: string, concept?: string]

const rows: Row[] = [
  ['1.1', 'information', 'Cercare informazioni e contenuti online', 'Finding information and content online',
    'Trovo su internet quello che mi serve usando un motore di ricerca.', 'I find what I need on the internet with a search engine.',
    'Imposto ricerche mirate (filtri, operatori, fonti specializzate) e insegno ad altri a farlo.', 'I set up targeted searches (filters, operators, specialised sources) and teach others to do so.', 'skill.internet-search'],
  ['1.2', 'information', 'Valutare informazioni e fonti', 'Judging information and sources',
    'Capisco se un sito o una notizia sono affidabili prima di fidarmi.', 'I can tell whether a website or a news item can be trusted before I rely on it.',
    'Confronto fonti diverse, riconosco la disinformazione e spiego ad altri come verificarla.', 'I compare different sources, spot disinformation and explain to others how to check it.'],
  ['1.3', 'information', 'Organizzare dati e file', 'Organising data and files',
    'Salvo i miei file in cartelle e li ritrovo quando servono.', 'I save my files in folders and find them again when needed.',
    'Organizzo dati in tabelle o archivi condivisi e ne curo l’ordine per un gruppo.', 'I organise data in tables or shared archives and keep them in order for a team.', 'skill.spreadsheets'],
  ['2.1', 'communication', 'Comunicare con strumenti digitali', 'Communicating with digital tools',
    'Uso email e app di messaggistica per comunicare con colleghi o uffici.', 'I use email and messaging apps to talk to colleagues or offices.',
    'Scelgo lo strumento giusto per ogni situazione e ne imposto l’uso per un gruppo.', 'I choose the right tool for each situation and set up its use for a team.', 'skill.email'],
  ['2.2', 'communication', 'Condividere contenuti', 'Sharing content',
    'Invio un documento o una foto come allegato o con un link.', 'I send a document or a photo as an attachment or a link.',
    'Gestisco permessi di accesso e condivisioni per altre persone.', 'I manage access rights and sharing for other people.'],
  ['2.3', 'communication', 'Usare i servizi pubblici online', 'Using public services online',
    'Accedo a un servizio pubblico online con SPID o CIE.', 'I log in to a public service online with a digital identity.',
    'Svolgo pratiche complesse online e aiuto altri a farle.', 'I complete complex procedures online and help others through them.', 'skill.e-government'],
  ['2.4', 'communication', 'Collaborare online', 'Working together online',
    'Partecipo a una videochiamata o modifico un documento condiviso.', 'I join a video call or edit a shared document.',
    'Organizzo il lavoro di un gruppo con strumenti online (calendari, documenti, attività).', 'I organise a team’s work with online tools (calendars, documents, tasks).', 'skill.video-calls'],
  ['2.5', 'communication', 'Comportarsi bene online', 'Behaving well online',
    'Scrivo messaggi rispettosi e adatti a chi li riceve.', 'I write respectful messages suited to whoever receives them.',
    'Stabilisco regole di comunicazione per un gruppo e gestisco i conflitti online.', 'I set communication rules for a group and handle conflicts online.'],
  ['2.6', 'communication', 'Curare la propria identità digitale', 'Looking after one’s digital identity',
    'So cosa si vede di me online e gestisco i miei profili.', 'I know what can be seen about me online and I manage my profiles.',
    'Curo la reputazione online di una persona o di un’organizzazione.', 'I look after the online reputation of a person or an organisation.'],
  ['3.1', 'content', 'Creare contenuti digitali', 'Creating digital content',
    'Scrivo un documento o preparo una presentazione semplice.', 'I write a document or prepare a simple presentation.',
    'Produco contenuti curati in formati diversi (testo, immagini, video) per un pubblico.', 'I produce polished content in several formats (text, images, video) for an audience.', 'skill.word-processing'],
  ['3.2', 'content', 'Modificare e combinare contenuti', 'Editing and combining content',
    'Modifico un testo o un’immagine esistente per adattarli.', 'I edit an existing text or image to adapt it.',
    'Combino contenuti di fonti diverse in un prodotto nuovo e coerente.', 'I combine content from different sources into a new, consistent product.'],
  ['3.3', 'content', 'Rispettare diritti d’autore e licenze', 'Respecting copyright and licences',
    'So che non tutto ciò che trovo online si può riusare liberamente.', 'I know that not everything I find online may be reused freely.',
    'Scelgo la licenza giusta per un contenuto e verifico i diritti per altri.', 'I choose the right licence for content and check rights for others.'],
  ['3.4', 'content', 'Programmare', 'Programming',
    'Seguo istruzioni passo passo per automatizzare un compito semplice.', 'I follow step-by-step instructions to automate a simple task.',
    'Scrivo programmi o automazioni che altri usano.', 'I write programs or automations that others use.', 'skill.programming'],
  ['4.1', 'safety', 'Proteggere i dispositivi', 'Protecting devices',
    'Uso password e aggiorno il telefono e il computer.', 'I use passwords and keep my phone and computer up to date.',
    'Configuro la sicurezza dei dispositivi di un gruppo (backup, antivirus, accessi).', 'I set up the security of a team’s devices (backups, antivirus, access).', 'skill.online-safety'],
  ['4.2', 'safety', 'Proteggere dati personali e privacy', 'Protecting personal data and privacy',
    'Riconosco un messaggio truffa e non condivido i miei dati con chiunque.', 'I recognise a scam message and do not share my data with anyone who asks.',
    'Applico regole di protezione dei dati (GDPR) nel lavoro e le spiego ad altri.', 'I apply data protection rules at work and explain them to others.', 'skill.online-safety'],
  ['4.3', 'safety', 'Proteggere salute e benessere', 'Protecting health and well-being',
    'So limitare il tempo davanti allo schermo e riconosco comportamenti offensivi online.', 'I can limit screen time and recognise abusive behaviour online.',
    'Aiuto altri a usare la tecnologia in modo sano e a difendersi da abusi online.', 'I help others use technology healthily and protect themselves from online abuse.'],
  ['4.4', 'safety', 'Proteggere l’ambiente', 'Protecting the environment',
    'So che i dispositivi consumano energia e vanno smaltiti correttamente.', 'I know that devices use energy and must be disposed of properly.',
    'Scelgo e promuovo soluzioni digitali a minore impatto ambientale.', 'I choose and promote digital solutions with a lower environmental impact.'],
  ['5.1', 'problem-solving', 'Risolvere problemi tecnici', 'Solving technical problems',
    'Risolvo problemi semplici (riavvio, connessione, stampante).', 'I fix simple problems (restarting, connection, printer).',
    'Diagnostico guasti complessi e assisto altri utenti.', 'I diagnose complex faults and support other users.'],
  ['5.2', 'problem-solving', 'Scegliere gli strumenti giusti', 'Choosing the right tools',
    'Trovo un’app o un programma adatto a ciò che devo fare.', 'I find an app or program suited to what I need to do.',
    'Valuto e scelgo soluzioni digitali per le esigenze di un gruppo o di un’azienda.', 'I assess and choose digital solutions for the needs of a team or a company.'],
  ['5.3', 'problem-solving', 'Usare la tecnologia in modo creativo', 'Using technology creatively',
    'Uso strumenti digitali per fare meglio o più in fretta il mio lavoro.', 'I use digital tools to do my work better or faster.',
    'Introduco nuovi modi di lavorare con il digitale e coinvolgo altri.', 'I introduce new ways of working with digital tools and involve others.', 'skill.ai-tools'],
  ['5.4', 'problem-solving', 'Riconoscere cosa mi manca nel digitale', 'Knowing one’s digital gaps',
    'Capisco quali competenze digitali mi mancano e cerco come impararle.', 'I understand which digital skills I lack and look for ways to learn them.',
    'Aiuto altri a capire cosa devono imparare e a trovare la formazione giusta.', 'I help others see what they need to learn and find the right training.', 'skill.learning-to-learn'],
]

const areas: Record<string, { it: string; en: string }> = {
  information: { it: 'Informazione e dati', en: 'Information and data' },
  communication: { it: 'Comunicazione e collaborazione', en: 'Communication and collaboration' },
  content: { it: 'Creazione di contenuti digitali', en: 'Digital content creation' },
  safety: { it: 'Sicurezza', en: 'Safety' },
  'problem-solving': { it: 'Risolvere problemi', en: 'Problem solving' },
}

/**
 * A DigComp 2.2 digital-competence self-assessment written for Incontro (Italian and English): two
 * statements per competence for the 21 competences of the 5 areas, answered on a five-step scale.
 * The first statement places a person on levels 1–4, the second (counted only when the first is done
 * on one's own) on levels 5–8.
 *
 * @example
 * const result = scoreQuestionnaire(digcompQuestionnaire(), { questionnaire: 'digcomp-2.2-self', answers: { '1.1-a': 2 } })
 */
export function digcompQuestionnaire(): Questionnaire {
  const competences: QuestionnaireCompetence[] = rows.map(([id, area, it, en, , , , , concept]) => ({
    id: `digcomp.${id}`,
    label: { it, en },
    area: `${area} – ${areas[area]?.en ?? area}`,
    ...(concept ? { concept } : {}),
  }))
  const items: QuestionnaireItem[] = rows.flatMap(([id, , , , basicIt, basicEn, advancedIt, advancedEn]) => [
    { id: `${id}-a`, competence: `digcomp.${id}`, text: { it: basicIt, en: basicEn }, levels: [0, 1, 2, 3, 4] },
    { id: `${id}-b`, competence: `digcomp.${id}`, text: { it: advancedIt, en: advancedEn }, levels: [0, 5, 6, 7, 8], requires: { item: `${id}-a`, minAnswer: 2 } },
  ])
  return QuestionnaireSchema.parse({
    id: 'digcomp-2.2-self',
    version: '1.0.0',
    framework: 'DigComp 2.2',
    title: { it: 'Autovalutazione delle competenze digitali (DigComp 2.2)', en: 'Digital competence self-assessment (DigComp 2.2)' },
    instructions: {
      it: 'Per ogni frase, indica quanto ti descrive oggi. Non ci sono risposte giuste o sbagliate.',
      en: 'For each statement, say how well it describes you today. There are no right or wrong answers.',
    },
    scale: 'digcomp',
    levelLabels: ['foundation 1', 'foundation 2', 'intermediate 3', 'intermediate 4', 'advanced 5', 'advanced 6', 'highly specialised 7', 'highly specialised 8'],
    answers: [
      { it: 'No', en: 'No' },
      { it: 'Sì, con un aiuto', en: 'Yes, with help' },
      { it: 'Sì, in autonomia', en: 'Yes, on my own' },
      { it: 'Sì, anche in situazioni nuove o complesse', en: 'Yes, also in new or complex situations' },
      { it: 'Sì, e so guidare altre persone', en: 'Yes, and I can guide others' },
    ],
    competences,
    items,
  })
}

/**
 * Builds the narrative evaluation set `data/narrative/` from the hand-written blocks of `narrative-blocks.ts`:
 * 160 English and 160 Italian texts (biographies in the third person; cover letters and personal profiles in
 * the first), each in three variants — `f` (female subject), `c` (the same with pronouns and gendered nouns
 * swapped, names kept) and `m` (names swapped too) — with every person name, gendered word and distractor
 * (place, organisation, product) marked. Labelled here, before any rule of the anonymizer runs. Seeded and
 * deterministic; some texts are made messy (wrapped lines, double spaces, a missing space after a stop).
 *
 *   tsx quality/narrative-dataset.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { communities, distractors, enBio, enLetter, itBio, itLetter, type Block, type Community } from './narrative-blocks.js'

/** A marked span of one variant. */
export interface NarrativeSpan {
  /** `name` (a person), `cue` (a gendered word) or `keep` (a distractor that must survive). */
  kind: 'name' | 'cue' | 'keep'
  /** For names: `subject` or `relative`; for distractors: PLACE, ORG or PRODUCT. */
  role: string
  start: number
  end: number
}

/** One text of the set, in its three variants. */
export interface NarrativeText {
  id: string
  language: 'en' | 'it'
  genre: 'biography' | 'letter'
  community: string
  variants: Record<'f' | 'c' | 'm', { text: string; spans: NarrativeSpan[] }>
}

/** Mulberry32: a small seeded generator. */
function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Splits at `|` outside braces: a whole sentence written in a female and a male form. */
function topLevelAlternatives(sentence: string): [string, string] {
  let depth = 0
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence[i]
    if (c === '{') depth++
    else if (c === '}') depth--
    else if (c === '|' && depth === 0) return [sentence.slice(0, i), sentence.slice(i + 1)]
  }
  return [sentence, sentence]
}

interface Cast {
  subject: { f: string; m: string; surname: string }
  relatives: { f: string; m: string }[]
  picks: Record<string, string>
}

/** Renders one sentence in a variant, appending to `out`. */
function render(template: string, variant: 'f' | 'c' | 'm', cast: Cast, out: { text: string; spans: NarrativeSpan[] }, relativeIndex: { n: number }): void {
  const male = variant !== 'f'
  const [fForm, mForm] = topLevelAlternatives(template)
  const sentence = male ? mForm : fForm
  const re = /\{([^{}]*)\}/g
  let last = 0
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    out.text += sentence.slice(last, m.index)
    last = m.index + m[0].length
    const slot = m[1] as string
    const start = out.text.length
    const push = (s: string, kind: NarrativeSpan['kind'], role: string) => {
      out.text += s
      out.spans.push({ kind, role, start, end: out.text.length })
    }
    if (slot === 'G' || slot === 'GU') {
      const name = variant === 'm' ? cast.subject.m : cast.subject.f
      push(slot === 'GU' ? name.toUpperCase() : name, 'name', 'subject')
    } else if (slot === 'S' || slot === 'SU') {
      push(slot === 'SU' ? cast.subject.surname.toUpperCase() : cast.subject.surname, 'name', 'subject')
    } else if (slot === 'R:f' || slot === 'R:m') {
      const relative = cast.relatives[relativeIndex.n++ % cast.relatives.length] as { f: string; m: string }
      // In the female variant a `R:m` relative is male; swapping flips every gender, names too in `m`.
      const femaleInF = slot === 'R:f'
      const female = variant === 'm' ? !femaleInF : femaleInF
      push(female ? relative.f : relative.m, 'name', 'relative')
    } else if (slot === 'PLACE' || slot === 'ORG' || slot === 'PRODUCT') {
      push(cast.picks[slot] as string, 'keep', slot)
    } else {
      const [f, mm] = slot.split('|') as [string, string]
      const word = male ? mm : f
      if (f !== mm) push(word, 'cue', 'gendered')
      else out.text += word
    }
  }
  out.text += sentence.slice(last)
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T
}

/** Makes a text messy the way extraction and hurried typing do, the same way in all variants. */
function messy(text: string, spans: NarrativeSpan[], kind: number): { text: string; spans: NarrativeSpan[] } {
  if (kind === 0) return { text, spans }
  // Replace one kind of separator everywhere after a position fixed by the text: spans shift accordingly.
  let out = ''
  const shift: number[] = []
  let spaceCount = 0
  for (let i = 0; i < text.length; i++) {
    shift.push(out.length)
    const c = text[i] as string
    if (c === ' ') {
      spaceCount++
      // 1: a wrapped line every 9 spaces; 2: a double space every 7; 3: no space after a stop every time.
      if (kind === 1 && spaceCount % 9 === 0) out += '\n'
      else if (kind === 2 && spaceCount % 7 === 0) out += '  '
      else if (kind === 3 && text[i - 1] === '.' && text[i + 1] !== undefined && /\p{Lu}/u.test(text[i + 1] as string)) out += ''
      else out += c
    } else out += c
  }
  shift.push(out.length)
  return { text: out, spans: spans.map((s) => ({ ...s, start: shift[s.start] as number, end: shift[s.end] as number })) }
}

function build(language: 'en' | 'it', genre: 'biography' | 'letter', blocks: readonly Block[], count: number, seed: number): NarrativeText[] {
  const random = rng(seed)
  const names = Object.keys(communities)
  const out: NarrativeText[] = []
  for (let n = 0; n < count; n++) {
    const community = names[n % names.length] as string
    const c = communities[community] as Community
    const relativeCommunity = random() < 0.8 ? c : (communities[pick(random, names)] as Community)
    const cast: Cast = {
      subject: { f: pick(random, c.female), m: pick(random, c.male), surname: pick(random, c.surnames) },
      relatives: [
        { f: pick(random, relativeCommunity.female), m: pick(random, relativeCommunity.male) },
        { f: pick(random, relativeCommunity.female), m: pick(random, relativeCommunity.male) },
      ],
      picks: {},
    }
    // Guard: the subject's and the relatives' names differ.
    for (const r of cast.relatives) {
      if (r.f === cast.subject.f) r.f = (c.female[(c.female.indexOf(r.f) + 1) % c.female.length] as string)
      if (r.m === cast.subject.m) r.m = (c.male[(c.male.indexOf(r.m) + 1) % c.male.length] as string)
    }
    const d = distractors[language]
    cast.picks = { PLACE: pick(random, d.PLACE), ORG: pick(random, d.ORG), PRODUCT: pick(random, d.PRODUCT) }
    // One sentence per block, a second one from some blocks (never the closing one twice).
    const sentences: string[] = []
    blocks.forEach((block, b) => {
      const first = pick(random, block)
      sentences.push(first)
      if (b > 0 && b < blocks.length - 1 && random() < 0.5) {
        const second = pick(random, block)
        if (second !== first) sentences.push(second)
      }
    })
    // Distractors vary within the text: each sentence draws its own.
    const perSentence = sentences.map(() => ({ PLACE: pick(random, d.PLACE), ORG: pick(random, d.ORG), PRODUCT: pick(random, d.PRODUCT) }))
    const messKind = random() < 0.3 ? 1 + Math.floor(random() * 3) : 0
    const variants = {} as NarrativeText['variants']
    for (const variant of ['f', 'c', 'm'] as const) {
      const doc = { text: '', spans: [] as NarrativeSpan[] }
      const relativeIndex = { n: 0 }
      sentences.forEach((s, k) => {
        cast.picks = perSentence[k] as Record<string, string>
        if (k > 0) doc.text += genre === 'letter' && (s.includes('\n') || sentences[k - 1]?.includes('\n')) ? '\n\n' : ' '
        render(s, variant, cast, doc, relativeIndex)
      })
      doc.text += '\n'
      variants[variant] = messy(doc.text, doc.spans, messKind)
    }
    out.push({ id: `${language}-${genre}-${String(n + 1).padStart(3, '0')}`, language, genre, community, variants })
  }
  return out
}

const here = dirname(fileURLToPath(import.meta.url))
const dir = join(here, 'data', 'narrative')
mkdirSync(dir, { recursive: true })
const texts = [
  ...build('en', 'biography', enBio, 80, 11),
  ...build('en', 'letter', enLetter, 80, 12),
  ...build('it', 'biography', itBio, 80, 13),
  ...build('it', 'letter', itLetter, 80, 14),
]
writeFileSync(join(dir, 'texts.jsonl'), texts.map((t) => JSON.stringify(t)).join('\n') + '\n')
console.log(`wrote ${texts.length} texts to ${dir}`)

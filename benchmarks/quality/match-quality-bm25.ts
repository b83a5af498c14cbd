/**
 * The baseline of the match-quality benchmark: Okapi BM25 (wink-bm25-text-search, k1 = 1.2, b = 0.75)
 * over raw texts, with a plain keyword preparation: NFKD lower case without accents, tokens of letters and
 * digits, Italian and English stop words removed, Snowball stem of the text's language.
 */
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

interface WinkBm25 {
  defineConfig(config: { fldWeights: Record<string, number>; bm25Params?: { k1?: number; b?: number; k?: number } }): boolean
  definePrepTasks(tasks: ((input: never) => unknown)[], field?: string): number
  addDoc(doc: Record<string, string>, id: string): number
  consolidate(precision?: number): boolean
  search(text: string, limit?: number): [string, number][]
}
interface Stemmer {
  stem(word: string): string
}
const createBm25 = require('wink-bm25-text-search') as () => WinkBm25
const snowball = require('snowball-stemmers') as { newStemmer(language: string): Stemmer }
const { eng, ita } = require('stopword') as { eng: string[]; ita: string[] }

const stemmers = { it: snowball.newStemmer('italian'), en: snowball.newStemmer('english') }
const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
const itStop = new Set(ita.map(fold))
const enStop = new Set(eng.map(fold))
// Snowball stemming dominates tokenizing; a memo per language gives the same stems many times faster.
const stemMemo = { it: new Map<string, string>(), en: new Map<string, string>() }
const stem = (language: 'it' | 'en', word: string): string => {
  const memo = stemMemo[language]
  let stemmed = memo.get(word)
  if (stemmed === undefined) {
    stemmed = stemmers[language].stem(word)
    if (memo.size < 500_000) memo.set(word, stemmed)
  }
  return stemmed
}

/** Tokens of a text as the baseline indexes them. */
export function bm25Tokens(text: string): string[] {
  const words = fold(text).match(/[\p{L}\p{N}]+/gu) ?? []
  let it = 0
  let en = 0
  for (const w of words) {
    if (itStop.has(w)) it++
    if (enStop.has(w)) en++
  }
  const language = it > en ? 'it' : 'en'
  const out: string[] = []
  for (const w of words) if (!itStop.has(w) && !enStop.has(w) && (w.length > 1 || /\d/.test(w))) out.push(stem(language, w))
  return out
}

/** A BM25 index over documents; `search` gives ids best first. */
export function createBm25Ranker(documents: readonly { id: string; text: string }[]): { search(text: string, k: number): { id: string; score: number }[] } {
  const engine = createBm25()
  engine.defineConfig({ fldWeights: { body: 1 }, bm25Params: { k1: 1.2, b: 0.75, k: 1 } })
  engine.definePrepTasks([bm25Tokens as (input: never) => unknown])
  for (const d of documents) engine.addDoc({ body: d.text }, d.id)
  engine.consolidate(6)
  return { search: (text, k) => engine.search(text, k).map(([id, score]) => ({ id, score })) }
}

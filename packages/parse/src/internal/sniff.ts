/** What the first bytes or characters of an input say it is. */
export type Sniffed = 'pdf' | 'docx' | 'zip' | 'json' | 'html' | 'xml' | 'text'

const docxEntry = new TextEncoder().encode('word/document.xml')

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  return prefix.every((byte, index) => bytes[at + index] === byte)
}

function indexOfBytes(haystack: Uint8Array, needle: Uint8Array): number {
  const first = needle[0]
  outer: for (let i = haystack.indexOf(first as number); i !== -1 && i <= haystack.length - needle.length; i = haystack.indexOf(first as number, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer
    return i
  }
  return -1
}

/** Sniffs binary containers by their magic bytes: `%PDF-` (within the first KB, as readers allow) and ZIP. */
export function sniffBinary(bytes: Uint8Array): 'pdf' | 'docx' | 'zip' | undefined {
  const head = bytes.subarray(0, 1024)
  const pdfAt = indexOfBytes(head, new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]))
  if (pdfAt !== -1 && pdfAt < 1024) return 'pdf'
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return indexOfBytes(bytes, docxEntry) === -1 ? 'zip' : 'docx'
  return undefined
}

/** Sniffs decoded text: JSON, HTML, XML, or plain text. */
export function sniffText(text: string): 'json' | 'html' | 'xml' | 'text' {
  let at = 0
  while (at < text.length && /\s/.test(text[at] as string)) at++
  const first = text[at]
  if (first === '{' || first === '[') return 'json'
  if (first !== '<') return 'text'
  const head = text.slice(at, at + 2048).toLowerCase()
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return 'html'
  const root = rootElement(text, at)
  if (root === undefined) return 'text'
  if (root.toLowerCase() === 'html') return 'html'
  if (head.startsWith('<?xml') || head.startsWith('<!doctype')) return 'xml'
  return /<(body|div|p|h[1-6]|ul|section|article|main|span|table)[\s>]/.test(head) ? 'html' : 'xml'
}

/** The name of the first element after the prolog (declaration, comments, doctype), local part only. */
export function rootElement(text: string, from = 0): string | undefined {
  let at = from
  for (let guard = 0; guard < 64; guard++) {
    at = text.indexOf('<', at)
    if (at === -1) return undefined
    if (text.startsWith('<?', at)) at = skipTo(text, at, '?>')
    else if (text.startsWith('<!--', at)) at = skipTo(text, at, '-->')
    else if (text.startsWith('<!', at)) at = skipTo(text, at, '>')
    else {
      let end = at + 1
      while (end < text.length && end - at < 200 && /[\w.:-]/.test(text[end] as string)) end++
      const name = text.slice(at + 1, end)
      if (name.length === 0) return undefined
      const colon = name.lastIndexOf(':')
      return colon === -1 ? name : name.slice(colon + 1)
    }
    if (at === -1) return undefined
  }
  return undefined
}

function skipTo(text: string, from: number, marker: string): number {
  const found = text.indexOf(marker, from)
  return found === -1 ? -1 : found + marker.length
}

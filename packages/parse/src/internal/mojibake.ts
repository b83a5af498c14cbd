// Windows-1252 characters of bytes 0x80–0x9F, by byte; the five bytes it leaves undefined keep their code point.
const cp1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'
const byteOfHigh = new Map<number, number>()
for (let i = 0; i < cp1252High.length; i++) byteOfHigh.set(cp1252High.charCodeAt(i), 0x80 + i)

/** The byte a character stands for when UTF-8 bytes were read as Windows-1252 (or Latin-1), or -1. */
function byteOf(code: number): number {
  if (code >= 0x80 && code <= 0xff) return code
  return byteOfHigh.get(code) ?? -1
}

function isContinuation(byte: number): boolean {
  return byte >= 0x80 && byte <= 0xbf
}

/**
 * The code point spelled at `text[i]` by a UTF-8 sequence read as Windows-1252 ("Ã¨" for "è", "â€™" for
 * "’"), with its length in characters; `undefined` when none starts there. A lead byte whose
 * continuation bytes are missing is no sequence.
 */
function sequenceAt(text: string, i: number): { code: number; length: number } | undefined {
  const lead = byteOf(text.charCodeAt(i))
  if (lead >= 0xc2 && lead <= 0xdf) {
    const b1 = byteOf(text.charCodeAt(i + 1))
    if (!isContinuation(b1)) return undefined
    const code = ((lead & 0x1f) << 6) | (b1 & 0x3f)
    // Latin-1 and Latin Extended-A (leads Â Ã Ä Å): what Western text holds; "È°" stays as it is.
    return code <= 0x17f ? { code, length: 2 } : undefined
  }
  if (lead >= 0xe0 && lead <= 0xef) {
    const b1 = byteOf(text.charCodeAt(i + 1))
    const b2 = byteOf(text.charCodeAt(i + 2))
    if (!isContinuation(b1) || !isContinuation(b2)) return undefined
    const code = ((lead & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f)
    // Overlong forms and surrogates are no text a writer produced.
    if (code < 0x800 || (code >= 0xd800 && code <= 0xdfff)) return undefined
    // Punctuation, currency, letterlike and arrow signs, shapes and dingbats (’ “ • – € ™ ▪ ✓); "è’’" stays.
    return (code >= 0x2000 && code <= 0x21ff) || (code >= 0x2500 && code <= 0x27bf) ? { code, length: 3 } : undefined
  }
  return undefined
}

/** "Ã" (byte C3) before a space stands for "à" whose second byte (A0, a no-break space) became a space. */
function isLostAGrave(text: string, i: number): boolean {
  return text.charCodeAt(i) === 0xc3 && text.charCodeAt(i + 1) === 0x20
}

function isLetterCode(code: number): boolean {
  return ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) || (code >= 0xc0 && code <= 0x24f)
}

/**
 * Repairs mojibake: UTF-8 text that was decoded as Windows-1252 or Latin-1 somewhere before it reached
 * us ("perchÃ©", "â€¢ servizio", "CaffÃ¨"). Only sequences that decode to one valid character are
 * replaced, and only when the text has at least one of them, so a text without mojibake is returned as
 * it is. One pass, linear in the length. Returns the text and whether anything was repaired.
 */
export function fixMojibake(text: string): { text: string; repaired: boolean } {
  // Every sequence starts with a character from U+00C2 to U+00EF (only Â Ã Ä Å â are leads of what is
  // repaired): most texts have none.
  let first = -1
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0xc2 && code <= 0xef && sequenceAt(text, i) !== undefined) {
      first = i
      break
    }
  }
  if (first === -1) return { text, repaired: false }
  // A lost "à" may stand before the first sequence: the repair starts at the beginning.
  let out = ''
  let last = 0
  let i = 0
  while (i < text.length) {
    const code = text.charCodeAt(i)
    if (code >= 0xc2 && code <= 0xef) {
      const found = sequenceAt(text, i)
      if (found !== undefined) {
        out += text.slice(last, i) + String.fromCharCode(found.code)
        i += found.length
        last = i
        continue
      }
      if (isLostAGrave(text, i)) {
        out += `${text.slice(last, i)}à`
        // The space is the lost byte when no letter follows it ("maturitÃ  linguistica", "virtÃ ,").
        i += isLetterCode(text.charCodeAt(i + 2)) ? 1 : 2
        last = i
        continue
      }
    }
    i++
  }
  return { text: out + text.slice(last), repaired: true }
}

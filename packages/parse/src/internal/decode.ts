/** Text decoded from bytes, with whether a fallback encoding had to be used. */
export interface Decoded {
  text: string
  fallback: boolean
}

/**
 * Decodes bytes: UTF-8 (BOM stripped), UTF-16 with a BOM, and latin-1 (windows-1252) when the bytes
 * are not valid UTF-8, which is how old Italian Windows files usually arrive.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), fallback: false }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), fallback: false }
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), fallback: false }
  } catch {
    return { text: fixC1(new TextDecoder('windows-1252').decode(body)), fallback: true }
  }
}

// Windows-1252 characters of bytes 0x80–0x9F (undefined bytes keep their code point).
const cp1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'

/** Some Node versions decode the `windows-1252` label as ISO-8859-1; map the C1 range to Windows-1252 in either case. */
function fixC1(text: string): string {
  let out = ''
  let last = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0x80 && code <= 0x9f) {
      out += text.slice(last, i) + cp1252[code - 0x80]
      last = i + 1
    }
  }
  return last === 0 ? text : out + text.slice(last)
}

/** The UTF-8 length of a string, without allocating it. */
export function utf8Length(text: string, stopAbove: number): number {
  let length = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) length += 1
    else if (code < 0x800) length += 2
    else if (code >= 0xd800 && code <= 0xdbff) {
      length += 4
      i++
    } else length += 3
    if (length > stopAbove) return length
  }
  return length
}

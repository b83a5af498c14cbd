/** Generators of hostile PDFs for the reader tests and the benchmarks: synthetic, a few objects each. */
import { deflateSync } from 'node:zlib'

/** A one-page PDF whose content stream is `content`, deflated (hand-written objects, a correct xref). */
export function pdfWithContent(content: Uint8Array | string): Uint8Array {
  const stream = deflateSync(typeof content === 'string' ? Buffer.from(content, 'latin1') : content, { level: 9 })
  const parts: Buffer[] = []
  const offsets: number[] = []
  let length = 0
  const add = (chunk: string | Buffer): void => {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk
    parts.push(buffer)
    length += buffer.length
  }
  const object = (n: number, body: string | Buffer[]): void => {
    offsets[n] = length
    if (typeof body === 'string') add(`${n} 0 obj\n${body}\nendobj\n`)
    else {
      add(`${n} 0 obj\n`)
      for (const b of body) add(b)
      add('\nendobj\n')
    }
  }
  add('%PDF-1.4\n')
  object(1, '<< /Type /Catalog /Pages 2 0 R >>')
  object(2, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>')
  object(3, '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>')
  object(4, [Buffer.from(`<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'), stream, Buffer.from('\nendstream', 'latin1')])
  object(5, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>')
  const xref = length
  add(`xref\n0 6\n0000000000 65535 f \n${offsets.slice(1).map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`)
  add(`trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`)
  return new Uint8Array(Buffer.concat(parts))
}

/**
 * A PDF with `count` text-showing operators on one page (a few hundred kB for millions); each returns to
 * the start of the line (`0 0 Td`), so the text never leaves the page (pdf.js drops text outside it).
 */
export function pdfWithManyTextOperators(count: number): Uint8Array {
  return pdfWithContent(`BT /F1 12 Tf 10 700 Td ${'(a) Tj 0 0 Td '.repeat(count)}ET`)
}

/** A PDF whose content stream inflates to `bytes` bytes of spaces (a decompression bomb). */
export function pdfInflatingTo(bytes: number): Uint8Array {
  return pdfWithContent(new Uint8Array(bytes).fill(0x20))
}

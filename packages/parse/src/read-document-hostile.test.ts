import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { IncontroError } from '@incontro/core'
import fc from 'fast-check'
import JSZip from 'jszip'
import { PDFDocument, StandardFonts } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { pdfInflatingTo, pdfWithManyTextOperators } from './internal/hostile-pdf.js'
import { readDocumentAsync } from './read-document-async.js'
import { readDocumentWithDiagnostics } from './read-document-with-diagnostics.js'
import { readDocument } from './read-document.js'

const encode = (text: string): Uint8Array => new TextEncoder().encode(text)

/** Runs a read and returns the error code, failing on anything that is not an IncontroError. */
async function codeOf(read: () => unknown): Promise<string> {
  try {
    await read()
  } catch (error) {
    if (!(error instanceof IncontroError)) throw error
    return error.code
  }
  return 'ok'
}

async function timed(read: () => unknown): Promise<{ code: string; ms: number }> {
  const start = performance.now()
  const code = await codeOf(read)
  return { code, ms: performance.now() - start }
}

describe('hostile and malformed inputs give typed errors quickly', () => {
  it('truncated PDF → PARSE_MALFORMED', async () => {
    const document = await PDFDocument.create()
    const font = await document.embedFont(StandardFonts.Helvetica)
    document.addPage().drawText('Testo di prova', { x: 50, y: 700, font })
    const bytes = await document.save()
    const result = await timed(() => readDocumentAsync(bytes.subarray(0, Math.floor(bytes.length / 3))))
    expect(['PARSE_MALFORMED', 'ok']).toContain(result.code)
    expect(result.ms).toBeLessThan(5_000)
    expect(await codeOf(() => readDocumentAsync(bytes.subarray(0, 40)))).toBe('PARSE_MALFORMED')
  })

  it('random bytes after a PDF header → PARSE_MALFORMED', async () => {
    const bytes = new Uint8Array(20_000)
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 251
    bytes.set(encode('%PDF-1.7\n'), 0)
    expect(await codeOf(() => readDocumentAsync(bytes))).toBe('PARSE_MALFORMED')
  })

  it('a PDF over maxPages → PARSE_LIMIT_EXCEEDED with the limit in details', async () => {
    const document = await PDFDocument.create()
    for (let i = 0; i < 3; i++) document.addPage()
    try {
      await readDocumentAsync(await document.save(), { limits: { maxPages: 2 } })
      expect.unreachable()
    } catch (error) {
      expect(error).toMatchObject({ code: 'PARSE_LIMIT_EXCEEDED', details: { limit: 'maxPages', max: 2, value: 3 } })
    }
  })

  it('a zip bomb DOCX (200 MB of zeros in word/document.xml) → PARSE_LIMIT_EXCEEDED before inflating it', async () => {
    const zip = new JSZip()
    zip.file('[Content_Types].xml', '<Types/>')
    zip.file('word/document.xml', new Uint8Array(200 * 1024 * 1024))
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } })
    expect(bytes.length).toBeLessThan(1024 * 1024)
    const result = await timed(() => readDocumentAsync(bytes))
    expect(result.code).toBe('PARSE_LIMIT_EXCEEDED')
    expect(result.ms).toBeLessThan(2_000)
  }, 60_000)

  it('a DOCX whose header understates the size stops at the limit while inflating', async () => {
    const zip = new JSZip()
    zip.file('word/document.xml', new Uint8Array(3 * 1024 * 1024))
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
    // Patch the declared uncompressed size (central directory and local header) to 1 KB.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    for (let i = 0; i < bytes.length - 4; i++) {
      const signature = view.getUint32(i, true)
      if (signature === 0x04034b50) view.setUint32(i + 22, 1024, true)
      if (signature === 0x02014b50) view.setUint32(i + 24, 1024, true)
    }
    expect(await codeOf(() => readDocumentAsync(bytes, { limits: { maxUncompressedBytes: 1024 * 1024 } }))).toMatch(/PARSE_LIMIT_EXCEEDED|PARSE_MALFORMED/)
  })

  it('a ZIP that is not a DOCX → PARSE_UNSUPPORTED_FORMAT; a truncated DOCX → PARSE_MALFORMED', async () => {
    const zip = new JSZip()
    zip.file('readme.txt', 'ciao')
    expect(await codeOf(async () => readDocumentAsync(await zip.generateAsync({ type: 'uint8array' })))).toBe('PARSE_UNSUPPORTED_FORMAT')
    const docx = new JSZip()
    docx.file('word/document.xml', '<w:document/>'.repeat(1000))
    const bytes = await docx.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
    expect(await codeOf(() => readDocumentAsync(bytes.subarray(0, bytes.length - 30)))).toBe('PARSE_MALFORMED')
  })

  it('billion-laughs XML → PARSE_MALFORMED at once', async () => {
    const entities = ['<!ENTITY lol "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`)]
    const xml = `<?xml version="1.0"?><!DOCTYPE Candidate [${entities.join('')}]><Candidate><x>&lol9;</x></Candidate>`
    const result = await timed(() => readDocument(xml))
    expect(result).toMatchObject({ code: 'PARSE_MALFORMED' })
    expect(result.ms).toBeLessThan(200)
  })

  it('external-entity XML → PARSE_MALFORMED, and the file is never read', () => {
    const xml = '<?xml version="1.0"?><!DOCTYPE Candidate [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><Candidate><CandidatePerson><PersonName><GivenName>&xxe;</GivenName></PersonName></CandidatePerson></Candidate>'
    expect(() => readDocument(xml)).toThrow(expect.objectContaining({ code: 'PARSE_MALFORMED' }))
    expect(() => readDocument(xml, { format: 'europass-xml' })).toThrow(expect.objectContaining({ code: 'PARSE_MALFORMED' }))
  })

  it('10,000-deep JSON and XML → PARSE_LIMIT_EXCEEDED (maxDepth)', async () => {
    const json = `${'['.repeat(10_000)}${']'.repeat(10_000)}`
    const xml = `<?xml version="1.0"?><Candidate>${'<a>'.repeat(10_000)}${'</a>'.repeat(10_000)}</Candidate>`
    const jsonLd = `<html><head><script type="application/ld+json">${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}</script></head></html>`
    for (const input of [json, xml, jsonLd]) {
      const result = await timed(() => readDocument(input))
      expect(result.code).toBe('PARSE_LIMIT_EXCEEDED')
      expect(result.ms).toBeLessThan(500)
    }
  })

  it('HTML nested past 512 elements → PARSE_LIMIT_EXCEEDED (maxDepth), every run the same; 500 levels read', async () => {
    for (const depth of [2_000, 20_000]) {
      const closed = `<html><body>${'<div>'.repeat(depth)}x${'</div>'.repeat(depth)}</body></html>`
      const unclosed = `<html><body>${'<div>'.repeat(depth)}x</body></html>`
      for (const html of [closed, unclosed, closed]) {
        expect(await codeOf(() => readDocument(html))).toBe('PARSE_LIMIT_EXCEEDED')
      }
    }
    const fine = `<html><body>${'<div>'.repeat(500)}Cameriera di sala${'</div>'.repeat(500)}</body></html>`
    expect(readDocument(fine).text).toContain('Cameriera di sala')
    // Unclosed paragraphs and list items are closed by their siblings, so they never pile up.
    const flat = `<html><body><ul>${'<li>voce'.repeat(5_000)}</ul>${'<p>testo'.repeat(5_000)}</body></html>`
    expect(readDocument(flat).text).toContain('voce')
  })

  it('a PDF decompression bomb is stopped in its worker (memory or time), within twice the time limit', async () => {
    const bomb = pdfInflatingTo(256 * 1024 * 1024)
    const maxMilliseconds = 2_000
    // A worker with these limits loads pdf.js first: the limits count from there.
    await readDocumentAsync(pdfWithManyTextOperators(10), { limits: { maxMemoryBytes: 64 * 1024 * 1024 } })
    const result = await timed(() => readDocumentAsync(bomb, { limits: { maxMilliseconds, maxMemoryBytes: 64 * 1024 * 1024 } }))
    expect(result.code).toBe('PARSE_LIMIT_EXCEEDED')
    expect(result.ms).toBeLessThan(2 * maxMilliseconds)
  }, 60_000)

  it('a PDF with more text than maxBytes is read up to the limit, with a PARSE_TRUNCATED warning', async () => {
    const many = pdfWithManyTextOperators(20_000)
    expect(many.byteLength).toBeLessThan(2_000)
    const { document, diagnostics } = await readDocumentWithDiagnostics(many, { limits: { maxBytes: 2_000 } })
    expect(document.text.replace(/\s/g, '').length).toBeGreaterThan(1_000)
    expect(document.text.length).toBeLessThanOrEqual(2_100)
    expect(diagnostics.map((d) => d.code)).toContain('PARSE_TRUNCATED')
    const whole = await readDocumentWithDiagnostics(pdfWithManyTextOperators(200))
    expect(whole.document.text).toContain('a'.repeat(200))
    expect(whole.diagnostics.map((d) => d.code)).not.toContain('PARSE_TRUNCATED')
  }, 60_000)

  it('parallel PDF reads wait for one of the two workers and all succeed; a bomb among them fails alone', async () => {
    const small = pdfWithManyTextOperators(50)
    const reads = Array.from({ length: 8 }, (_, i) =>
      i === 3 ? codeOf(() => readDocumentAsync(pdfInflatingTo(64 * 1024 * 1024), { limits: { maxMemoryBytes: 32 * 1024 * 1024, maxMilliseconds: 1_500 } })) : codeOf(() => readDocumentAsync(small)),
    )
    const codes = await Promise.all(reads)
    expect(codes.filter((c) => c === 'ok')).toHaveLength(7)
    expect(codes[3]).toBe('PARSE_LIMIT_EXCEEDED')
  }, 60_000)

  const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url))
  it.runIf(existsSync(tsx))('a process that read PDFs and DOCX files ends by itself: idle workers never keep it alive', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'incontro-exit-'))
    try {
      const script = join(dir, 'read.mts')
      const source = (name: string) => JSON.stringify(fileURLToPath(new URL(name, import.meta.url)))
      writeFileSync(
        script,
        `import { readDocumentAsync } from ${source('./read-document-async.ts')}\n` +
          `import { pdfWithManyTextOperators } from ${source('./internal/hostile-pdf.ts')}\n` +
          `await Promise.all([readDocumentAsync(pdfWithManyTextOperators(20)), readDocumentAsync(pdfWithManyTextOperators(30))])\n` +
          `await readDocumentAsync(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3])).catch(() => undefined)\n` +
          `process.stdout.write('read')\n`,
      )
      const child = spawn(tsx, ['--conditions=@incontro/source', script], { stdio: ['ignore', 'pipe', 'pipe'] })
      let stdout = ''
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
      // Killed after 50 s if it hangs (before the fix, it never ended).
      const killer = setTimeout(() => child.kill('SIGKILL'), 50_000)
      const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)))
      clearTimeout(killer)
      expect(stdout).toBe('read')
      expect(code).toBe(0)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 60_000)

  it('a PDF with millions of text operators ends at the time limit, not after a minute', async () => {
    // A small read first, so the worker has pdf.js loaded: the limit counts from there.
    await readDocumentAsync(pdfWithManyTextOperators(10))
    const maxMilliseconds = 1_500
    const many = pdfWithManyTextOperators(3_000_000)
    const result = await timed(() => readDocumentAsync(many, { limits: { maxMilliseconds } }))
    expect(['PARSE_LIMIT_EXCEEDED', 'ok']).toContain(result.code)
    expect(result.ms).toBeLessThan(2 * maxMilliseconds)
  }, 60_000)

  it('a 6 MB input → PARSE_LIMIT_EXCEEDED (maxBytes, default 5 MB), for every reader', async () => {
    const big = new Uint8Array(6 * 1024 * 1024).fill(0x61)
    expect(await codeOf(() => readDocument(big))).toBe('PARSE_LIMIT_EXCEEDED')
    big.set(encode('%PDF-1.7'), 0)
    expect(await codeOf(() => readDocumentAsync(big))).toBe('PARSE_LIMIT_EXCEEDED')
    expect(await codeOf(() => readDocument('x'.repeat(6 * 1024 * 1024)))).toBe('PARSE_LIMIT_EXCEEDED')
  })

  it('maxMilliseconds bounds the work: a zero budget stops a PDF read', async () => {
    const document = await PDFDocument.create()
    document.addPage()
    expect(await codeOf(async () => readDocumentAsync(await document.save(), { limits: { maxMilliseconds: 0 } }))).toBe('PARSE_LIMIT_EXCEEDED')
  })

  it('invalid limits are a caller mistake (CORE_INVALID_INPUT)', () => {
    expect(() => readDocument('x', { limits: { maxDepth: -1 } })).toThrow(expect.objectContaining({ code: 'CORE_INVALID_INPUT' }))
  })
})

describe('fuzzing: only IncontroError may come out of any reader', () => {
  const prefixes = ['', '%PDF-1.4\n', 'PK\u0003\u0004', '<?xml version="1.0"?><Candidate>', '<?xml version="1.0"?><SkillsPassport><LearnerInfo>', '<!doctype html><html><body>', '{"@type":"JobPosting","title":', '{"basics":', '<script type="application/ld+json">']
  const encoder = new TextEncoder()

  it('random bytes behind every format signature', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...prefixes), fc.uint8Array({ maxLength: 2000 }), async (prefix, tail) => {
        const bytes = new Uint8Array([...encoder.encode(prefix), ...tail])
        await codeOf(() => readDocumentAsync(bytes, { limits: { maxMilliseconds: 2_000 } }))
        await codeOf(() => readDocument(bytes))
      }),
      { numRuns: 300 },
    )
  })

  it('random strings behind every text signature', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...prefixes), fc.string({ maxLength: 500, unit: 'binary' }), async (prefix, tail) => {
        await codeOf(() => readDocument(prefix + tail))
      }),
      { numRuns: 500 },
    )
  })
})

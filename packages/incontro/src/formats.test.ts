import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Document as DocxDocument, Packer, Paragraph } from 'docx'
import { PDFDocument, StandardFonts } from 'pdf-lib'
import { afterAll, describe, expect, it } from 'vitest'
import { defaultDataDir } from './commands/demo.js'
import { runCli } from './run-cli.js'

async function cli(args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), env: { INCONTRO_KEY: 'formats-test-key-0123456789' } })
  return { code, stdout, stderr }
}

// Helvetica in pdf-lib encodes WinAnsi only: keep Latin-1 letters, replace the rest.
const winAnsi = (line: string) => line.replace(/[^\x20-\x7E\u00A0-\u00FF]/g, '-')

async function pdfOf(text: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  const lines = text.split('\n')
  for (let start = 0; start < lines.length; start += 48) {
    const page = pdf.addPage([595, 842])
    lines.slice(start, start + 48).forEach((line, i) => page.drawText(winAnsi(line), { x: 40, y: 800 - i * 16, size: 10, font }))
  }
  return pdf.save()
}

async function docxOf(text: string): Promise<Uint8Array> {
  const paragraphs = text.split('\n').map((line) => new Paragraph({ text: line }))
  return new Uint8Array(await Packer.toBuffer(new DocxDocument({ sections: [{ children: paragraphs }] })))
}

const dir = mkdtempSync(join(tmpdir(), 'incontro-formats-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const cvs = join(defaultDataDir(), 'cvs')

describe('every format through the CLI', () => {
  it.each([
    ['pdf', pdfOf],
    ['docx', docxOf],
  ] as const)('a CV pair as %s: read, parsed, and anonymized to identical neutral profiles', async (format, make) => {
    const paths = []
    for (const variant of ['f', 'm']) {
      const text = readFileSync(join(cvs, `01-it-hospitality.${variant}.txt`), 'utf8')
      const path = join(dir, `cv.${variant}.${format}`)
      writeFileSync(path, await make(text))
      paths.push(path)
    }
    const parsed = await cli(['parse', paths[0]!, '--json'])
    expect(parsed.code).toBe(0)
    const record = JSON.parse(parsed.stdout)
    expect(record.kind).toBe('cv')
    expect(record.result.document.format).toBe(format)
    expect(record.result.experiences.length).toBeGreaterThanOrEqual(3)
    expect(record.result.languages.map((l: { code: string }) => l.code)).toEqual(expect.arrayContaining(['it', 'en']))

    const anonymized = await cli(['anonymize', ...paths, '--json'])
    expect(anonymized.code).toBe(0)
    const [female, male] = anonymized.stdout.trim().split('\n').map((line) => JSON.parse(line).profile)
    // Different source paths give different pseudonymous ids; everything else must be identical.
    expect({ ...female, id: '' }).toEqual({ ...male, id: '' })
    expect(female.text).not.toMatch(/giulia|ferri/i)
  })

  it('a vacancy as HTML with schema.org JobPosting JSON-LD is recognised as a vacancy', async () => {
    const posting = {
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Cameriere/a di sala',
      description: '<p>Servizio ai tavoli e caffetteria.</p><ul><li>Attestato HACCP richiesto</li><li>Inglese B1</li></ul>',
      employmentType: 'FULL_TIME',
      hiringOrganization: { '@type': 'Organization', name: 'Osteria Esempio' },
      jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Milano', addressCountry: 'IT' } },
    }
    const path = join(dir, 'job.html')
    writeFileSync(path, `<!doctype html><html><head><script type="application/ld+json">${JSON.stringify(posting)}</script></head><body><h1>Lavora con noi</h1></body></html>`)
    const { code, stdout } = await cli(['parse', path, '--json'])
    expect(code).toBe(0)
    const record = JSON.parse(stdout)
    expect(record.kind).toBe('vacancy')
    expect(record.result.document.format).toBe('job-posting')
    expect(record.result.languages[0]).toMatchObject({ code: 'en', level: 'B1' })
  })
})

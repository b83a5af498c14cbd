import { IncontroError } from '@incontro/core'
import { limitExceeded, type Deadline, type ReadLimits } from './limits.js'
import type { StructuredLine } from './structured-text.js'

interface TextItem {
  str?: string
  hasEOL?: boolean
  transform?: number[]
}

/** The text layer of a PDF, line by line in the order pdf.js gives (content-stream order, broken at line ends and baseline changes). */
export async function readPdf(bytes: Uint8Array, limits: ReadLimits, deadline: Deadline): Promise<{ lines: StructuredLine[]; pages: number }> {
  // Loaded on demand so that users who never read PDFs never load pdf.js (one copy only: unpdf's).
  const { getResolvedPDFJS } = await import('unpdf')
  const pdfjs = await getResolvedPDFJS()
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: true,
    verbosity: 0,
  })
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(limitExceeded('maxMilliseconds', limits.maxMilliseconds)), Math.max(1, deadline.remaining()))
  })
  try {
    const document = await Promise.race([task.promise, timeout]).catch((error: unknown) => {
      throw error instanceof IncontroError ? error : malformed(error)
    })
    if (document.numPages > limits.maxPages) throw limitExceeded('maxPages', limits.maxPages, document.numPages)
    const lines: StructuredLine[] = []
    for (let number = 1; number <= document.numPages; number++) {
      deadline.check()
      const content = await Promise.race([
        document.getPage(number).then((page) => page.getTextContent()),
        timeout,
      ]).catch((error: unknown) => {
        throw error instanceof IncontroError ? error : malformed(error)
      })
      let current = ''
      let baseline: number | undefined
      for (const item of content.items as TextItem[]) {
        if (typeof item.str !== 'string') continue
        const y = item.transform?.[5]
        if (y !== undefined && baseline !== undefined && Math.abs(y - baseline) > 2 && current.trim().length > 0) {
          lines.push({ text: current })
          current = ''
        }
        if (y !== undefined && item.str.length > 0) baseline = y
        current += item.str
        if (item.hasEOL) {
          lines.push({ text: current })
          current = ''
        }
      }
      if (current.trim().length > 0) lines.push({ text: current })
      lines.push({ text: '' })
    }
    return { lines, pages: document.numPages }
  } finally {
    clearTimeout(timer)
    void task.destroy().catch(() => undefined)
  }
}

function malformed(error: unknown): IncontroError {
  const name = error instanceof Error ? error.name : 'Error'
  const code = name === 'PasswordException' ? 'encrypted' : 'pdf-structure'
  return new IncontroError(
    'PARSE_MALFORMED',
    code === 'encrypted' ? 'The PDF is password-protected; provide an unprotected copy.' : 'The PDF cannot be read (truncated or corrupt); export it again from the source.',
    { reason: code },
    { cause: error },
  )
}

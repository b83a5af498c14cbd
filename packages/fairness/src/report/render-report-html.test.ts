import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import { findChromium, launchChromium } from '../../../../scripts/launch-chromium.js'
import { exampleReport } from './internal/example-report.js'
import { renderReportHtml } from './render-report-html.js'

const chromium = findChromium()
if (chromium === undefined) console.warn('render-report-html.test: no Chromium found, the browser test is skipped (scripts/ensure-chromium.sh installs it).')

describe('renderReportHtml', () => {
  it('is one self-contained page: no external resource, data and title escaped', () => {
    const page = renderReportHtml(exampleReport())
    expect(page).not.toMatch(/<(?:script|link|img)[^>]+(?:src|href)=/i)
    expect(page).not.toMatch(/https?:\/\/[^"'\s]*\.(?:js|css)\b/)
    expect(page).toContain('<title>Bias audit &lt;/script&gt;&lt;b&gt;example&lt;/b&gt;</title>')
    // The title inside the embedded JSON cannot close its script element.
    expect(page.match(/<\/script>/g)).toHaveLength(3)
  })

  describe.skipIf(chromium === undefined)('in headless Chromium', () => {
    it('renders every chart offline from a file:// URL, without console errors, into a non-blank screenshot', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'incontro-report-'))
      const file = join(dir, 'report.html')
      writeFileSync(file, renderReportHtml(exampleReport()))
      const browser = await launchChromium(chromium as string)
      try {
        const context = await browser.newContext({ viewport: { width: 1280, height: 1600 }, offline: true })
        const page = await context.newPage()
        const errors: string[] = []
        page.on('console', (message) => {
          if (message.type() === 'error') errors.push(message.text())
        })
        page.on('pageerror', (error) => errors.push(error.message))
        const requests: string[] = []
        page.on('request', (request) => {
          if (!request.url().startsWith('file:')) requests.push(request.url())
        })
        await page.goto(pathToFileURL(file).href)
        await page.waitForSelector('body[data-rendered="true"]', { timeout: 20_000 })
        // Strings, as the tests are type-checked without the DOM library.
        const charts = (await page.evaluate(
          "[...document.querySelectorAll('canvas')].map((c) => ({ id: c.id, drawn: Chart.getChart(c) !== undefined, width: c.width }))",
        )) as { id: string; drawn: boolean; width: number }[]
        expect(charts.map((c) => c.id)).toEqual(['chart-selection', 'chart-ratio', 'chart-skew', 'chart-exposure', 'chart-counterfactual', 'chart-probe'])
        expect(charts.every((c) => c.drawn && c.width > 0)).toBe(true)
        const shot = await page.screenshot({ fullPage: true })
        writeFileSync('/tmp/fairness-report.png', shot)
        const png = PNG.sync.read(shot)
        const colours = new Set<number>()
        for (let i = 0; i < png.data.length; i += 4) colours.add(png.data.readUInt32BE(i))
        expect(colours.size).toBeGreaterThan(50)
        // The chart area is not blank: the first chart's canvas has pixels of the palette's first colour.
        const paletted = (await page.evaluate(`(() => {
          const canvas = document.getElementById('chart-selection')
          const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data
          let hits = 0
          for (let i = 0; i < data.length; i += 4) if (data[i] === 0x1b && data[i + 1] === 0x6c && data[i + 2] === 0xa8) hits += 1
          return hits
        })()`)) as number
        expect(paletted).toBeGreaterThan(100)
        expect(errors).toEqual([])
        expect(requests).toEqual([])
      } finally {
        await browser.close()
      }
    })
  })
})

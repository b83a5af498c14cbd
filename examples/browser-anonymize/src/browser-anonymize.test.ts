import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { createEngine, defaultDataDir } from 'incontro'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findChromium, launchChromium } from '../../../scripts/launch-chromium.js'
import { buildDemo, demoDir } from './build-demo.js'

const chromium = findChromium()
if (!chromium) console.warn('browser-anonymize: no Chromium found (set INCONTRO_CHROMIUM or run scripts/ensure-chromium.sh); the browser demo test is skipped.')

const key = 'browser-demo-test-key-0123456789'
const today = '2026-11'

/** Fills the demo page's form with one CV, presses the button and returns the neutral profile it shows. */
async function anonymizeInPage(page: Page, cv: string, sourceId: string): Promise<unknown> {
  await page.fill('#cv', cv)
  await page.fill('#key', key)
  await page.fill('#source-id', sourceId)
  await page.fill('#today', today)
  await page.evaluate(() => (globalThis as unknown as { document: { getElementById(id: string): { setAttribute(n: string, v: string): void } } }).document.getElementById('profile').setAttribute('data-state', 'empty'))
  await page.click('#anonymize')
  await page.waitForSelector('#profile[data-state="done"], #profile[data-state="error"]')
  expect(await page.getAttribute('#profile', 'data-state'), (await page.textContent('#summary')) ?? '').toBe('done')
  return JSON.parse((await page.textContent('#profile')) ?? '')
}

describe.skipIf(!chromium)('browser anonymizer demo (headless Chromium)', () => {
  let browser: Browser
  let page: Page
  const requests: string[] = []

  beforeAll(async () => {
    await buildDemo()
    browser = await launchChromium(chromium!)
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) requests.push(request.url())
    })
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(pathToFileURL(join(demoDir, 'index.html')).href)
    expect(errors).toEqual([])
  })

  afterAll(async () => {
    await browser?.close()
  })

  const engine = createEngine({ key, today })
  const cvs = ['01-it-hospitality.f.txt', '09-en-construction.m.txt', '07-en-ict.f.json']

  it.each(cvs)('anonymizes %s in the page to the same neutral profile as Node, without a network request', async (name) => {
    const text = readFileSync(join(defaultDataDir(), 'cvs', name), 'utf8')
    const inBrowser = await anonymizeInPage(page, text, name)
    const inNode = JSON.parse(JSON.stringify(engine.neutralizeCv(text, { sourceId: name }).profile))
    expect(inBrowser).toEqual(inNode)
    expect((inBrowser as { id: string }).id).toMatch(/^[0-9a-f]{32}$/)
    expect(requests).toEqual([])
  })

  it('gives both gender variants of a CV the same neutral profile in the page', async () => {
    const read = (variant: string) => readFileSync(join(defaultDataDir(), 'cvs', `02-it-logistics.${variant}.txt`), 'utf8')
    const female = await anonymizeInPage(page, read('f'), 'cv-02')
    const male = await anonymizeInPage(page, read('m'), 'cv-02')
    expect(female).toEqual(male)
  })

  it('shows a typed error, not a crash, when the key is empty', async () => {
    await page.fill('#cv', 'Esperienza\nCameriere di sala, 2019-2023')
    await page.fill('#key', '')
    await page.click('#anonymize')
    await page.waitForSelector('#profile[data-state="error"]')
    expect(await page.textContent('#summary')).toMatch(/^ANONYMIZE_MISSING_KEY:/)
    // Leave the page showing a profile for the screenshot.
    await anonymizeInPage(page, readFileSync(join(defaultDataDir(), 'cvs', '01-it-hospitality.f.txt'), 'utf8'), 'my-cv')
    await page.screenshot({ path: '/tmp/browser-demo.png', fullPage: true })
  })
})

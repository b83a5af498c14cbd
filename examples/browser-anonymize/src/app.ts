/**
 * The demo page's script: the CV pasted (or chosen as a text/HTML/JSON file) is parsed and anonymized in
 * this tab, with the browser build of Incontro; nothing is sent anywhere. The neutral profile is shown as
 * JSON, with the categories the redaction report removed.
 */
import { isIncontroError, type YearMonth } from '@incontro/core'
import { neutralizeOnDevice } from './neutralize-on-device.js'

// The repository typechecks against Node's types only (no DOM lib), so the page declares the little of the
// DOM it uses.
interface Field {
  value: string
  textContent: string | null
  files?: ArrayLike<{ text(): Promise<string> }> | null
  addEventListener(type: string, listener: () => void): void
  setAttribute(name: string, value: string): void
}
const page = (globalThis as unknown as { document: { getElementById(id: string): Field | null } }).document
const byId = (id: string): Field => {
  const element = page.getElementById(id)
  if (element === null) throw new Error(`The page has no #${id}.`)
  return element
}

const cv = byId('cv')
const file = byId('file')
const key = byId('key')
const sourceId = byId('source-id')
const today = byId('today')
const profile = byId('profile')
const summary = byId('summary')
const run = byId('anonymize')

const now = new Date()
if (today.value === '') today.value = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`

file.addEventListener('change', () => {
  const chosen = file.files?.[0]
  if (chosen) void chosen.text().then((text) => (cv.value = text))
})

run.addEventListener('click', () => {
  try {
    const started = performance.now()
    const result = neutralizeOnDevice(cv.value, { key: key.value, sourceId: sourceId.value, today: today.value as YearMonth })
    const milliseconds = performance.now() - started
    profile.textContent = JSON.stringify(result.profile, null, 2)
    const removed = Object.entries(result.report.counts).map(([category, count]) => `${category} ×${count}`)
    summary.textContent = `Anonymized on this device in ${milliseconds.toFixed(0)} ms. Removed: ${removed.join(', ') || 'nothing'}.`
    profile.setAttribute('data-state', 'done')
  } catch (error) {
    // Typed errors say what to fix (an empty key, a text too long); their messages hold no CV text.
    summary.textContent = isIncontroError(error) ? `${error.code}: ${error.message}` : 'The CV could not be anonymized.'
    profile.textContent = ''
    profile.setAttribute('data-state', 'error')
  }
})

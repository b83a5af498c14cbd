/**
 * Test support: finds Debian's Chromium and launches it headless through playwright-core, with the flags this
 * closed network needs. Browser tests call {@link findChromium} and skip with a visible message when it
 * returns undefined (scripts/ensure-chromium.sh installs the browser where the test command may).
 */
import { existsSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']

/** Returns the path of a Chromium binary, or undefined when none is installed. */
export function findChromium(): string | undefined {
  const fromEnv = process.env.INCONTRO_CHROMIUM
  if (fromEnv !== undefined && fromEnv !== '' && existsSync(fromEnv)) return fromEnv
  return CANDIDATES.find((path) => existsSync(path))
}

/** Launches headless Chromium with no network chatter and a fresh temporary profile (playwright-core makes one per launch). */
export async function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

import { IncontroError } from './errors.js'

/** The typed error (`CORE_UNSUPPORTED_PLATFORM`) the browser build throws from a function that needs Node (files, worker threads, zlib). */
export function unsupportedInBrowser(name: string, instead: string): IncontroError {
  return new IncontroError(
    'CORE_UNSUPPORTED_PLATFORM',
    `${name} needs Node.js (files or worker threads) and is not part of the browser build; ${instead}.`,
    { function: name, platform: 'browser' },
  )
}

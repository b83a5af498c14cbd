import { unsupportedInBrowser } from './unsupported-in-browser.js'

/** The browser build's `writeFileAtomic`: there is no file system, so it throws `CORE_UNSUPPORTED_PLATFORM`. */
export function writeFileAtomic(_path: string, _chunks: Iterable<Uint8Array>): void {
  throw unsupportedInBrowser('writeFileAtomic', 'write files on the server')
}

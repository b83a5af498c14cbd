import { defineIncontroConfig } from '../../tsup.config.base'

// natural's Jaro–Winkler file is a deep CommonJS import: inlined so browser bundlers need not resolve it.
export default defineIncontroConfig(['src/index.ts'], {}, { browser: { bundle: [/^natural\//] } })

import { buildDemo } from './build-demo.js'

const { file, bytes } = await buildDemo()
process.stdout.write(`wrote ${file} (${(bytes / 1024).toFixed(0)} KB); open examples/browser-anonymize/index.html in a browser\n`)

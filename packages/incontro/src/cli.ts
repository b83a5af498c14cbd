#!/usr/bin/env node
import { readStream } from './internal/read-stream.js'
import { runCli } from './run-cli.js'

// A closed output (`incontro … | head`) ends the run quietly: nothing more can be written, so nothing more
// is worth computing, and the reader already has what it asked for.
let closed = false
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') {
      closed = true
      process.exit(process.exitCode ?? 0)
    }
    throw error
  })
}
const write = (stream: NodeJS.WriteStream) => (text: string) => {
  if (!closed) stream.write(text)
}

const code = await runCli(process.argv.slice(2), {
  stdout: write(process.stdout),
  stderr: write(process.stderr),
  stdin: (maxBytes) => readStream(process.stdin, maxBytes),
  env: process.env,
  stderrIsTTY: process.stderr.isTTY === true,
})
process.exitCode = code

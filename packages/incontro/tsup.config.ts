import { defineIncontroConfig } from '../../tsup.config.base'

export default defineIncontroConfig({ index: 'src/index.ts', cli: 'src/cli.ts', server: 'src/server.ts', 'neutralize-worker': 'src/neutralize-worker.ts', 'match-worker': 'src/serve/match-worker.ts' })

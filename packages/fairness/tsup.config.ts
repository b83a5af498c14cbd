import { defineIncontroConfig } from '../../tsup.config.base'

export default defineIncontroConfig({ index: 'src/index.ts', 'testing/index': 'src/testing/index.ts', 'report/index': 'src/report/index.ts' })

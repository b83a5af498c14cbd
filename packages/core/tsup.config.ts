import { defineIncontroConfig } from '../../tsup.config.base'

export default defineIncontroConfig(['src/index.ts'], {}, { browser: {} })

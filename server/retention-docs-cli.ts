import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { RETENTION_DEFAULTS } from '../app/modules/retention/retention-config'
import { renderRetentionDocs } from '../app/modules/retention/retention-docs'

/** Writes docs/retention.md from the retention defaults (the test fails while it is out of date). */
const target = resolve(import.meta.dirname, '../docs/retention.md')
writeFileSync(target, renderRetentionDocs(RETENTION_DEFAULTS))
console.log(`wrote ${target}`)

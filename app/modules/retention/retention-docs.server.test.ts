import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { loader as privacyLoader } from '../../routes/datenschutz'
import { setupAppDatabase } from '../../../tests/support/app-database'
import { rowsOf } from '../../../db/query-rows'
import { parseRetentionConfig, RETENTION_DEFAULTS, RETENTION_RULE_NAMES, RETENTION_RULES } from './retention-config'
import { renderRetentionDocs, retentionRows } from './retention-docs'
import { formatPeriod, privacyNoticeRetention } from './retention-text'

const ctx = setupAppDatabase()
const docs = readFileSync(resolve(__dirname, '../../../docs/retention.md'), 'utf8')

describe('the retention schedule in docs/ and on /datenschutz', () => {
  it('keeps docs/retention.md generated from the configuration’s defaults (npm run docs:retention)', () => {
    expect(docs).toBe(renderRetentionDocs(RETENTION_DEFAULTS))
  })

  it('states every configured period in docs/ and on /datenschutz in both languages, the same ones', () => {
    const german = privacyNoticeRetention('de', RETENTION_DEFAULTS)
    const english = privacyNoticeRetention('en', RETENTION_DEFAULTS)
    for (const rule of RETENTION_RULE_NAMES) {
      const period = RETENTION_DEFAULTS[rule]
      expect(docs).toContain(`${formatPeriod('en', period)} (\`${RETENTION_RULES[rule].env}\`)`)
      expect(german).toContain(formatPeriod('de', period))
      expect(english).toContain(formatPeriod('en', period))
    }
    expect(german).toContain('6 Monate danach')
    expect(english).toContain('You get an email 14 days before')
  })

  it('serves /datenschutz with the periods this installation enforces', async () => {
    const page = (await privacyLoader()) as { retention: unknown }
    expect(page.retention).toEqual(parseRetentionConfig(process.env))
    const changed = parseRetentionConfig({ RETENTION_APPLICATION_MONTHS: '9', RETENTION_INACTIVE_MONTHS: '36' })
    const text = privacyNoticeRetention('de', changed)
    expect(text).toContain('löschen wir 9 Monate danach')
    expect(text).toContain('36 Monate lang nicht angemeldet')
    expect(text).not.toContain('6 Monate danach')
    expect(retentionRows(changed).find((r) => r.store === 'applications')?.kept).toContain('9 months')
  })

  it('lists every table of the database and the uploads directory', async () => {
    const tables = rowsOf<{ name: string }>(
      await ctx.db.execute(sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`),
    ).map((t) => t.name)
    const stores = retentionRows(RETENTION_DEFAULTS).flatMap((r) => r.store.split(', '))
    expect(tables.length).toBeGreaterThan(20)
    expect(tables.filter((t) => !stores.includes(t))).toEqual([])
    expect(stores.some((s) => s.startsWith('uploads directory'))).toBe(true)
  })
})


import { createReindexSource, loadSynonymSource } from '../app/modules/search/outbox-store.server'
import { ConfigError, parseEnv } from '../app/utils/env.server'
import { migrateDatabase, openDatabase, type DatabaseHandle } from '../db/client'
import { createSearchClient } from '../search/client'
import { startLocalMeili, type LocalMeili } from '../search/launcher'
import { reindexListings } from '../search/reindex'
import { buildSynonyms } from '../search/synonyms'

const BAR_WIDTH = 30

function progressBar(done: number, total: number): string {
  const filled = total > 0 ? Math.round((done / total) * BAR_WIDTH) : BAR_WIDTH
  return `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${done}/${total}`
}

/**
 * Rebuilds the Meilisearch listings index from the database: `npm run search:reindex`.
 * With embedded PGlite and the local Meilisearch, stop the server first: both data directories
 * belong to one process at a time.
 */
async function main() {
  const env = parseEnv()
  let database: DatabaseHandle | undefined
  let meili: LocalMeili | undefined
  try {
    database = await openDatabase({ url: env.DATABASE_URL, dataDir: `${env.DATA_DIR}/pglite`, max: 2 })
    await migrateDatabase(database)
    if (!env.MEILI_URL) meili = await startLocalMeili({ dataDir: `${env.DATA_DIR}/meili` })
    const search = createSearchClient({
      url: env.MEILI_URL ?? meili!.url,
      apiKey: env.MEILI_URL ? (env.MEILI_MASTER_KEY ?? '') : meili!.masterKey,
      indexPrefix: env.MEILI_INDEX_PREFIX,
    })
    const synonyms = buildSynonyms(await loadSynonymSource(database.db))
    const inPlace = process.stderr.isTTY
    const result = await reindexListings(search, createReindexSource(database.db), {
      synonyms,
      onProgress: (done, total) => {
        process.stderr.write(inPlace ? `\r${progressBar(done, total)}` : `${progressBar(done, total)}\n`)
      },
    })
    if (inPlace) process.stderr.write('\n')
    const seconds = (result.ms / 1000).toFixed(1)
    const rate = result.ms > 0 ? Math.round((result.indexed / result.ms) * 1000) : result.indexed
    console.log(`Reindexed ${result.indexed} published listings into "${search.listingsIndex}" in ${seconds} s (${rate}/s).`)
    if (result.skipped) console.log(`Skipped ${result.skipped} listings whose rows could not become documents.`)
  } finally {
    await meili?.stop()
    await database?.close()
  }
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error)
  process.exitCode = 1
})
